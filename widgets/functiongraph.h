// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "activation.h"
#include "piecegraphs.h"
#include "plotstyle.h"
#include "polyline.h"

#include <QVector>

class QCPAxisRect;
class QCPGraph;
class QCPLegend;
class QCustomPlot;
class QPointF;

/**
 * Draws a function in one axis rect: its pieces (PieceGraphs, coloured by derivative label), a
 * red dot at each kink, and at a jump or a hole the filled dot of f(c) and the open circles of
 * the limits, so no vertical connector ever suggests a value f does not take. The legend names
 * the derivative on each piece and at each kink; a function with many breakpoints gets one entry
 * for all of them.
 */
class FunctionGraph
{
public:
    /** Functions with up to this many breakpoints get a legend entry for each. */
    static constexpr int separateEntries = 3;

    FunctionGraph(QCustomPlot *plot, QCPAxisRect *rect, QCPLegend *legend, const PlotStyle &style);

    // getters:
    const QVector<QCPGraph *> &pieceGraphs() const { return m_pieces.graphs(); }
    /** The kinks' red dots, one graph per kink, or one for all when there are many. */
    const QVector<QCPGraph *> &kinkGraphs() const { return m_kinkGraphs; }
    /** Filled dots at f(c) where f jumps or has a point off its curve. */
    QCPGraph *valueDots() const { return m_valueDots; }
    /** Open circles at the one-sided limits of a jump, and at a hole. */
    QCPGraph *limitCircles() const { return m_limitCircles; }
    /** Pixels from pos to the nearest drawn point of the curve (pieces or dots). */
    double distanceTo(const QPointF &pos) const;

    /** The legend's entries for a function and convention in a view, in order. */
    static QStringList legendLabels(const Activation &activation, DerivativeConvention convention,
                                    Interval xRange);

    /** Recreates the graphs and legend entries for a new function or convention. */
    void rebuild(const Activation &activation, DerivativeConvention convention, Interval xRange);
    /**
     * Refills the pieces so they reach exactly the edges of xRange, `pixels` wide, cut to the
     * band of y values worth drawing, and places the dots of the breakpoints in view. Returns
     * false, and changes nothing, when the view holds pieces with labels the legend lacks (an
     * expression panned to where its derivative reads differently): rebuild() first.
     */
    bool resample(const Activation &activation, Interval xRange, Interval yBand, int pixels);
    /** How many times rebuild() has run: each makes every graph and legend entry anew. */
    int rebuilds() const { return m_rebuilds; }

private:
    void clear();
    QCPGraph *addDots(bool open, const QColor &colour, double size);

    QCustomPlot *m_plot;
    QCPAxisRect *m_rect;
    QCPLegend *m_legend;
    const PlotStyle &m_style;
    PieceGraphs m_pieces;
    QVector<QCPGraph *> m_kinkGraphs;
    QVector<double>
        m_kinkXs; ///< where each separate kink graph's dot is; empty for one graph of all
    QCPGraph *m_valueDots = nullptr;
    QCPGraph *m_limitCircles = nullptr;
    int m_rebuilds = 0;
};
