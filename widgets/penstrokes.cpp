// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "penstrokes.h"

#include <cmath>

PenStrokes::PenStrokes(QCustomPlot *plot, QCPAxisRect *rect)
    : QCPAbstractItem(plot)
    , m_rect(rect)
{
    setClipAxisRect(rect);
    setClipToAxisRect(true);
    setSelectable(false);
}

QPointF PenStrokes::toCoords(const QPointF &pixel) const
{
    return { m_rect->axis(QCPAxis::atBottom)->pixelToCoord(pixel.x()),
             m_rect->axis(QCPAxis::atLeft)->pixelToCoord(pixel.y()) };
}

QPointF PenStrokes::toPixels(const QPointF &coords) const
{
    return { m_rect->axis(QCPAxis::atBottom)->coordToPixel(coords.x()),
             m_rect->axis(QCPAxis::atLeft)->coordToPixel(coords.y()) };
}

void PenStrokes::begin(const QPointF &pixel)
{
    m_strokes.push_back({ toCoords(pixel) });
    m_lastPixel = pixel;
}

bool PenStrokes::extend(const QPointF &pixel)
{
    if (m_strokes.empty())
        return false;
    // A point per pixel moved at most: a slow hand would store thousands of the same point.
    if (std::hypot(pixel.x() - m_lastPixel.x(), pixel.y() - m_lastPixel.y()) < 1.0)
        return false;
    m_strokes.back().append(toCoords(pixel));
    m_lastPixel = pixel;
    return true;
}

double PenStrokes::selectTest(const QPointF &, bool, QVariant *) const
{
    return -1; // the view does its own hit-testing; a stroke never takes a click
}

void PenStrokes::draw(QCPPainter *painter)
{
    QPen pen = m_pen;
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    for (const QVector<QPointF> &stroke : m_strokes) {
        QPolygonF pixels;
        pixels.reserve(stroke.size());
        for (const QPointF &point : stroke)
            pixels.append(toPixels(point));
        if (pixels.size() == 1)
            painter->drawPoint(pixels.front()); // a dab: a round dot the pen's width
        else
            painter->drawPolyline(pixels);
    }
}
