// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class ExplorerState;
class QSlider;
class SecantHSpinBox;

/**
 * The secant's h, as a signed log-scaled slider and a spin box side by side, both bound to
 * the ExplorerState: left of the middle is h < 0, right is h > 0.
 */
class SecantHControl : public QWidget
{
    Q_OBJECT

public:
    explicit SecantHControl(ExplorerState *state, QWidget *parent = nullptr);

    // getters:
    QSlider *slider() const { return m_slider; }
    SecantHSpinBox *spinBox() const { return m_spinBox; }

private:
    void showH(double h);

    ExplorerState *m_state;
    QSlider *m_slider;
    SecantHSpinBox *m_spinBox;
};
