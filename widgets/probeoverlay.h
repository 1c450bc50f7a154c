// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plotstyle.h"

#include <QCoreApplication>

class QCPAxisRect;
class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;
class QCPLayer;
class QCustomPlot;
class QPointF;

/**
 * The probe a student drags along the curve, and the tangent line through it, which spans the
 * whole visible range, with a short label of its slope by the probe. The tangent is dashed and
 * lies over the curves, so on a straight piece it shows as a dashed line along the piece, not as
 * a stub where it leaves it; the probe's ring lies over the tangent. The layer is buffered, so
 * moving the probe repaints only it.
 */
class ProbeOverlay
{
    Q_DECLARE_TR_FUNCTIONS(ProbeOverlay)

public:
    ProbeOverlay(QCustomPlot *plot, QCPAxisRect *rect, QCPLayer *probeLayer,
                 const PlotStyle &style);

    // getters:
    QCPItemTracer *marker() const { return m_marker; }
    QCPItemStraightLine *tangent() const { return m_tangent; }
    /** "slope 1" beside the probe, while the tangent shows. */
    QCPItemText *slopeLabel() const { return m_slopeLabel; }
    /** Pixels from pos to the probe's centre. */
    double distanceTo(const QPointF &pos) const;
    /**
     * Puts the slope label on the side of the probe where it fits, for the layout as it is now:
     * PlotView calls it after each layout too, since a docked lesson narrows the plot under a
     * probe that has not moved ("slope 1" was cut at the edge).
     */
    void fitSlopeLabel();

    /** Puts the probe at (x, y) with a tangent of the given slope; a NaN slope hides it. */
    void update(double x, double y, double slope);
    void applyStyle();

private:
    const PlotStyle &m_style;
    QCPItemStraightLine *m_tangent;
    QCPItemTracer *m_marker;
    QCPItemText *m_slopeLabel;
};
