// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <algorithm>
#include <cmath>

/**
 * A closed interval [lower, upper] on the real line. Either end may be infinite, so a piece of a
 * function that reaches to -inf or +inf is an Interval too.
 */
struct Interval
{
    double lower = 0.0;
    double upper = 0.0;

    double width() const { return upper - lower; }
    double center() const { return lower + 0.5 * (upper - lower); }
    bool contains(double x) const { return x >= lower && x <= upper; }
    /** True when both ends are finite and lower < upper. */
    bool isProperFinite() const
    {
        return std::isfinite(lower) && std::isfinite(upper) && lower < upper;
    }
    double clamp(double x) const { return std::min(std::max(x, lower), upper); }
    /** The common part of two intervals; empty (lower > upper) when they do not meet. */
    Interval intersected(const Interval &other) const
    {
        return { std::max(lower, other.lower), std::min(upper, other.upper) };
    }
    bool isEmpty() const { return !(lower <= upper); }

    friend bool operator==(const Interval &a, const Interval &b)
    {
        return a.lower == b.lower && a.upper == b.upper;
    }
    friend bool operator!=(const Interval &a, const Interval &b) { return !(a == b); }
};
