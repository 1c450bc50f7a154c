// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "derivativeconvention.h"
#include "interval.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <limits>
#include <optional>
#include <vector>

/** What kind of point a breakpoint is; see Breakpoint. */
enum class BreakpointKind {
    Kink, ///< f continuous, f′₋ and f′₊ finite and different: ReLU at 0
    Jump, ///< the one-sided limits of f differ: sign(x) at 0
    Removable, ///< the one-sided limits agree, f(c) is undefined or different: sin(x)/x at 0
    Cusp, ///< f continuous, a one-sided derivative infinite: √|x| and ∛x at 0
    Oscillation, ///< no limit on a side: sin(1/x), or x·sin(1/x)'s difference quotient, at 0
    Pole, ///< f runs off to ±∞: 1/x at 0
    Edge, ///< f is undefined on one side: √x at 0
    Unknown, ///< the formula's expansions cannot tell which
};

/** What each framework's autograd returns at a point: NaN where it has no such function. */
struct AutogradValues
{
    std::array<double, FrameworkNames::count> values { 0.0,
                                                       std::numeric_limits<double>::quiet_NaN(),
                                                       std::numeric_limits<double>::quiet_NaN(),
                                                       std::numeric_limits<double>::quiet_NaN() };
    double operator[](Framework framework) const { return values[std::size_t(framework)]; }
    double &operator[](Framework framework) { return values[std::size_t(framework)]; }
};

/**
 * A point c where f is not differentiable, with what happens on either side. A kink is the
 * lesson's case: f is continuous, but the slope from the left, f′₋(c), and from the right,
 * f′₊(c), differ, so f′(c) does not exist and programs pick a value by a convention
 * (DerivativeConvention); `autograd` records what each framework's autograd returns.
 *
 * Every number is a limit taken from the formula, never from samples. A number that does not
 * exist is NaN, and `kind` says why: at a jump the one-sided derivative on the side whose limit
 * differs from f(c) is ±∞; at an edge, one side has no values at all.
 */
struct Breakpoint
{
    Q_DECLARE_TR_FUNCTIONS(Breakpoint)

public:
    static constexpr double none = std::numeric_limits<double>::quiet_NaN();

    double x = 0.0;
    BreakpointKind kind = BreakpointKind::Kink;
    double value = none; ///< f(c); NaN where f is undefined at c
    double valueLeft = none; ///< lim f(x) as x → c⁻: ±inf at a pole, NaN where there is none
    double valueRight = none; ///< lim f(x) as x → c⁺
    double left = 0.0; ///< f′₋(c) = lim h→0⁻ (f(c+h) − f(c)) / h; ±inf, or NaN
    double right = 0.0; ///< f′₊(c) = lim h→0⁺ (f(c+h) − f(c)) / h
    double slopeLeft = none; ///< lim f′(x) as x → c⁻: the slope of the branch on the left
    double slopeRight = none; ///< lim f′(x) as x → c⁺
    AutogradValues autograd; ///< what each framework's autograd returns at c

    bool isKink() const { return kind == BreakpointKind::Kink; }
    /** True where f is undefined on the left, or the right, of c. */
    bool undefinedLeft() const { return kind == BreakpointKind::Edge && std::isnan(valueLeft); }
    bool undefinedRight() const { return kind == BreakpointKind::Edge && std::isnan(valueRight); }

    /**
     * The value the convention reports as f′(c): a framework's (its autograd's, NaN where it has
     * no such function), the left or the right derivative, their average where both are finite;
     * NaN for Undefined.
     */
    double derivative(DerivativeConvention convention) const;

    /**
     * The slopes between the one-sided derivatives, [min(left, right), max(left, right)]: the
     * Clarke gradient, and the subdifferential only where f is convex everywhere. Where the
     * pieces beside c are lines, the lines through (c, f(c)) with these slopes stay on one side
     * of the graph near c: below at a convex kink, above at a concave one (beside a curved piece
     * the outer line is its tangent, which may cross it).
     */
    Interval slopeRange() const;

    /**
     * True when left < right: the graph bends upward here, as ReLU does at 0. Only where f is
     * convex on the whole line is slopeRange() its subdifferential
     * (Activation::isConvexEverywhere): relu6 bends upward at 0, yet its subdifferential there is
     * {0}.
     */
    bool isConvex() const { return left < right; }

    /**
     * The legend's entry for the point's dot: "f′(0) undefined, set to 0", "jump at 0"; with
     * `namingFramework`, as the readout says it: "f′(0) undefined, set to 0 (PyTorch)". Where a
     * framework has no value, `gap` says why ("TensorFlow has no hardtanh").
     */
    QString legendLabel(DerivativeConvention convention, const QString &gap = {},
                        bool namingFramework = false) const;

    /** "f′(0)", the derivative's symbol at this point. */
    QString derivativeSymbol() const;

    /** The kind in a few words for a reader: "kink", "jump", "vertical tangent", ... */
    QString kindName() const;
    /** The command line's name of the kind: kink, jump, removable, cusp, oscillation, pole, edge,
     * unknown. */
    static QString kindKey(BreakpointKind kind);

    /**
     * A count by kind for a reader: "2 kinks, 1 jump", "no breakpoints"; "more than 10000
     * breakpoints" when the list is not `complete`.
     */
    static QString summary(const std::vector<Breakpoint> &breakpoints, bool complete);

    /** The status line's sentence for a probe on this point: why f′ is, or is not, a number. */
    QString explanation() const;
};

/** Kept for the lesson's language: a kink is a breakpoint whose kind is Kink. */
using Kink = Breakpoint;
