// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QVector>

#include <array>

/**
 * Where the legend covers the least of what the plot shows, as matplotlib's `legend(loc='best')`
 * finds it: each of ten places in the panel, in matplotlib's order, is scored by the marks it
 * covers (the probe, the kink dots, the slope's label: each hidden mark hides a fact of the
 * lesson), then by the length of curve under it, and the lowest score wins; a tie goes to the
 * earlier place. Plain geometry in pixels, no widgets, so it is tested with hand-made scenes.
 */
class LegendPlacement
{
public:
    /** matplotlib's `loc` codes 1 to 10, in its order of preference. */
    enum class Location {
        UpperRight,
        UpperLeft,
        LowerLeft,
        LowerRight,
        Right,
        CenterLeft,
        CenterRight,
        LowerCenter,
        UpperCenter,
        Center
    };
    static constexpr std::array<Location, 10> candidates
        = { Location::UpperRight,  Location::UpperLeft,   Location::LowerLeft,
            Location::LowerRight,  Location::Right,       Location::CenterLeft,
            Location::CenterRight, Location::LowerCenter, Location::UpperCenter,
            Location::Center };

    /** What must stay visible, in the pixels of the panel. */
    struct Scene
    {
        /** Points that mean something (the probe's ring, a kink's dot, a label), as rects. */
        QVector<QRectF> marks;
        /** Curves as polylines; a curve with gaps is several polylines. */
        QVector<QPolygonF> curves;
    };

    /** What a legend at one place hides: marks first, then pixels of curve. */
    struct Score
    {
        int marks = 0;
        double curveLength = 0;
        bool operator<(const Score &other) const
        {
            return marks != other.marks ? marks < other.marks : curveLength < other.curveLength;
        }
    };

    /** The legend's box at `location` in `area` (the panel inside its margins). */
    static QRectF box(Location location, const QRectF &area, const QSizeF &legend);
    static Score score(const QRectF &box, const Scene &scene);
    /** The place that hides least; the first of the tied ones. */
    static Location best(const QRectF &area, const QSizeF &legend, const Scene &scene);
    /** The length of the polyline inside `rect`. */
    static double lengthInside(const QPolygonF &polyline, const QRectF &rect);
};
