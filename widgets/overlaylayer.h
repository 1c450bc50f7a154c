// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QRegion>
#include <qcustomplot.h>

/**
 * A buffered QCustomPlot layer for what moves during a drag (the probe, tangent, fan, secant and
 * readout). QCPLayer::replot() clears its whole buffer and repaints the whole widget; at 4K that
 * is most of a frame's budget. replotRegion() clears and repaints only `dirty`, which must cover
 * everything the layer drew before and draws now: the caller tracks that footprint.
 */
class OverlayLayer : public QCPLayer
{
    Q_OBJECT

public:
    OverlayLayer(QCustomPlot *plot, const QString &name);

    /**
     * Redraws the layer's items into its buffer, clearing only `dirty` first, and schedules a
     * repaint of `dirty` alone. Returns false, changing nothing, when the layer has no valid
     * buffer yet (before the first full replot): then only a full replot will do.
     */
    bool replotRegion(const QRegion &dirty);
};
