#include "plotitems.h"

#include <qcustomplot.h>

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
