// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "activation.h"
#include "plotstyle.h"
#include "polyline.h"

#include <QHash>
#include <QPen>
#include <QVector>

#include <memory>
#include <vector>

class QCPAxisRect;
class QCPGraph;
class QCPLayer;
class QCPLegend;
class QCustomPlot;

/**
 * Other functions drawn faintly beside the main one, each in its own colour: f in the function
 * panel with a legend entry naming it, f′ in the derivative panel. Pieces are separated by gaps,
 * so no line joins the two sides of a jump.
 */
class ComparisonGraphs
{
public:
    ComparisonGraphs(QCustomPlot *plot, QCPAxisRect *functionRect, QCPAxisRect *derivativeRect,
                     QCPLegend *legend, QCPLayer *layer, const PlotStyle &style);

    // getters:
    const QVector<QCPGraph *> &functionGraphs() const { return m_functionGraphs; }
    const QVector<QCPGraph *> &derivativeGraphs() const { return m_derivativeGraphs; }

    void rebuild(const std::vector<std::shared_ptr<const Activation>> &functions);
    /**
     * The colour slot of a compared function (its specification): kept while it stays compared,
     * so adding or removing another never repaints it; a new one takes the first free slot.
     */
    int colourSlot(const QString &specification) const { return m_slots.value(specification, -1); }
    /** Samples across xRange, cut to the y bands of the function and derivative panels. */
    void resample(Interval xRange, Interval yBand, Interval derivativeBand, int pixels);

private:
    QCPGraph *addGraph(QCPAxisRect *rect, const QPen &pen) const;
    /** Appends m_points to the graph, after a gap if it holds an earlier piece. */
    void append(QCPGraph *graph) const;
    QCustomPlot *m_plot;
    QCPAxisRect *m_functionRect;
    QCPAxisRect *m_derivativeRect;
    QCPLegend *m_legend;
    QCPLayer *m_layer;
    const PlotStyle &m_style;
    std::vector<std::shared_ptr<const Activation>> m_functions;
    QHash<QString, int> m_slots;
    QVector<QCPGraph *> m_functionGraphs;
    QVector<QCPGraph *> m_derivativeGraphs;
    Polyline m_points;
};
