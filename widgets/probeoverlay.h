// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plotstyle.h"

class QCPAxisRect;
class QCPItemStraightLine;
class QCPItemTracer;
class QCPLayer;
class QCustomPlot;
class QPointF;

/**
 * The probe a student drags along the curve, and the tangent line through it, which spans the
 * whole visible range. The tangent lies under the curve, so where it coincides with a straight
 * piece the piece keeps its colour; the probe lies over everything. Both layers are buffered, so
 * moving the probe repaints only them.
 */
class ProbeOverlay
{
public:
    ProbeOverlay(QCustomPlot *plot, QCPAxisRect *rect, QCPLayer *tangentLayer, QCPLayer *probeLayer,
                 const PlotStyle &style);

    // getters:
    QCPItemTracer *marker() const { return m_marker; }
    QCPItemStraightLine *tangent() const { return m_tangent; }
    /** Pixels from pos to the probe's centre. */
    double distanceTo(const QPointF &pos) const;

    /** Puts the probe at (x, y) with a tangent of the given slope; a NaN slope hides it. */
    void update(double x, double y, double slope);
    void applyStyle();

private:
    const PlotStyle &m_style;
    QCPItemTracer *m_marker;
    QCPItemStraightLine *m_tangent;
};
