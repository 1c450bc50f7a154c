// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parameterspec.h"

#include <QWidget>

class ActivationFamily;
class ExplorerState;
class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QSlider;

/**
 * Controls for the current built-in function's parameters: a slider and a spin box for each
 * number, a combo box for each choice. The plot follows while a slider is dragged. Empty for
 * functions without parameters and for expressions.
 */
class ParameterPanel : public QWidget
{
    Q_OBJECT

public:
    /** Slider steps across a parameter's range. */
    static constexpr int sliderSteps = 1000;

    explicit ParameterPanel(ExplorerState *state, QWidget *parent = nullptr);

    // getters:
    int controlCount() const { return int(m_controls.size()); }
    QSlider *slider(int index) const;
    QDoubleSpinBox *spinBox(int index) const;
    QComboBox *choiceBox(int index) const;

private:
    struct Control
    {
        QSlider *slider = nullptr;
        QDoubleSpinBox *spinBox = nullptr;
        QComboBox *choices = nullptr;
    };

    void rebuild();
    void showValues();
    void apply(int index, double value);

    ExplorerState *m_state;
    QHBoxLayout *m_layout;
    const ActivationFamily *m_family = nullptr;
    ParameterValues m_values;
    std::vector<Control> m_controls;
};
