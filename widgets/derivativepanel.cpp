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
    for (QCPGraph *graph : std::as_const(m_pieceGraphs))
        m_plot->removeGraph(graph);
    for (QCPGraph *graph : std::as_const(m_limitGraphs))
        m_plot->removeGraph(graph);
    if (m_conventionDots)
        m_plot->removeGraph(m_conventionDots);
    m_pieceGraphs.clear();
    m_limitGraphs.clear();
    m_conventionDots = nullptr;
}

void DerivativePanel::rebuild(const Activation &activation, DerivativeConvention convention)
{
    clear();
    QCPAxis *x = m_rect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_rect->axis(QCPAxis::atLeft);

    const auto &pieces = activation.pieces();
    const std::vector<int> colors = PlotStyle::pieceColorIndices(pieces);
    for (int i = 0; i < int(pieces.size()); ++i) {
        QCPGraph *graph = m_plot->addGraph(x, y);
        QPen pen(m_style.pieceColor(colors[std::size_t(i)]), m_style.curveWidth());
        pen.setCapStyle(Qt::FlatCap);
        graph->setPen(pen);
        graph->setSelectable(QCP::stNone);
        m_pieceGraphs.append(graph);
    }

    // The limits from each side, as open circles in the colour of the piece they come from.
    const auto &kinks = activation.kinks();
    auto colorOfPieceEndingAt = [&](double at, bool ending) {
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            if ((ending ? pieces[i].domain.upper : pieces[i].domain.lower) == at)
                return m_style.pieceColor(colors[i]);
        }
        return m_style.foreground;
    };
    auto addLimit = [&](double kinkX, double limit, bool fromLeft) {
        QCPGraph *graph = m_plot->addGraph(x, y);
        graph->setLineStyle(QCPGraph::lsNone);
        QPen pen(colorOfPieceEndingAt(kinkX, fromLeft), m_style.openCirclePenWidth());
        graph->setScatterStyle(QCPScatterStyle(
            QCPScatterStyle::ssCircle, pen, QBrush(m_style.background), m_style.openCircleSize()));
        graph->setSelectable(QCP::stNone);
        graph->addData(kinkX, limit);
        m_limitGraphs.append(graph);
    };
    for (const Kink &kink : kinks) {
        addLimit(kink.x, kink.left, true);
        addLimit(kink.x, kink.right, false);
    }

    m_conventionDots = m_plot->addGraph(x, y);
    m_conventionDots->setLineStyle(QCPGraph::lsNone);
    m_conventionDots->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, m_style.kink,
                                                      m_style.kink, m_style.conventionDotSize()));
    m_conventionDots->setSelectable(QCP::stNone);
    for (const Kink &kink : kinks) {
        const double value = kink.derivative(convention);
        if (std::isfinite(value))
            m_conventionDots->addData(kink.x, value);
    }
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

    const auto &pieces = activation.pieces();
    m_pieces.resize(pieces.size());
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        Sampler::sampleDerivative(activation, pieces[i], xRange, pixels, m_pieces[i]);
        for (double y : m_pieces[i].y)
            include(y);
    }
    for (const Kink &kink : activation.kinks()) {
        if (xRange.contains(kink.x)) {
            include(kink.left);
            include(kink.right);
        }
    }
    if (!std::isfinite(lowest)) {
        lowest = 0.0;
        highest = 1.0;
    }
    // A quarter of the span as margin, so circles and dots at the extremes are not clipped; at
    // least one unit tall, so a constant f′ is not blown up to fill the panel.
    const double span = std::max(highest - lowest, 1.0);
    const double middle = 0.5 * (lowest + highest);
    const Interval range { middle - 0.75 * span, middle + 0.75 * span };
    m_rect->axis(QCPAxis::atLeft)->setRange(range.lower, range.upper);

    for (int i = 0; i < m_pieceGraphs.size() && i < int(m_pieces.size()); ++i) {
        const Polyline &points = m_pieces[std::size_t(i)];
        QCPGraphDataContainer *data = m_pieceGraphs[i]->data().data();
        data->clear();
        for (std::size_t p = 0; p < points.size(); ++p)
            data->add(QCPGraphData(points.x[p], points.y[p]));
    }
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
    for (const QCPGraph *graph : m_pieceGraphs) {
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
