// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "expressiontree.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace Expression {

/** a·τ^exponent, with a bound on the rounding error of a. */
struct GermTerm
{
    double exponent = 0.0;
    double coefficient = 0.0;
    double error = 0.0;
};

/**
 * What a subexpression does on one side of a point c: its one-sided expansion in τ = |x − c|,
 * as τ → 0⁺, with x = c + side·τ. Such "germs" are how a breakpoint is classified exactly, from
 * the formula: the limits of f on each side, its one-sided derivatives, and whether f jumps,
 * bends, oscillates or runs off to infinity there.
 *
 * An Expansion is a sum of terms a·τ^e (e any real: ½ for √τ, −1 for a pole) that is exact below
 * τ^order; the rest is O(τ^order), and `wild` says that the rest may oscillate (x·sin(1/x) is
 * O(τ) and wild). An Infinite germ grows faster or slower than every power (e^(1/τ), ln τ).
 * Undefined means f has no real value on that side; Unknown that this arithmetic cannot tell,
 * and the app then says so instead of guessing.
 */
struct Germ
{
    enum class Kind : std::uint8_t {
        Expansion,
        Infinite,
        Undefined,
        Unknown,
    };

    Kind kind = Kind::Expansion;
    std::vector<GermTerm> terms; ///< ascending exponents, no negligible coefficient
    double order = std::numeric_limits<double>::infinity();
    bool wild = false;
    /** The rest tends to 0 although `order` is 0 (like 1/ln τ): the limit is still known. */
    bool vanishing = false;
    int sign = 0; ///< Infinite: +1 or −1
    bool logarithmic = false; ///< Infinite: like ln τ, slower than any power

    static Germ constant(double value);
    static Germ variable(double c, int side);
    static Germ undefined();
    static Germ unknown();
    static Germ infinite(int sign, bool logarithmic);

    bool isExpansion() const { return kind == Kind::Expansion; }
    /** Exactly 0 on this side, to every order. */
    bool isExactZero() const
    {
        return isExpansion() && terms.empty() && order == std::numeric_limits<double>::infinity()
            && !wild;
    }
    /** The coefficient of τ^0, 0 when there is none. */
    double constantTerm() const;
    double constantError() const;
    /** Without its τ^0 term: what the switching function is at its exact zero. */
    Germ withoutConstant() const;
};

/** What a germ says of the limit as τ → 0⁺. */
struct GermLimit
{
    enum class Kind : std::uint8_t {
        Finite,
        PlusInfinity,
        MinusInfinity,
        Oscillates, ///< no limit: the values keep oscillating
        Undefined, ///< no real values on this side
        Unknown,
    };
    Kind kind = Kind::Unknown;
    double value = 0.0;
    double error = 0.0;
};

GermLimit limitOf(const Germ &g);
/**
 * The limit of the difference quotient (g(τ) − value)/(side·τ): the one-sided derivative when f
 * at the point is `value` (the germ's own limit for a continuous f).
 */
GermLimit quotientLimitOf(const Germ &g, int side);
/** The limit of g′ from this side: the slope of the branch that holds there. */
GermLimit slopeLimitOf(const Germ &g, int side);

Germ add(const Germ &a, const Germ &b);
Germ negate(const Germ &a);
Germ subtract(const Germ &a, const Germ &b);
Germ multiply(const Germ &a, const Germ &b);
/** a^p for a constant p; p = −1 is the reciprocal, ½ the square root. */
Germ power(const Germ &a, double p);
Germ divide(const Germ &a, const Germ &b);
/** A smooth one-argument primitive (exp, sin, log, erf, ...) applied to a, singular points
 * included. */
Germ compose(Op op, const Germ &a);
/** atan2(y, x) and x^y with y varying. */
Germ compose2(Op op, const Germ &a, const Germ &b);

/** The sign of a germ near 0: +1, −1, 0 (exactly zero), or nothing when it cannot be told. */
bool signOf(const Germ &g, int *sign);

} // namespace Expression
