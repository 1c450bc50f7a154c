// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

/**
 * The signed, log-scaled slider for the secant's h. Positions run from -positions to
 * +positions: the right half is h > 0, the left half h < 0, and |h| grows geometrically from
 * SessionLimits::minSecantH next to the middle to maxSecantH at either end, so every decade gets
 * the same share of the slider.
 */
class SecantHScale
{
public:
    static constexpr int positions = 600;

    static double toH(int position);
    /** The nearest position; |h| outside [minSecantH, maxSecantH] lands on an end. */
    static int toPosition(double h);
};
