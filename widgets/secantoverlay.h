// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plotstyle.h"

class ExplorerState;
class QCPAxisRect;
class QCPItemStraightLine;
class QCPItemTracer;
class QCPLayer;
class QCustomPlot;

/**
 * The secant of the difference quotient: its points (x + h, or x − h and x + h for the central
 * difference) and the line through them, whose slope the readout shows. Hidden with the secant
 * off.
 */
class SecantOverlay
{
public:
    SecantOverlay(QCustomPlot *plot, QCPAxisRect *rect, QCPLayer *lineLayer, QCPLayer *pointLayer,
                  const PlotStyle &style);

    // getters:
    QCPItemStraightLine *line() const { return m_line; }
    /** The point at x + h. */
    QCPItemTracer *ahead() const { return m_ahead; }
    /** The point at x − h, shown for the central difference only. */
    QCPItemTracer *behind() const { return m_behind; }

    void update(const ExplorerState &state);
    void applyStyle();

private:
    const PlotStyle &m_style;
    QCPItemStraightLine *m_line;
    QCPItemTracer *m_ahead;
    QCPItemTracer *m_behind;
};
