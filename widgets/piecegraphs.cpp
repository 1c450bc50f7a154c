// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "piecegraphs.h"

#include <qcustomplot.h>

#include <limits>

PieceGraphs::PieceGraphs(QCustomPlot *plot, QCPAxisRect *rect, const PlotStyle &style)
    : m_plot(plot)
    , m_rect(rect)
    , m_style(style)
{ }

PieceGraphs::~PieceGraphs() = default;

void PieceGraphs::clear()
{
    for (QCPGraph *graph : std::as_const(m_graphs))
        m_plot->removeGraph(graph);
    if (m_more)
        m_plot->removeGraph(m_more);
    m_graphs.clear();
    m_labels.clear();
    m_more = nullptr;
}

namespace {

QStringList distinctLabels(const std::vector<Piece> &pieces)
{
    QStringList labels;
    for (const Piece &piece : pieces) {
        if (!labels.contains(piece.derivativeLabel))
            labels << piece.derivativeLabel;
    }
    return labels;
}

QString moreLabel(int more)
{
    return QCoreApplication::translate("PieceGraphs", "and %n more pieces, each with its own f′",
                                       nullptr, more);
}

} // namespace

bool PieceGraphs::matches(const std::vector<Piece> &pieces) const
{
    return !m_graphs.isEmpty() && distinctLabels(pieces) == m_labels;
}

QStringList PieceGraphs::legendLabels(const std::vector<Piece> &pieces)
{
    const QStringList labels = distinctLabels(pieces);
    QStringList shown = labels.mid(0, maximumLegendEntries);
    if (labels.size() > maximumLegendEntries)
        shown << moreLabel(int(labels.size()) - maximumLegendEntries);
    return shown;
}

void PieceGraphs::assign(const std::vector<Piece> &pieces, QCPLegend *legend)
{
    if (matches(pieces))
        return;
    const QStringList labels = distinctLabels(pieces);
    clear();
    m_labels = labels;
    QCPAxis *x = m_rect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_rect->axis(QCPAxis::atLeft);
    for (int i = 0; i < labels.size(); ++i) {
        QCPGraph *graph = m_plot->addGraph(x, y);
        QPen pen(m_style.pieceColor(i), m_style.curveWidth());
        pen.setCapStyle(Qt::FlatCap);
        pen.setJoinStyle(Qt::RoundJoin);
        graph->setPen(pen);
        graph->setName(labels[i]);
        graph->setSelectable(QCP::stNone);
        if (legend && i < maximumLegendEntries)
            graph->addToLegend(legend);
        m_graphs.append(graph);
    }
    if (legend && labels.size() > maximumLegendEntries) {
        m_more = m_plot->addGraph(x, y);
        m_more->setPen(QPen(m_style.pieceColor(maximumLegendEntries), m_style.curveWidth()));
        m_more->setName(moreLabel(int(labels.size()) - maximumLegendEntries));
        m_more->setSelectable(QCP::stNone);
        m_more->addToLegend(legend);
    }
}

void PieceGraphs::fill(const std::vector<Piece> &pieces,
                       const std::function<void(const Piece &, Polyline &)> &sample)
{
    constexpr double gap = std::numeric_limits<double>::quiet_NaN();
    for (QCPGraph *graph : std::as_const(m_graphs))
        graph->data()->clear();
    for (const Piece &piece : pieces) {
        const int index = int(m_labels.indexOf(piece.derivativeLabel));
        if (index < 0)
            continue;
        sample(piece, m_points);
        if (m_points.empty())
            continue;
        QCPGraphDataContainer *data = m_graphs[index]->data().data();
        // The container sorts by x: a gap just before this piece keeps it apart from the last one.
        if (!data->isEmpty())
            data->add(QCPGraphData(m_points.x.front(), gap));
        for (std::size_t p = 0; p < m_points.size(); ++p)
            data->add(QCPGraphData(m_points.x[p], m_points.y[p]));
    }
}
