#include "sampler.h"

#include <algorithm>
#include <cmath>
#include <limits>

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
void sampleSpan(const Piece &piece, Interval view, int pixels, bool linear, Polyline &out, Visit visit)
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
    const int count = std::max(
        2, int(std::ceil(share * std::max(pixels, 1) * Sampler::samplesPerPixel)) + 1);
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
    sampleSpan(piece, view, pixels, piece.linear, out, [&](double x, bool, bool) {
        out.append(x, finiteOrGap(piece.linear ? piece.lineValue(x) : activation.value(x)));
    });
}

void Sampler::sampleDerivative(const Activation &activation, const Piece &piece, Interval view,
                               int pixels, Polyline &out)
{
    sampleSpan(piece, view, pixels, piece.linear, out, [&](double x, bool lowerEnd, bool upperEnd) {
        double slope = 0.0;
        if (piece.linear)
            slope = piece.slope;
        else if (lowerEnd && x == piece.domain.lower)
            slope = activation.rightDerivative(x);
        else if (upperEnd && x == piece.domain.upper)
            slope = activation.leftDerivative(x);
        else
            slope = activation.derivative(x);
        out.append(x, finiteOrGap(slope));
    });
}
