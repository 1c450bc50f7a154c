// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "comparisongraphs.h"

#include "sampler.h"

#include <qcustomplot.h>

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

    for (int i = 0; i < int(functions.size()); ++i) {
        // Faint, but opaque: the colour mixed with the background. A translucent pen would darken
        // where the segments of a fast polyline overlap.
        const QColor faint = m_style.comparisonColor(i);
        const double a = faint.alphaF();
        const QColor mixed
            = QColor::fromRgbF(a * faint.redF() + (1 - a) * m_style.background.redF(),
                               a * faint.greenF() + (1 - a) * m_style.background.greenF(),
                               a * faint.blueF() + (1 - a) * m_style.background.blueF());
        QPen pen(mixed, m_style.comparisonWidth());
        pen.setCapStyle(Qt::FlatCap);
        QCPGraph *f = m_plot->addGraph(m_functionRect->axis(QCPAxis::atBottom),
                                       m_functionRect->axis(QCPAxis::atLeft));
        f->setPen(pen);
        f->setName(functions[std::size_t(i)]->title());
        f->setSelectable(QCP::stNone);
        f->setLayer(m_layer);
        f->addToLegend(m_legend);
        m_functionGraphs.append(f);
        QCPGraph *df = m_plot->addGraph(m_derivativeRect->axis(QCPAxis::atBottom),
                                        m_derivativeRect->axis(QCPAxis::atLeft));
        df->setPen(pen);
        df->setSelectable(QCP::stNone);
        df->setLayer(m_layer);
        m_derivativeGraphs.append(df);
    }
}

void ComparisonGraphs::resample(Interval xRange, Interval yBand, Interval derivativeBand,
                                int pixels)
{
    constexpr double gap = std::numeric_limits<double>::quiet_NaN();
    for (int i = 0; i < int(m_functions.size()); ++i) {
        const Activation &f = *m_functions[std::size_t(i)];
        QCPGraphDataContainer *values = m_functionGraphs[i]->data().data();
        QCPGraphDataContainer *slopes = m_derivativeGraphs[i]->data().data();
        values->clear();
        slopes->clear();
        for (const Piece &piece : f.piecesIn(xRange)) {
            Sampler::samplePiece(f, piece, xRange, pixels, m_points);
            Sampler::clipToBand(m_points, yBand);
            if (m_points.empty())
                continue;
            // A NaN between pieces leaves a gap, as the main function's separate graphs do.
            if (!values->isEmpty())
                values->add(QCPGraphData(m_points.x.front(), gap));
            for (std::size_t p = 0; p < m_points.size(); ++p)
                values->add(QCPGraphData(m_points.x[p], m_points.y[p]));
            Sampler::sampleDerivative(f, piece, xRange, pixels, m_points);
            Sampler::clipToBand(m_points, derivativeBand);
            if (m_points.empty())
                continue;
            if (!slopes->isEmpty())
                slopes->add(QCPGraphData(m_points.x.front(), gap));
            for (std::size_t p = 0; p < m_points.size(); ++p)
                slopes->add(QCPGraphData(m_points.x[p], m_points.y[p]));
        }
    }
}
