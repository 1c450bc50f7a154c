// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "frameworkcomparison.h"
#include "plotstyle.h"

#include <QVector>

#include <optional>

class QCPAxisRect;
class QCPGraph;
class QCPItemText;
class QCPItemTracer;
class QCustomPlot;

/**
 * "Where frameworks disagree" on the derivative panel: at the probe's kink, a ring at each value
 * some framework's autograd returns, labelled with the frameworks ("PyTorch, TensorFlow: 0"). At
 * abs's kink: three rings, at −1, 0 and 1. Drawn on the main layers: it changes only when the
 * probe reaches or leaves a kink, and the plot then replots in full.
 */
class FrameworkDots
{
public:
    FrameworkDots(QCustomPlot *plot, QCPAxisRect *rect, const PlotStyle &style);

    // getters:
    /** The rings, one data point per distinct value. */
    const QCPGraph *rings() const { return m_rings; }
    const QVector<QCPItemText *> &labels() const { return m_labels; }

    /** Shows `comparison`, or nothing; false when nothing changed on screen. */
    bool show(const std::optional<FrameworkComparison> &comparison, bool panelVisible);
    void applyStyle();

private:
    QCustomPlot *m_plot;
    QCPAxisRect *m_rect;
    const PlotStyle &m_style;
    QCPGraph *m_rings;
    QVector<QCPItemText *> m_labels;
    QVector<QCPItemTracer *> m_anchors; ///< each label's point, where its ring is
    /** What is shown: the kink's x and the labels, to skip a replot when nothing changed. */
    QStringList m_shown;
};
