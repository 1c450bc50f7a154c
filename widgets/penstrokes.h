// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPen>
#include <QPointF>
#include <QVector>
#include <qcustomplot.h>

#include <vector>

/**
 * The presenter's pen: freehand strokes over a panel, one per press, drag and release. Each
 * point is kept in the panel's plot coordinates, not in pixels, so a stroke stays on what it
 * marked when the view pans or zooms, and an export from the window draws it too. An item, as
 * QCustomPlot's own, clipped to its axis rect; never selectable.
 */
class PenStrokes : public QCPAbstractItem
{
    Q_OBJECT

public:
    PenStrokes(QCustomPlot *plot, QCPAxisRect *rect);

    // getters:
    const std::vector<QVector<QPointF>> &strokes() const { return m_strokes; }
    QPen pen() const { return m_pen; }

    // setters:
    void setPen(const QPen &pen) { m_pen = pen; }

    /** Starts a stroke at a pixel of the panel. */
    void begin(const QPointF &pixel);
    /** Adds a pixel to the stroke begun last; false when it is too close to add. */
    bool extend(const QPointF &pixel);
    void clear() { m_strokes.clear(); }

    double selectTest(const QPointF &pos, bool onlySelectable,
                      QVariant *details = nullptr) const override;

protected:
    void draw(QCPPainter *painter) override;

private:
    QPointF toCoords(const QPointF &pixel) const;
    QPointF toPixels(const QPointF &coords) const;

    QCPAxisRect *m_rect;
    QPen m_pen;
    std::vector<QVector<QPointF>> m_strokes;
    QPointF m_lastPixel;
};
