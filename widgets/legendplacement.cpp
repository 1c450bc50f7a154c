// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "legendplacement.h"

#include <algorithm>
#include <cmath>

namespace {

/** The length of the segment from a to b inside `rect` (Liang–Barsky clipping). */
double segmentInside(QPointF a, QPointF b, const QRectF &rect)
{
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    double enter = 0.0;
    double leave = 1.0;
    const double p[4] = { -dx, dx, -dy, dy };
    const double q[4]
        = { a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(), rect.bottom() - a.y() };
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return 0; // parallel to this edge and outside it
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            enter = std::max(enter, t);
        else
            leave = std::min(leave, t);
        if (enter > leave)
            return 0;
    }
    return (leave - enter) * std::hypot(dx, dy);
}

} // namespace

QRectF LegendPlacement::box(Location location, const QRectF &area, const QSizeF &legend)
{
    const double left = area.left();
    const double right = area.right() - legend.width();
    const double middle = area.center().x() - legend.width() / 2;
    const double top = area.top();
    const double bottom = area.bottom() - legend.height();
    const double centre = area.center().y() - legend.height() / 2;
    auto at = [&legend](double x, double y) { return QRectF(QPointF(x, y), legend); };
    switch (location) {
    case Location::UpperRight: return at(right, top);
    case Location::UpperLeft: return at(left, top);
    case Location::LowerLeft: return at(left, bottom);
    case Location::LowerRight: return at(right, bottom);
    case Location::Right: // matplotlib's 'right' is placed as 'center right'
    case Location::CenterRight: return at(right, centre);
    case Location::CenterLeft: return at(left, centre);
    case Location::LowerCenter: return at(middle, bottom);
    case Location::UpperCenter: return at(middle, top);
    case Location::Center: return at(middle, centre);
    }
    return at(right, top);
}

double LegendPlacement::lengthInside(const QPolygonF &polyline, const QRectF &rect)
{
    double length = 0;
    for (int i = 1; i < polyline.size(); ++i) {
        const QPointF a = polyline[i - 1];
        const QPointF b = polyline[i];
        if (std::isfinite(a.x()) && std::isfinite(a.y()) && std::isfinite(b.x())
            && std::isfinite(b.y()))
            length += segmentInside(a, b, rect);
    }
    return length;
}

LegendPlacement::Score LegendPlacement::score(const QRectF &box, const Scene &scene)
{
    Score score;
    for (const QRectF &mark : scene.marks) {
        if (mark.intersects(box))
            ++score.marks;
    }
    for (const QPolygonF &curve : scene.curves)
        score.curveLength += lengthInside(curve, box);
    return score;
}

LegendPlacement::Location LegendPlacement::best(const QRectF &area, const QSizeF &legend,
                                                const Scene &scene)
{
    Location chosen = candidates.front();
    Score lowest = score(box(chosen, area, legend), scene);
    for (Location location : candidates) {
        const Score s = score(box(location, area, legend), scene);
        if (s < lowest) { // strictly: a tie keeps the earlier place
            lowest = s;
            chosen = location;
        }
    }
    return chosen;
}
