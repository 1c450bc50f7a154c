// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "polyline.h"

#include <cmath>
#include <utility>

namespace {

/** Marks the points of run [first, last] that Douglas–Peucker keeps. */
void keepPoints(const std::vector<double> &px, const std::vector<double> &py, std::size_t first,
                std::size_t last, double tolerance, std::vector<bool> &keep)
{
    keep[first] = keep[last] = true;
    // A stack instead of recursion: a run has up to millions of points.
    std::vector<std::pair<std::size_t, std::size_t>> pending { { first, last } };
    while (!pending.empty()) {
        const auto [a, b] = pending.back();
        pending.pop_back();
        if (b <= a + 1)
            continue;
        const double dx = px[b] - px[a];
        const double dy = py[b] - py[a];
        const double length = std::hypot(dx, dy);
        double farthest = -1;
        std::size_t at = a;
        for (std::size_t i = a + 1; i < b; ++i) {
            // The distance from the chord, or from its start where the chord is a point.
            const double ex = px[i] - px[a];
            const double ey = py[i] - py[a];
            const double d = length > 0 ? std::abs(dx * ey - dy * ex) / length : std::hypot(ex, ey);
            if (d > farthest) {
                farthest = d;
                at = i;
            }
        }
        if (farthest > tolerance) {
            keep[at] = true;
            pending.push_back({ a, at });
            pending.push_back({ at, b });
        }
    }
}

} // namespace

Polyline Polyline::simplified(double xScale, double yScale, double tolerance) const
{
    const bool usable = xScale > 0 && yScale > 0 && std::isfinite(xScale) && std::isfinite(yScale)
        && tolerance >= 0;
    if (!usable || size() < 3)
        return *this;
    std::vector<double> px(size()), py(size());
    for (std::size_t i = 0; i < size(); ++i) {
        px[i] = x[i] * xScale;
        py[i] = y[i] * yScale;
    }
    std::vector<bool> keep(size(), false);
    std::size_t i = 0;
    while (i < size()) {
        if (!std::isfinite(py[i]) || !std::isfinite(px[i])) {
            keep[i] = true; // a gap stays a gap
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end + 1 < size() && std::isfinite(py[end + 1]) && std::isfinite(px[end + 1]))
            ++end;
        keepPoints(px, py, i, end, tolerance, keep);
        i = end + 1;
    }
    Polyline out;
    for (std::size_t k = 0; k < size(); ++k) {
        if (keep[k])
            out.append(x[k], y[k]);
    }
    return out;
}
