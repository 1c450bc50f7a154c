#pragma once

class QCPAxisRect;
class QCPItemStraightLine;
class QCPItemTracer;
class QCPLayer;
class QCustomPlot;

/**
 * The overlay items the views share: lines and markers placed in one axis rect's coordinates,
 * clipped to it, on a given layer, and never selectable (the view does its own hit-testing).
 */
namespace PlotItems {

QCPItemStraightLine *line(QCustomPlot *plot, QCPAxisRect *rect, QCPLayer *layer);
/** A circle marker at a free position (no graph), hidden until placed. */
QCPItemTracer *marker(QCustomPlot *plot, QCPAxisRect *rect, QCPLayer *layer);

} // namespace PlotItems
