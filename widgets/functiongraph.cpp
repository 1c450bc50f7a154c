// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "functiongraph.h"

#include "sampler.h"

#include <qcustomplot.h>

#include <limits>

FunctionGraph::FunctionGraph(QCustomPlot *plot, QCPAxisRect *rect, QCPLegend *legend,
                             const PlotStyle &style)
    : m_plot(plot)
    , m_rect(rect)
    , m_legend(legend)
    , m_style(style)
{ }

void FunctionGraph::clear()
{
    for (QCPGraph *graph : std::as_const(m_pieceGraphs))
        m_plot->removeGraph(graph);
    for (QCPGraph *graph : std::as_const(m_kinkGraphs))
        m_plot->removeGraph(graph);
    m_pieceGraphs.clear();
    m_kinkGraphs.clear();
}

void FunctionGraph::rebuild(const Activation &activation, DerivativeConvention convention)
{
    clear();
    QCPAxis *x = m_rect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_rect->axis(QCPAxis::atLeft);

    const auto &pieces = activation.pieces();
    const std::vector<int> colors = PlotStyle::pieceColorIndices(pieces);
    QStringList named;
    for (int i = 0; i < int(pieces.size()); ++i) {
        QCPGraph *graph = m_plot->addGraph(x, y);
        QPen pen(m_style.pieceColor(colors[std::size_t(i)]), m_style.curveWidth());
        pen.setCapStyle(Qt::FlatCap);
        pen.setJoinStyle(Qt::RoundJoin);
        graph->setPen(pen);
        const QString &label = pieces[std::size_t(i)].derivativeLabel;
        graph->setName(label);
        graph->setSelectable(QCP::stNone);
        // One legend entry per label: relu6's two flat pieces share "f′(x) = 0".
        if (!named.contains(label)) {
            graph->addToLegend(m_legend);
            named << label;
        }
        m_pieceGraphs.append(graph);
    }
    for (const Kink &kink : activation.kinks()) {
        QCPGraph *graph = m_plot->addGraph(x, y);
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, m_style.kink, m_style.kink,
                                               m_style.kinkDotSize()));
        graph->setPen(QPen(m_style.kink));
        graph->setName(kink.legendLabel(convention));
        graph->setSelectable(QCP::stNone);
        graph->addData(kink.x, activation.value(kink.x));
        graph->addToLegend(m_legend);
        m_kinkGraphs.append(graph);
    }
}

void FunctionGraph::resample(const Activation &activation, Interval xRange, Interval yBand,
                             int pixels)
{
    const auto &pieces = activation.pieces();
    for (int i = 0; i < m_pieceGraphs.size() && i < int(pieces.size()); ++i) {
        Sampler::samplePiece(activation, pieces[std::size_t(i)], xRange, pixels, m_points);
        Sampler::clipToBand(m_points, yBand);
        QCPGraphDataContainer *data = m_pieceGraphs[i]->data().data();
        data->clear();
        for (std::size_t p = 0; p < m_points.size(); ++p)
            data->add(QCPGraphData(m_points.x[p], m_points.y[p]));
    }
}

double FunctionGraph::distanceTo(const QPointF &pos) const
{
    double best = std::numeric_limits<double>::infinity();
    auto consider = [&](const QVector<QCPGraph *> &graphs) {
        for (const QCPGraph *graph : graphs) {
            const double distance = graph->selectTest(pos, false);
            if (distance >= 0.0 && distance < best)
                best = distance;
        }
    };
    consider(m_pieceGraphs);
    consider(m_kinkGraphs);
    return best;
}
