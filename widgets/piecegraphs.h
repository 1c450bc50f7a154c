// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "piece.h"
#include "plotstyle.h"
#include "polyline.h"

#include <QStringList>
#include <QVector>

#include <functional>
#include <vector>

class QCPAxisRect;
class QCPGraph;
class QCPLegend;
class QCustomPlot;

/**
 * The pieces of a function (or of its derivative) as graphs: one graph per derivative label, in
 * that label's colour, holding every piece with that label with a gap between them. relu6's two
 * flat parts share the blue graph; abs(sin(x))'s 638 pieces make two graphs, not 638.
 *
 * FunctionGraph and DerivativePanel both draw through it.
 */
class PieceGraphs
{
public:
    /** At most this many labels get their own legend entry; the rest share one. */
    static constexpr int maximumLegendEntries = 5;

    PieceGraphs(QCustomPlot *plot, QCPAxisRect *rect, const PlotStyle &style);
    ~PieceGraphs();
    PieceGraphs(const PieceGraphs &) = delete;
    PieceGraphs &operator=(const PieceGraphs &) = delete;

    // getters:
    /** One per label, in the order the labels first appear from left to right. */
    const QVector<QCPGraph *> &graphs() const { return m_graphs; }

    /**
     * Makes the graphs for these pieces' labels, unless they are the ones already made. With a
     * legend, each label gets an entry, up to maximumLegendEntries.
     */
    void assign(const std::vector<Piece> &pieces, QCPLegend *legend);
    /** True when assign() would keep the graphs as they are for these pieces. */
    bool matches(const std::vector<Piece> &pieces) const;
    /** The legend's entries assign() makes for these pieces. */
    static QStringList legendLabels(const std::vector<Piece> &pieces);
    /** Fills the graphs: `sample` gives each piece's points, NaN gaps separate pieces. */
    void fill(const std::vector<Piece> &pieces,
              const std::function<void(const Piece &, Polyline &)> &sample);
    void clear();

private:
    QCustomPlot *m_plot;
    QCPAxisRect *m_rect;
    const PlotStyle &m_style;
    QStringList m_labels;
    QVector<QCPGraph *> m_graphs;
    QCPGraph *m_more = nullptr; ///< the legend entry for labels past maximumLegendEntries
    Polyline m_points;
};
