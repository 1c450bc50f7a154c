// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "functiongraph.h"

#include "sampler.h"

#include <qcustomplot.h>

#include <cmath>
#include <limits>

FunctionGraph::FunctionGraph(QCustomPlot *plot, QCPAxisRect *rect, QCPLegend *legend,
                             const PlotStyle &style)
    : m_plot(plot)
    , m_rect(rect)
    , m_legend(legend)
    , m_style(style)
    , m_pieces(plot, rect, style)
{ }

void FunctionGraph::clear()
{
    m_pieces.clear();
    for (QCPGraph *graph : std::as_const(m_kinkGraphs))
        m_plot->removeGraph(graph);
    m_kinkGraphs.clear();
    m_kinkXs.clear();
    for (QCPGraph **graph : { &m_valueDots, &m_limitCircles }) {
        if (*graph)
            m_plot->removeGraph(*graph);
        *graph = nullptr;
    }
}

QCPGraph *FunctionGraph::addDots(bool open, const QColor &colour, double size)
{
    QCPGraph *graph
        = m_plot->addGraph(m_rect->axis(QCPAxis::atBottom), m_rect->axis(QCPAxis::atLeft));
    graph->setLineStyle(QCPGraph::lsNone);
    if (open) {
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                               QPen(colour, m_style.openCirclePenWidth()),
                                               QBrush(m_style.background), size));
    } else {
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, size));
    }
    graph->setPen(QPen(colour));
    graph->setSelectable(QCP::stNone);
    return graph;
}

namespace {

bool drawsDots(const Breakpoint &b)
{
    return b.kind == BreakpointKind::Jump || b.kind == BreakpointKind::Removable;
}

/** The kinks' entries: one each for a few, one for all of many. */
QStringList kinkLabels(const Activation &activation, DerivativeConvention convention)
{
    const auto &kinks = activation.kinks();
    QStringList labels;
    if (int(kinks.size()) <= FunctionGraph::separateEntries && activation.breakpointsComplete()) {
        const auto framework = ConventionNames::framework(convention);
        for (const Breakpoint &kink : kinks) {
            // Where the framework has no such function, the entry says so, not "set to nan".
            labels << kink.legendLabel(
                convention, framework ? activation.autogradGap(kink.x, *framework) : QString());
        }
    } else if (!kinks.empty()) {
        labels << (activation.breakpointsComplete()
                       ? QCoreApplication::translate("FunctionGraph",
                                                     "f′ undefined at each of the %n kinks",
                                                     nullptr, int(kinks.size()))
                       : QCoreApplication::translate("FunctionGraph", "f′ undefined at each kink"));
    }
    return labels;
}

/**
 * The entry of the jumps and holes, or nothing when there are none. Of many, it names the kinds
 * there are and no count: the list reaches far past the view (floor(x)'s 2001 jumps in
 * [−1000, 1000]), and no hole is claimed where there is none.
 */
QString dotLabel(const Activation &activation, DerivativeConvention convention)
{
    int jumps = 0;
    int holes = 0;
    const Breakpoint *only = nullptr;
    for (const Breakpoint &b : activation.breakpoints()) {
        if (drawsDots(b)) {
            ++(b.kind == BreakpointKind::Jump ? jumps : holes);
            only = &b;
        }
    }
    if (jumps + holes == 1)
        return only->legendLabel(convention);
    if (holes == 0 && jumps > 0)
        return QCoreApplication::translate("FunctionGraph", "jumps: f′ does not exist there");
    if (jumps == 0 && holes > 0)
        return QCoreApplication::translate(
            "FunctionGraph", "holes or points off the curve: f′ does not exist there");
    if (jumps > 0)
        return QCoreApplication::translate("FunctionGraph",
                                           "jumps and holes: f′ does not exist there");
    return {};
}

} // namespace

QStringList FunctionGraph::legendLabels(const Activation &activation,
                                        DerivativeConvention convention, Interval xRange)
{
    QStringList labels = PieceGraphs::legendLabels(activation.piecesIn(xRange));
    labels << kinkLabels(activation, convention);
    const QString dots = dotLabel(activation, convention);
    if (!dots.isEmpty())
        labels << dots;
    return labels;
}

void FunctionGraph::rebuild(const Activation &activation, DerivativeConvention convention,
                            Interval xRange)
{
    ++m_rebuilds;
    clear();
    m_pieces.assign(activation.piecesIn(xRange), m_legend);

    const QStringList kinks = kinkLabels(activation, convention);
    const bool separate = kinks.size() == int(activation.kinks().size());
    for (int i = 0; i < kinks.size(); ++i) {
        QCPGraph *graph = addDots(false, m_style.kink, m_style.kinkDotSize());
        // A ring in the foreground's colour: the kink's dot is told from the probe and the
        // secant's points by its shape too, not by its red alone.
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                               QPen(m_style.kinkRing, m_style.kinkRingWidth()),
                                               QBrush(m_style.kink), m_style.kinkDotSize()));
        graph->setName(kinks[i]);
        graph->addToLegend(m_legend);
        m_kinkGraphs.append(graph);
        if (separate)
            m_kinkXs.append(activation.kinks()[std::size_t(i)].x);
    }

    // Jumps, holes and points off the curve: f(c) filled, the limits open.
    m_limitCircles = addDots(true, m_style.foreground, m_style.openCircleSize());
    m_valueDots = addDots(false, m_style.foreground, m_style.kinkDotSize());
    const QString dots = dotLabel(activation, convention);
    if (!dots.isEmpty()) {
        m_valueDots->setName(dots);
        m_valueDots->addToLegend(m_legend);
    }
}

bool FunctionGraph::resample(const Activation &activation, Interval xRange, Interval yBand,
                             int pixels)
{
    const std::vector<Piece> pieces = activation.piecesIn(xRange);
    if (!m_pieces.matches(pieces))
        return false;
    m_pieces.fill(pieces, [&](const Piece &piece, Polyline &points) {
        Sampler::samplePiece(activation, piece, xRange, pixels, points);
        Sampler::clipToBand(points, yBand);
    });

    const std::vector<Breakpoint> inView = activation.breakpointsIn(xRange);
    if (!m_kinkXs.isEmpty()) {
        for (int i = 0; i < m_kinkGraphs.size(); ++i) {
            m_kinkGraphs[i]->data()->clear();
            m_kinkGraphs[i]->addData(m_kinkXs[i], activation.value(m_kinkXs[i]));
        }
    } else if (!m_kinkGraphs.isEmpty()) {
        QCPGraph *all = m_kinkGraphs.front();
        all->data()->clear();
        for (const Breakpoint &b : inView) {
            if (b.isKink())
                all->addData(b.x, b.value);
        }
    }
    m_valueDots->data()->clear();
    m_limitCircles->data()->clear();
    for (const Breakpoint &b : inView) {
        if (!drawsDots(b))
            continue;
        if (std::isfinite(b.value))
            m_valueDots->addData(b.x, b.value);
        for (double limit : { b.valueLeft, b.valueRight }) {
            if (std::isfinite(limit) && limit != b.value)
                m_limitCircles->addData(b.x, limit);
        }
    }
    return true;
}

double FunctionGraph::distanceTo(const QPointF &pos) const
{
    double best = std::numeric_limits<double>::infinity();
    auto consider = [&](const QCPGraph *graph) {
        const double distance = graph->selectTest(pos, false);
        if (distance >= 0.0 && distance < best)
            best = distance;
    };
    for (const QCPGraph *graph : m_pieces.graphs())
        consider(graph);
    for (const QCPGraph *graph : m_kinkGraphs)
        consider(graph);
    for (const QCPGraph *graph : { m_valueDots, m_limitCircles }) {
        if (graph)
            consider(graph);
    }
    return best;
}
