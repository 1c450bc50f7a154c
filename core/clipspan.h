// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <algorithm>

/**
 * The Liang–Barsky step shared by the curve clipping (Sampler::clipToBand) and the overlays'
 * repaint regions (PlotView): the span [t0, t1] of a segment's parameter, a + t·d, that stays
 * inside every boundary kept so far.
 */
struct ClipSpan
{
    double t0;
    double t1;

    /** Keeps the part where p·t ≤ q (one boundary); false once nothing is left. */
    bool keep(double p, double q)
    {
        if (p == 0.0)
            return q >= 0.0; // parallel to the boundary: wholly inside or wholly outside
        const double r = q / p;
        if (p < 0.0)
            t0 = std::max(t0, r);
        else
            t1 = std::min(t1, r);
        return t0 <= t1;
    }
};
