// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "footprint.h"

#include <QMetaObject>
#include <QRegion>
#include <QString>

class QCPLayer;
class QCustomPlot;

/**
 * Repaints what moves during a drag (the probe, tangent, fan, secant and readout) and nothing
 * else. It owns two buffered layers: `tangent`, under the curves, so a straight piece keeps its
 * colour where a line coincides with it, and `probe`, over everything. A probe move clears and
 * redraws their buffers only where the overlays were and are now (their footprint), and repaints
 * only that region of the widget. QCPLayer::replot() would clear a whole buffer and repaint the
 * whole widget: at 4K, most of a frame's budget.
 *
 * It is the one place that reaches into QCustomPlot's protected members: the plot's layer list,
 * its paint buffers and whether a replot is queued, and a layer's buffer. The view stays on the
 * public API. Not a QObject: the view says when to repaint.
 */
class OverlayRepainter
{
public:
    /** Inserts the two layers into `plot`; lives no longer than `plot`. */
    explicit OverlayRepainter(QCustomPlot *plot);
    ~OverlayRepainter();
    OverlayRepainter(const OverlayRepainter &) = delete;
    OverlayRepainter &operator=(const OverlayRepainter &) = delete;

    // getters:
    /** Markers and the readout, above everything. */
    QCPLayer *overlayLayer() const { return m_overlayLayer; }
    /** The fan and secant lines, under the curves (the tangent is on the overlay layer). */
    QCPLayer *tangentLayer() const { return m_tangentLayer; }
    /**
     * Where the overlays are drawn now, in widget pixels, with a margin for pens and
     * antialiasing: the region a probe move must repaint (with the previous footprint).
     */
    QRegion footprint() const;

    /**
     * Redraws the two layers where the overlays were and are now, and schedules a repaint of
     * that region alone. Returns false, changing nothing, when only a full replot will do: before
     * the first one (no buffers yet), while one is queued, or when a buffer is stale.
     */
    bool repaint();

    /**
     * Puts a new layer right above (or below) the layer `next`. QCustomPlot::addLayer would also
     * allocate every paint buffer at once, at whatever size the widget has now, which an export
     * never uses: the first replot sets them up instead.
     */
    static QCPLayer *insertLayer(QCustomPlot *plot, const QString &name, const QString &next,
                                 bool above);

private:
    QCustomPlot *m_plot;
    QCPLayer *m_overlayLayer;
    QCPLayer *m_tangentLayer;
    /** The overlays' footprint when they were last drawn. */
    QRegion m_drawn;
    /** Reused from one drag event to the next. */
    mutable Footprint m_footprint;
    QMetaObject::Connection m_afterReplot;
};
