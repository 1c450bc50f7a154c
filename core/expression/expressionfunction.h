// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "enclosure.h"
#include "evaluator.h"
#include "expressiontree.h"
#include "germ.h"

#include <chrono>
#include <cstdint>
#include <vector>

namespace Expression {

/** What f does at a point c, found from the formula on both sides. */
enum class PointKind : std::uint8_t {
    Smooth, ///< f is differentiable at c
    Kink, ///< f continuous, both one-sided derivatives finite and different
    Jump, ///< the one-sided limits of f exist and differ
    Removable, ///< the one-sided limits agree, and f(c) is undefined or different
    Cusp, ///< f continuous, a one-sided derivative infinite (a cusp or a vertical tangent)
    Oscillation, ///< f, or its difference quotient, oscillates without a limit on a side
    Pole, ///< f runs off to ±∞ on a side
    Edge, ///< f is undefined on one side: the end of its domain
    Unknown, ///< the one-sided expansions cannot tell
    None, ///< f is undefined on both sides and at c: not a point of the graph
};

/** The facts at one point, each a limit from the formula (never a sample). */
struct PointAnalysis
{
    double x = 0.0;
    PointKind kind = PointKind::Smooth;
    double value = 0.0; ///< f(c) as evaluated at c; NaN where undefined
    GermLimit limitLeft, limitRight; ///< lim f(x) as x → c⁻, c⁺
    /** The one-sided derivatives: limits of (f(c+h) − f(c))/h as h → 0⁻, 0⁺ (±∞ at a jump). */
    GermLimit derivativeLeft, derivativeRight;
    /** The limits of f′ from each side: the slopes of the branches that meet at c. */
    GermLimit slopeLeft, slopeRight;
};

/** A switching function of a branching node: its zeros are where the node may change branch. */
struct Switch
{
    enum class Kind : std::uint8_t {
        Argument, ///< abs(u), relu(u), sign(u), sqrt(u), u ? a : b ...: u
        SecondArgument, ///< a / u, atan2(y, u), a && u
        Difference, ///< max(a, b), a < b: a − b
        DifferenceThird, ///< clamp(u, lo, hi): u − hi
        MinusOne, ///< asin(u), acosh(u): u − 1
        PlusOne, ///< asin(u): u + 1
        CosineOfArgument, ///< tan(u): cos(u)
        IntegerCrossing, ///< floor(u), ceil(u): u − k for every integer k
        HalfIntegerCrossing, ///< rint(u) = floor(u + 0.5)
    };
    int node = -1;
    Kind kind = Kind::Argument;
    int index = 0; ///< 0 or 1: which of the node's switching functions
    /**
     * At a switch point: the function touches its switch without crossing it (sin(x) + 1 at
     * 3π/2), so its slope there is 0 too, and the point is where that slope vanishes.
     */
    bool touching = false;
};

/** A point where some switching function is zero, with the functions that are. */
struct SwitchPoint
{
    double x = 0.0;
    std::vector<Switch> owners;
};

/**
 * A user's f(x) with calculus on its tree: exact values and forward-mode derivatives, every
 * switching point in a range found by interval root isolation, and each classified from its
 * one-sided expansions. Not thread-safe (it keeps scratch space).
 */
class ExpressionFunction
{
public:
    explicit ExpressionFunction(Tree tree);
    ExpressionFunction(const ExpressionFunction &) = delete;
    ExpressionFunction &operator=(const ExpressionFunction &) = delete;

    const Tree &tree() const { return m_tree; }
    Evaluator &evaluator() { return m_evaluator; }
    const Evaluator &evaluator() const { return m_evaluator; }

    double value(double x) const { return m_evaluator.value(x); }

    /** The switching functions of every node that depends on x, in post-order. */
    const std::vector<Switch> &switches() const { return m_switches; }

    struct Search
    {
        std::vector<SwitchPoint> points; ///< sorted by x
        bool complete = true; ///< false when `limit` points or the work budget ran out
        /**
         * A switching function stayed within rounding of its switch at many points
         * (sin² + cos² == 1): where it really switches, double precision cannot tell.
         */
        bool noisy = false;
        bool timedOut = false; ///< the search ran past its deadline and stopped
    };
    /** Every zero of every switching function in [from, to], located to the last bit. */
    Search switchPoints(double from, double to, std::size_t limit,
                        std::chrono::steady_clock::time_point deadline
                        = std::chrono::steady_clock::time_point::max()) const;

    /**
     * f at the exact point where the owners' switching functions are zero (c may be a double
     * next to it); NaN where f is undefined there, though IEEE arithmetic at c gives a number.
     */
    double valueAt(double c, const std::vector<Switch> &owners) const;

    /**
     * Interval enclosures of f(x) and f′(x) for the exact real value of the formula at the
     * double x: how far a double evaluation may be off where the formula itself cancels.
     */
    SlopeEnclosure enclosureAt(double x) const;

    /** The switching functions that are exactly at their switch at x. */
    std::vector<Switch> ownersAt(double x) const;

    /** Classifies c, whose switching owners are given (empty for an arbitrary point). */
    PointAnalysis analyse(double c, const std::vector<Switch> &owners) const;

    /** The one-sided germ of f at c (side −1 or +1), for tests and the derivative's words. */
    Germ germ(double c, int side, const std::vector<Switch> &owners) const;

    /**
     * Whether f is a straight line on the open interval around `inside` where no switching
     * function changes sign: decided from the tree (degree at most 1 under the branches taken
     * there), not from samples.
     */
    bool isLinearAt(double inside) const;

private:
    double switchValue(const Switch &s, double x) const;
    /** Encloses node i over x in [lo, hi], from its arguments' enclosures. */
    void encloseNode(int i, double lo, double hi) const;
    SlopeEnclosure switchEnclosure(const Switch &s, double lo, double hi) const;
    void isolate(const Switch &s, double lo, double hi, std::vector<SwitchPoint> &out,
                 std::size_t limit, long &budget, bool &noisy) const;
    mutable std::chrono::steady_clock::time_point m_deadline
        = std::chrono::steady_clock::time_point::max();
    mutable bool m_timedOut = false;
    double locate(const Switch &s, double lo, double hi, double offset) const;
    void mergePlateaus(const Switch &s, std::vector<SwitchPoint> &points) const;
    /** d/dx of the switching function, in forward mode. */
    double switchSlope(const Switch &s, double x) const;
    bool hasSignNear(const Switch &s, double c) const;
    /** Germs of nodes 0..last into m_germs; returns node last's. */
    Germ germ(double c, int side, const std::vector<Switch> &owners, int last) const;

    Tree m_tree;
    Evaluator m_evaluator;
    std::vector<Switch> m_switches;
    mutable std::vector<SlopeEnclosure> m_enclosures;
    mutable std::vector<Germ> m_germs;
};

} // namespace Expression
