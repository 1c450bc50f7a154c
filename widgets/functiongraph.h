// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "activation.h"
#include "plotstyle.h"
#include "polyline.h"

#include <QVector>

class QCPAxisRect;
class QCPGraph;
class QCPLegend;
class QCustomPlot;
class QPointF;

/**
 * Draws a function in one axis rect: one coloured graph per piece, a red dot per kink, and a
 * legend entry for each, naming the derivative there.
 */
class FunctionGraph
{
public:
    FunctionGraph(QCustomPlot *plot, QCPAxisRect *rect, QCPLegend *legend, const PlotStyle &style);

    // getters:
    const QVector<QCPGraph *> &pieceGraphs() const { return m_pieceGraphs; }
    const QVector<QCPGraph *> &kinkGraphs() const { return m_kinkGraphs; }
    /** Pixels from pos to the nearest drawn point of the curve (pieces or kink dots). */
    double distanceTo(const QPointF &pos) const;

    /** Recreates the graphs and legend entries for a new function or convention. */
    void rebuild(const Activation &activation, DerivativeConvention convention);
    /**
     * Refills the pieces so they reach exactly the edges of xRange, `pixels` wide, cut to the
     * band of y values worth drawing.
     */
    void resample(const Activation &activation, Interval xRange, Interval yBand, int pixels);

private:
    void clear();

    QCustomPlot *m_plot;
    QCPAxisRect *m_rect;
    QCPLegend *m_legend;
    const PlotStyle &m_style;
    QVector<QCPGraph *> m_pieceGraphs;
    QVector<QCPGraph *> m_kinkGraphs;
    Polyline m_points;
};
