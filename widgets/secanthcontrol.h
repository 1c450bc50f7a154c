// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "valueslider.h"

#include <QWidget>

class ExplorerState;
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
    /** Its accessible value is h (as assistive technology reads it), not the position. */
    ValueSlider *slider() const { return m_slider; }
    SecantHSpinBox *spinBox() const { return m_spinBox; }

Q_SIGNALS:
    /**
     * Enter (the typed h applied) or Esc (the typed text given up) in the box: the window gives
     * the focus back to the plot, so a single-key shortcut typed next is no digit of h.
     */
    void finished();

private:
    void showH(double h);

    ExplorerState *m_state;
    ValueSlider *m_slider;
    SecantHSpinBox *m_spinBox;
};
