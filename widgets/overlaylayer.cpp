// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "overlaylayer.h"

OverlayLayer::OverlayLayer(QCustomPlot *plot, const QString &name)
    : QCPLayer(plot, name)
{ }

bool OverlayLayer::replotRegion(const QRegion &dirty)
{
    const QSharedPointer<QCPAbstractPaintBuffer> buffer = mPaintBuffer.toStrongRef();
    if (mMode != lmBuffered || !buffer || buffer->invalidated())
        return false;
    if (QCPPainter *painter = buffer->startPainting()) {
        // Everything the layer drew last time lies inside `dirty`, so clearing it there leaves
        // nothing stale behind, and redrawing all items (they lie inside it too) paints each once.
        painter->setClipRegion(dirty);
        painter->setCompositionMode(QPainter::CompositionMode_Clear);
        painter->fillRect(QRect(QPoint(0, 0), buffer->size()), Qt::transparent);
        delete painter;
        buffer->donePainting();
    }
    drawToPaintBuffer();
    buffer->setInvalidated(false);
    mParentPlot->update(dirty);
    return true;
}
