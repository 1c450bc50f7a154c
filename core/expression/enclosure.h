// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "expressiontree.h"

#include <limits>

namespace Expression {

/**
 * Interval arithmetic: every value a subexpression takes for x in a box [lo, hi] lies in its
 * Enclosure. Used to prove that a switching function has no zero in a box, or exactly one (when
 * the enclosure of its derivative excludes 0), so that breakpoints are found from the formula
 * and none is missed, whatever the width of the view.
 *
 * Results are rounded outwards: by one ulp after +, −, ×, ÷ and sqrt (which IEEE rounds
 * correctly) and by four ulps after the other functions (glibc documents at most 2 to 3 ulps of
 * error for them on x86-64). Boost.Interval is not used: it has none of the non-smooth
 * primitives (relu, max, floor, comparisons) nor erf, sigmoid and softplus, and its transcendental
 * functions assume a correctly rounded libm or switch the FPU's rounding mode per call.
 */
struct Enclosure
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    /** Some x in the box gives no real value (sqrt of a negative, 0/0): the bounds cover the rest.
     */
    bool partial = false;

    static Enclosure point(double v);
    static Enclosure of(double lo, double hi);
    static Enclosure whole();
    static Enclosure undefined();

    bool isEmpty() const { return !(lo <= hi); }
    bool contains(double v) const { return lo <= v && v <= hi; }
    bool excludesZero() const { return isEmpty() || lo > 0.0 || hi < 0.0; }
    bool isZero() const { return lo == 0.0 && hi == 0.0 && !partial; }
};

/** An enclosure of a function's values and one of its derivative over the same box. */
struct SlopeEnclosure
{
    Enclosure value;
    Enclosure slope;
};

/** Encloses the node `op` given its arguments' enclosures. */
SlopeEnclosure enclose(Op op, const SlopeEnclosure &a, const SlopeEnclosure &b,
                       const SlopeEnclosure &c, bool exponentIsConstant);

/** Hull of two enclosures. */
Enclosure hull(const Enclosure &a, const Enclosure &b);

} // namespace Expression
