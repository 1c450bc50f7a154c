// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "activation.h"
#include "interval.h"
#include "polyline.h"

/**
 * Turns a function into points to draw across a view. The cost depends on the pixels, never on
 * how wide the view is: a linear piece takes its two end points, any other piece about two
 * sample per pixel. Pieces end exactly at their kinks, so the corner is drawn at the kink and
 * no point is interpolated across it.
 */
class Sampler
{
public:
    /** Samples per pixel on curved pieces: a polyline that fine is a smooth curve on screen. */
    static constexpr double samplesPerPixel = 1.0;

    /**
     * Fills `out` with the points of `piece` inside `view`, for a plot `pixels` wide covering
     * `view`. `out` is left empty when the piece lies outside the view. Where f is not finite the
     * y value is NaN, which leaves a gap in the drawn line.
     */
    static void samplePiece(const Activation &activation, const Piece &piece, Interval view,
                            int pixels, Polyline &out);

    /**
     * The same for f′ on the piece. At an end that is a breakpoint, the value is the limit of f′
     * from inside the piece (the slope of its branch there), not the convention's value: the
     * panel shows the limits, and the convention separately.
     */
    static void sampleDerivative(const Activation &activation, const Piece &piece, Interval view,
                                 int pixels, Polyline &out);

    /**
     * Cuts a polyline to the horizontal band `yBand`: segments are shortened to where they cross
     * it, and parts wholly outside become gaps (NaN). What is inside the band is unchanged. A
     * plot passes its y range with a generous margin: drawing a line whose far end lies 1e12
     * pixels away costs a rasteriser seconds, and shows nothing more.
     */
    static void clipToBand(Polyline &points, Interval yBand);
};
