// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "comparisongraphs.h"

#include "sampler.h"

#include <qcustomplot.h>

#include <algorithm>
#include <limits>

ComparisonGraphs::ComparisonGraphs(QCustomPlot *plot, QCPAxisRect *functionRect,
                                   QCPAxisRect *derivativeRect, QCPLegend *legend, QCPLayer *layer,
                                   const PlotStyle &style)
    : m_plot(plot)
    , m_functionRect(functionRect)
    , m_derivativeRect(derivativeRect)
    , m_legend(legend)
    , m_layer(layer)
    , m_style(style)
{ }

void ComparisonGraphs::rebuild(const std::vector<std::shared_ptr<const Activation>> &functions)
{
    for (QCPGraph *graph : std::as_const(m_functionGraphs))
        m_plot->removeGraph(graph);
    for (QCPGraph *graph : std::as_const(m_derivativeGraphs))
        m_plot->removeGraph(graph);
    m_functionGraphs.clear();
    m_derivativeGraphs.clear();
    m_functions = functions;

    // Slots of functions still compared stay; new ones take the lowest free slot.
    QHash<QString, int> kept;
    for (const auto &f : functions) {
        const QString specification = f->specification();
        if (m_slots.contains(specification))
            kept.insert(specification, m_slots.value(specification));
    }
    for (const auto &f : functions) {
        const QString specification = f->specification();
        if (kept.contains(specification))
            continue;
        int slot = 0;
        while (std::find(kept.cbegin(), kept.cend(), slot) != kept.cend())
            ++slot;
        kept.insert(specification, slot);
    }
    m_slots = kept;

    for (int i = 0; i < int(functions.size()); ++i) {
        // Opaque, each at least 3:1 on its background (PlotStyle); thinner than the function,
        // and each with its own dashes, so no comparison rests on its hue alone.
        const int slot = m_slots.value(functions[std::size_t(i)]->specification());
        QPen pen(m_style.comparisonColor(slot), m_style.comparisonWidth());
        pen.setCapStyle(Qt::FlatCap);
        pen.setDashPattern(PlotStyle::comparisonDashes(slot));
        QCPGraph *f = addGraph(m_functionRect, pen);
        f->setName(functions[std::size_t(i)]->title());
        f->addToLegend(m_legend);
        m_functionGraphs.append(f);
        QCPGraph *df = addGraph(m_derivativeRect, pen);
        m_derivativeGraphs.append(df);
    }
}

QCPGraph *ComparisonGraphs::addGraph(QCPAxisRect *rect, const QPen &pen) const
{
    QCPGraph *graph = m_plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    graph->setPen(pen);
    graph->setSelectable(QCP::stNone);
    graph->setLayer(m_layer);
    return graph;
}

void ComparisonGraphs::resample(Interval xRange, Interval yBand, Interval derivativeBand,
                                int pixels)
{
    for (int i = 0; i < int(m_functions.size()); ++i) {
        const Activation &f = *m_functions[std::size_t(i)];
        m_functionGraphs[i]->data()->clear();
        m_derivativeGraphs[i]->data()->clear();
        for (const Piece &piece : f.piecesIn(xRange)) {
            Sampler::samplePiece(f, piece, xRange, pixels, m_points);
            Sampler::clipToBand(m_points, yBand);
            append(m_functionGraphs[i]);
            Sampler::sampleDerivative(f, piece, xRange, pixels, m_points);
            Sampler::clipToBand(m_points, derivativeBand);
            append(m_derivativeGraphs[i]);
        }
    }
}

void ComparisonGraphs::append(QCPGraph *graph) const
{
    QCPGraphDataContainer *data = graph->data().data();
    if (m_points.empty())
        return;
    // A NaN between pieces leaves a gap, as the main function's separate graphs do.
    if (!data->isEmpty())
        data->add(QCPGraphData(m_points.x.front(), std::numeric_limits<double>::quiet_NaN()));
    for (std::size_t p = 0; p < m_points.size(); ++p)
        data->add(QCPGraphData(m_points.x[p], m_points.y[p]));
}
