// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "breakpoint.h"
#include "derivativeconvention.h"
#include "plotstyle.h"

#include <QVector>

class QCPAxisRect;
class QCPItemStraightLine;
class QCPLayer;
class QCustomPlot;

/**
 * The "many possible lines" at a kink: faint lines through the corner with slopes spread over
 * [min(f′₋, f′₊), max(f′₋, f′₊)] (for ReLU the subgradient interval [0, 1]), and the one the
 * convention picks drawn like a tangent. The lines are made once and reused.
 */
class KinkFan
{
public:
    static constexpr int lineCount = 9;

    KinkFan(QCustomPlot *plot, QCPAxisRect *rect, QCPLayer *layer, const PlotStyle &style);

    // getters:
    const QVector<QCPItemStraightLine *> &lines() const { return m_lines; }
    /** The convention's line; hidden for the "undefined" convention. */
    QCPItemStraightLine *emphasized() const { return m_emphasized; }
    bool isShown() const { return m_shown; }

    /** Shows the fan through (kink.x, y). */
    void show(const Kink &kink, double y, DerivativeConvention convention);
    void hide();
    void applyStyle();

private:
    const PlotStyle &m_style;
    QVector<QCPItemStraightLine *> m_lines;
    QCPItemStraightLine *m_emphasized;
    bool m_shown = false;
};
