// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

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
/**
 * Puts `line` on the line through (x, y) with the given slope. Its two defining points are taken
 * where the line crosses the visible x range, a range's width apart: points at x and x + 1 would
 * coincide for x beyond 2^53, and a point 1e100 away leaves the pixel arithmetic no digits.
 * Returns false, leaving the line as it was, where no such points exist in doubles (the line
 * lies astronomically far from the view).
 */
bool placeLine(QCPItemStraightLine *line, double x, double y, double slope);
/** A circle marker at a free position (no graph), hidden until placed. */
QCPItemTracer *marker(QCustomPlot *plot, QCPAxisRect *rect, QCPLayer *layer);

} // namespace PlotItems
