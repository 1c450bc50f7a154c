// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sampler.h"

#include "clipspan.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace {

double finiteOrGap(double y)
{
    return std::isfinite(y) ? y : std::numeric_limits<double>::quiet_NaN();
}

/**
 * The x of `piece` to sample inside `view`: both ends of the visible span, plus evenly spaced
 * points in between unless `linear`. Calls `visit(x, isLowerEnd, isUpperEnd)` for each.
 */
template<typename Visit>
void sampleSpan(const Piece &piece, Interval view, int pixels, bool linear, Polyline &out,
                Visit visit)
{
    out.clear();
    const Interval span = piece.domain.intersected(view);
    if (span.isEmpty() || !std::isfinite(span.lower) || !std::isfinite(span.upper))
        return;
    if (linear) {
        visit(span.lower, true, false);
        visit(span.upper, false, true);
        return;
    }
    const double viewWidth = view.width();
    const double share = viewWidth > 0.0 ? span.width() / viewWidth : 1.0;
    const int count
        = std::max(2, int(std::ceil(share * std::max(pixels, 1) * Sampler::samplesPerPixel)) + 1);
    out.x.reserve(std::size_t(count));
    out.y.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        // The last point is exactly the end of the span, not start + (count-1) * step.
        const bool last = i + 1 == count;
        const double x = last ? span.upper : span.lower + span.width() * (double(i) / (count - 1));
        visit(x, i == 0, last);
    }
}

} // namespace

void Sampler::samplePiece(const Activation &activation, const Piece &piece, Interval view,
                          int pixels, Polyline &out)
{
    sampleSpan(piece, view, pixels, piece.linear, out, [&](double x, bool lowerEnd, bool upperEnd) {
        double y = 0.0;
        if (piece.linear)
            y = piece.lineValue(x);
        else if (lowerEnd && x == piece.domain.lower && !std::isnan(piece.valueAtLower))
            y = piece.valueAtLower; // the limit from inside: at a jump, f(x) belongs to the other
                                    // side
        else if (upperEnd && x == piece.domain.upper && !std::isnan(piece.valueAtUpper))
            y = piece.valueAtUpper;
        else
            y = activation.value(x);
        out.append(x, finiteOrGap(y));
    });
}

void Sampler::sampleDerivative(const Activation &activation, const Piece &piece, Interval view,
                               int pixels, Polyline &out)
{
    sampleSpan(piece, view, pixels, piece.linear, out, [&](double x, bool lowerEnd, bool upperEnd) {
        double slope = 0.0;
        if (piece.linear)
            slope = piece.slope;
        else if (lowerEnd && x == piece.domain.lower && !std::isnan(piece.slopeAtLower))
            slope = piece.slopeAtLower;
        else if (upperEnd && x == piece.domain.upper && !std::isnan(piece.slopeAtUpper))
            slope = piece.slopeAtUpper;
        else
            slope = activation.derivative(x);
        out.append(x, finiteOrGap(slope));
    });
}

void Sampler::clipToBand(Polyline &points, Interval yBand)
{
    constexpr double gap = std::numeric_limits<double>::quiet_NaN();
    Polyline out;
    out.x.reserve(points.size());
    out.y.reserve(points.size());
    auto add = [&out](double x, double y) {
        if (!out.empty() && out.x.back() == x && out.y.back() == y)
            return;
        out.append(x, y);
    };
    auto breakLine = [&out] {
        if (!out.empty() && !std::isnan(out.y.back()))
            out.append(out.x.back(), gap);
    };
    auto inside = [&yBand](double y) { return y >= yBand.lower && y <= yBand.upper; };
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double x = points.x[i], y = points.y[i];
        if (std::isnan(y)) {
            breakLine();
            continue;
        }
        const bool hasPrevious = i > 0 && !std::isnan(points.y[i - 1]);
        if (!hasPrevious) {
            if (inside(y))
                add(x, y);
            continue;
        }
        // The segment from the previous point to this one, cut to the band.
        const double x0 = points.x[i - 1], y0 = points.y[i - 1];
        // Wholly above or below. The cuts below would find that too, were it not for rounding:
        // from y0 = -1e170 to y = -20, both t0 and t1 round to 1, which would keep (x, -20).
        if ((y0 < yBand.lower && y < yBand.lower) || (y0 > yBand.upper && y > yBand.upper)) {
            breakLine();
            continue;
        }
        const double dy = y - y0;
        ClipSpan span { 0.0, 1.0 };
        if (!span.keep(-dy, y0 - yBand.lower) || !span.keep(dy, yBand.upper - y0)) {
            breakLine();
            continue;
        }
        const auto at = [&](double t) {
            // The ends of a cut segment lie exactly on the band's edge; an end that lies outside
            // it by less than t's rounding (t == 1 for y0 = -1e170, y = 10.5) is put on the edge.
            const double cy = std::clamp(t == 0.0       ? y0
                                             : t == 1.0 ? y
                                                        : y0 + t * dy,
                                         yBand.lower, yBand.upper);
            return std::pair<double, double> { t == 0.0       ? x0
                                                   : t == 1.0 ? x
                                                              : x0 + t * (x - x0),
                                               cy };
        };
        if (span.t0 > 0.0)
            breakLine();
        const auto [sx, sy] = at(span.t0);
        add(sx, sy);
        const auto [ex, ey] = at(span.t1);
        add(ex, ey);
    }
    points = std::move(out);
}
