// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "expressionparameter.h"
#include "parameterspec.h"
#include "valueslider.h"

#include <QWidget>

class ActivationFamily;
class ExplorerState;
class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QToolButton;

/**
 * Controls for the current function's parameters: a built-in's (a slider and a spin box for
 * each number, a combo box for each choice) or an expression's free names (a slider, a spin box
 * and a "range…" button each). The plot follows while a slider is dragged; a slider snaps to
 * step(), and the value shown is rounded to it. Empty for functions without parameters.
 */
class ParameterPanel : public QWidget
{
    Q_OBJECT

public:
    /**
     * The slider's step over a range: the largest of 1, 2 or 5 times a power of ten that gives
     * at least 100 steps (0.01 on [0, 1], 0.1 on [−5, 5]).
     */
    static double step(double minimum, double maximum);
    /** `value` on the grid of `step`, as the decimal it reads (0.21, not 0.21000000000000002). */
    static double snapped(double value, double step);

    explicit ParameterPanel(ExplorerState *state, QWidget *parent = nullptr);

    // getters:
    int controlCount() const { return int(m_controls.size()); }
    ValueSlider *slider(int index) const;
    QDoubleSpinBox *spinBox(int index) const;
    QComboBox *choiceBox(int index) const;
    QToolButton *rangeButton(int index) const;
    /**
     * Sets an expression parameter's slider range, as its "range…" dialog does; returns the one
     * line that says why a range is refused (nothing changes then), or empty.
     */
    QString setRange(int index, double minimum, double maximum);

private:
    struct Control
    {
        ValueSlider *slider = nullptr;
        QDoubleSpinBox *spinBox = nullptr;
        QComboBox *choices = nullptr;
        QToolButton *range = nullptr;
        double minimum = 0.0;
        double maximum = 1.0;
        double step = 0.01;
    };

    void rebuild();
    void addNumber(int index, const QString &name, const QString &description, double minimum,
                   double maximum);
    void editRange(int index);
    void showValues();
    void apply(int index, double value);

    ExplorerState *m_state;
    QHBoxLayout *m_layout;
    const ActivationFamily *m_family = nullptr;
    ParameterValues m_values;
    /** The expression's parameter names while one is shown: a new list rebuilds the controls. */
    QStringList m_names;
    bool m_expression = false;
    std::vector<Control> m_controls;
};
