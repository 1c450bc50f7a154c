// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class ExplorerState;
class QSlider;
class StepSpinBox;

/**
 * The secant's step h, as a signed log-scaled slider and a spin box side by side, both bound to
 * the ExplorerState: left of the middle is h < 0, right is h > 0.
 */
class StepControl : public QWidget
{
    Q_OBJECT

public:
    explicit StepControl(ExplorerState *state, QWidget *parent = nullptr);

    // getters:
    QSlider *slider() const { return m_slider; }
    StepSpinBox *spinBox() const { return m_spinBox; }

private:
    void showStep(double h);

    ExplorerState *m_state;
    QSlider *m_slider;
    StepSpinBox *m_spinBox;
};
