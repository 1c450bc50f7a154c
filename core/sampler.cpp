#include "sampler.h"

#include <algorithm>
#include <cmath>
#include <limits>

void Sampler::samplePiece(const Activation &activation, const Piece &piece, Interval view,
                          int pixels, Polyline &out)
{
    out.clear();
    const Interval span = piece.domain.intersected(view);
    if (span.isEmpty() || !std::isfinite(span.lower) || !std::isfinite(span.upper))
        return;

    auto finiteOrGap = [](double y) {
        return std::isfinite(y) ? y : std::numeric_limits<double>::quiet_NaN();
    };
    if (piece.linear) {
        out.append(span.lower, finiteOrGap(piece.lineValue(span.lower)));
        out.append(span.upper, finiteOrGap(piece.lineValue(span.upper)));
        return;
    }

    const double viewWidth = view.width();
    const double share = viewWidth > 0.0 ? span.width() / viewWidth : 1.0;
    const int count = std::max(2, int(std::ceil(share * std::max(pixels, 1) * samplesPerPixel)) + 1);
    out.x.reserve(std::size_t(count));
    out.y.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        // The last point is exactly the end of the span, not start + (count-1) * step.
        const double x = i + 1 == count ? span.upper
                                        : span.lower + span.width() * (double(i) / (count - 1));
        out.append(x, finiteOrGap(activation.value(x)));
    }
}
