// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "derivativepanel.h"

#include "plotitems.h"
#include "sampler.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

DerivativePanel::DerivativePanel(QCustomPlot *plot, QCPAxisRect *rect, QCPLayer *probeLayer,
                                 const PlotStyle &style)
    : m_plot(plot)
    , m_rect(rect)
    , m_style(style)
    , m_pieces(plot, rect, style)
    , m_marker(PlotItems::marker(plot, rect, probeLayer))
{
    applyStyle();
}

void DerivativePanel::applyStyle()
{
    m_marker->setPen(QPen(m_style.probe, m_style.probePenWidth()));
    m_marker->setBrush(Qt::NoBrush);
    m_marker->setSize(m_style.derivativeMarkerSize());
}

void DerivativePanel::clear()
{
    m_pieces.clear();
    for (QCPGraph *graph : std::as_const(m_limitGraphs))
        m_plot->removeGraph(graph);
    if (m_conventionDots)
        m_plot->removeGraph(m_conventionDots);
    m_limitGraphs.clear();
    m_conventionDots = nullptr;
}

void DerivativePanel::rebuild(const Activation &activation, DerivativeConvention convention,
                              Interval xRange)
{
    clear();
    m_convention = convention;
    m_pieces.assign(activation.piecesIn(xRange), nullptr);
}

Interval DerivativePanel::resample(const Activation &activation, Interval xRange, int pixels)
{
    double lowest = std::numeric_limits<double>::infinity();
    double highest = -lowest;
    auto include = [&](double v) {
        if (std::isfinite(v)) {
            lowest = std::min(lowest, v);
            highest = std::max(highest, v);
        }
    };

    const std::vector<Piece> pieces = activation.piecesIn(xRange);
    m_pieces.assign(pieces, nullptr);
    std::vector<Polyline> sampled;
    m_pieces.fill(pieces, [&](const Piece &piece, Polyline &points) {
        Sampler::sampleDerivative(activation, piece, xRange, pixels, points);
        for (double y : points.y)
            include(y);
    });

    // The limits of f′ at each breakpoint in view, as open circles in the colour of the piece
    // they come from; the convention's value at each kink, as a red dot.
    const QVector<QCPGraph *> &graphs = m_pieces.graphs();
    while (m_limitGraphs.size() < graphs.size()) {
        QCPGraph *graph
            = m_plot->addGraph(m_rect->axis(QCPAxis::atBottom), m_rect->axis(QCPAxis::atLeft));
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setSelectable(QCP::stNone);
        m_limitGraphs.append(graph);
    }
    for (int i = 0; i < m_limitGraphs.size(); ++i) {
        QPen pen(i < graphs.size() ? graphs[i]->pen().color() : m_style.foreground,
                 m_style.openCirclePenWidth());
        m_limitGraphs[i]->setScatterStyle(QCPScatterStyle(
            QCPScatterStyle::ssCircle, pen, QBrush(m_style.background), m_style.openCircleSize()));
        m_limitGraphs[i]->data()->clear();
    }
    if (!m_conventionDots) {
        m_conventionDots
            = m_plot->addGraph(m_rect->axis(QCPAxis::atBottom), m_rect->axis(QCPAxis::atLeft));
        m_conventionDots->setLineStyle(QCPGraph::lsNone);
        // Ringed like the kink's dot: it sits on the green derivative, told apart by shape too.
        m_conventionDots->setScatterStyle(QCPScatterStyle(
            QCPScatterStyle::ssCircle, QPen(m_style.kinkRing, 0.75 * m_style.kinkRingWidth()),
            QBrush(m_style.kink), m_style.conventionDotSize()));
        m_conventionDots->setSelectable(QCP::stNone);
    }
    m_conventionDots->data()->clear();
    auto graphEnding = [&](double at, bool ending) -> QCPGraph * {
        for (const Piece &piece : pieces) {
            if ((ending ? piece.domain.upper : piece.domain.lower) == at) {
                for (int i = 0; i < graphs.size(); ++i) {
                    if (graphs[i]->name() == piece.derivativeLabel)
                        return m_limitGraphs.value(i);
                }
            }
        }
        return nullptr;
    };
    for (const Breakpoint &b : activation.breakpointsIn(xRange)) {
        const double sides[2] = { b.slopeLeft, b.slopeRight };
        for (int side = 0; side < 2; ++side) {
            if (!std::isfinite(sides[side]))
                continue;
            if (QCPGraph *graph = graphEnding(b.x, side == 0))
                graph->addData(b.x, sides[side]);
            include(sides[side]);
        }
        if (b.isKink()) {
            const double value = b.derivative(m_convention);
            if (std::isfinite(value))
                m_conventionDots->addData(b.x, value);
        }
    }
    if (!std::isfinite(lowest)) {
        lowest = 0.0;
        highest = 1.0;
    }
    // f′ = 0 is the line the lesson is about (a flat piece, a unit that stopped learning): it is
    // always in view, so a slider that moves a slope (leaky_relu's negative_slope towards 1) does
    // not scroll it off the panel.
    lowest = std::min(lowest, 0.0);
    highest = std::max(highest, 0.0);
    // A quarter of the span as margin, so circles and dots at the extremes are not clipped; at
    // least one unit tall, so a constant f′ is not blown up to fill the panel.
    const double span = std::max(highest - lowest, 1.0);
    const double middle = 0.5 * (lowest + highest);
    const Interval range { middle - 0.75 * span, middle + 0.75 * span };
    m_rect->axis(QCPAxis::atLeft)->setRange(range.lower, range.upper);
    return range;
}

void DerivativePanel::updateProbe(double x, double slope)
{
    m_marker->setVisible(m_visible && std::isfinite(slope));
    m_marker->position->setCoords(x, std::isfinite(slope) ? slope : 0.0);
}

void DerivativePanel::setVisible(bool visible)
{
    m_visible = visible;
    m_rect->setVisible(visible);
    if (!visible)
        m_marker->setVisible(false);
}

double DerivativePanel::distanceTo(const QPointF &pos) const
{
    double best = std::numeric_limits<double>::infinity();
    if (!m_visible)
        return best;
    for (const QCPGraph *graph : m_pieces.graphs()) {
        const double distance = graph->selectTest(pos, false);
        if (distance >= 0.0)
            best = std::min(best, distance);
    }
    for (const QCPGraph *graph : m_limitGraphs) {
        const double distance = graph->selectTest(pos, false);
        if (distance >= 0.0)
            best = std::min(best, distance);
    }
    if (m_marker->visible()) {
        const QPointF centre = m_marker->position->pixelPosition();
        best = std::min(best, std::hypot(pos.x() - centre.x(), pos.y() - centre.y()));
    }
    return best;
}
