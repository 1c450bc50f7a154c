// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "activation.h"
#include "piecegraphs.h"
#include "plotstyle.h"
#include "polyline.h"

#include <QVector>

#include <vector>

class QCPAxisRect;
class QCPGraph;
class QCPItemTracer;
class QCPLayer;
class QCustomPlot;
class QPointF;

/**
 * The derivative f′ in its own axis rect under the function: its pieces (PieceGraphs, one graph
 * per label, in the piece's colour), with no vertical connector at a breakpoint. There, open
 * circles mark the limits of f′ from each side, in the colour of the piece they end, and at a
 * kink a filled red dot the value the convention assigns. A marker shows the probe's slope.
 */
class DerivativePanel
{
public:
    DerivativePanel(QCustomPlot *plot, QCPAxisRect *rect, QCPLayer *probeLayer,
                    const PlotStyle &style);

    // getters:
    QCPAxisRect *rect() const { return m_rect; }
    const QVector<QCPGraph *> &pieceGraphs() const { return m_pieces.graphs(); }
    /** Open circles at the limits of f′, one graph per piece colour. */
    const QVector<QCPGraph *> &limitGraphs() const { return m_limitGraphs; }
    /** Red dots at (kink, convention's value); empty for the "undefined" convention. */
    QCPGraph *conventionDots() const { return m_conventionDots; }
    QCPItemTracer *marker() const { return m_marker; }
    /** Pixels from pos to the nearest drawn part of f′ or the marker. */
    double distanceTo(const QPointF &pos) const;

    void rebuild(const Activation &activation, DerivativeConvention convention, Interval xRange);
    /**
     * Refills f′ to the edges of xRange and fits the y axis to what is visible; returns that y
     * range.
     */
    Interval resample(const Activation &activation, Interval xRange, int pixels);
    /** Puts the marker at (x, slope); a NaN slope hides it. */
    void updateProbe(double x, double slope);
    void setVisible(bool visible);
    void applyStyle();

private:
    void clear();

    QCustomPlot *m_plot;
    QCPAxisRect *m_rect;
    const PlotStyle &m_style;
    PieceGraphs m_pieces;
    QVector<QCPGraph *> m_limitGraphs;
    QCPGraph *m_conventionDots = nullptr;
    QCPItemTracer *m_marker;
    DerivativeConvention m_convention = DerivativeConvention::PyTorch;
    bool m_visible = true;
};
