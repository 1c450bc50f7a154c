// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plotitems.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace PlotItems {

QCPItemStraightLine *line(QCustomPlot *plot, QCPAxisRect *rect, QCPLayer *layer)
{
    auto *item = new QCPItemStraightLine(plot);
    item->setLayer(layer);
    item->setClipAxisRect(rect);
    item->point1->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    item->point2->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    item->setSelectable(false);
    item->setVisible(false);
    return item;
}

bool placeLine(QCPItemStraightLine *line, double x, double y, double slope)
{
    const QCPRange visible = line->point1->keyAxis()->range();
    const double anchor = std::clamp(x, visible.lower, visible.upper);
    const double anchorY = anchor == x ? y : y + slope * (anchor - x);
    double run = visible.size();
    if (!std::isfinite(anchorY + slope * run) && slope != 0.0)
        run = 1.0 / std::abs(slope); // a near-vertical line: one unit up instead of a range across
    const double endX = anchor + run, endY = anchorY + slope * run;
    if (!std::isfinite(anchorY) || !std::isfinite(endX) || !std::isfinite(endY)
        || (endX == anchor && endY == anchorY))
        return false;
    line->point1->setCoords(anchor, anchorY);
    line->point2->setCoords(endX, endY);
    return true;
}

QCPItemTracer *marker(QCustomPlot *plot, QCPAxisRect *rect, QCPLayer *layer)
{
    auto *item = new QCPItemTracer(plot);
    item->setLayer(layer);
    item->setClipAxisRect(rect);
    item->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    item->setGraph(nullptr);
    item->setStyle(QCPItemTracer::tsCircle);
    item->setSelectable(false);
    item->setVisible(false);
    return item;
}

} // namespace PlotItems
