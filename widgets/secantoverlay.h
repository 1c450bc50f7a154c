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
 * difference) and the line through them, whose slope the readout shows; or, for both sides, a
 * secant to each side of x, through x − |h| and through x + |h|. A secant to the left is drawn in
 * the secant colour, one to the right in the right-hand one, as the quotient panel's branches;
 * the central one in the central quotient's colour. Hidden with the secant off.
 */
class SecantOverlay
{
public:
    SecantOverlay(QCustomPlot *plot, QCPAxisRect *rect, QCPLayer *lineLayer, QCPLayer *pointLayer,
                  const PlotStyle &style);

    // getters:
    /** The secant, or for both sides the one to the right. */
    QCPItemStraightLine *line() const { return m_line; }
    /** For both sides: the secant to the left. */
    QCPItemStraightLine *leftLine() const { return m_leftLine; }
    /** The point at x + h. */
    QCPItemTracer *ahead() const { return m_ahead; }
    /** The point at x − h, shown for the central difference and for both sides. */
    QCPItemTracer *behind() const { return m_behind; }

    void update(const ExplorerState &state);
    void applyStyle();

private:
    void paint(QCPItemStraightLine *line, QCPItemTracer *point, QColor colour);

    const PlotStyle &m_style;
    QCPItemStraightLine *m_line;
    QCPItemStraightLine *m_leftLine;
    QCPItemTracer *m_ahead;
    QCPItemTracer *m_behind;
};
