// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "breakpoint.h"
#include "derivativeconvention.h"
#include "interval.h"
#include "piece.h"

#include <QString>

#include <optional>
#include <vector>

/**
 * An activation function f: R -> R as the lesson sees it: exact values and derivatives, the
 * breakpoints where the derivative does not exist (kinks, jumps, poles, ...), and the pieces
 * between them.
 *
 * derivative(x) is exact wherever f is differentiable. At a kink it returns the value the chosen
 * DerivativeConvention assigns; by default that is what PyTorch's autograd computes there.
 */
class Activation
{
public:
    virtual ~Activation() = default;
    Activation(const Activation &) = delete;
    Activation &operator=(const Activation &) = delete;

    /** How far from 0 breakpoints() reaches for a user's expression: [−1000, 1000]. */
    static constexpr double analysisLimit = 1000.0;

    // getters:
    /** PyTorch's functional name, e.g. "relu"; "expression" for a user's f(x). */
    const QString &name() const { return m_name; }
    /** The definition for a reader, e.g. "max(0, x)". */
    const QString &formula() const { return m_formula; }
    /**
     * Every breakpoint, sorted by x: all of a built-in's, and a user expression's in
     * [−analysisLimit, analysisLimit]. breakpointsIn() reaches any range.
     */
    const std::vector<Breakpoint> &breakpoints() const { return m_breakpoints; }
    /** The kinks among breakpoints(). */
    const std::vector<Breakpoint> &kinks() const { return m_kinks; }
    /** False when breakpoints() had to stop before the end of its range (a list too long). */
    bool breakpointsComplete() const { return m_complete; }

    /** The breakpoints in `range`, sorted; for an expression found from its formula there. */
    virtual std::vector<Breakpoint> breakpointsIn(Interval range) const;
    /** False when `range` holds more breakpoints than breakpointsIn() lists. */
    virtual bool breakpointsCompleteIn(Interval range) const;
    /** Why breakpointsIn(range) is not complete, in one sentence; empty when it is. */
    virtual QString breakpointsCaveat(Interval range) const;
    /** Pieces that together cover `range` (and may reach beyond it), sorted. */
    virtual std::vector<Piece> piecesIn(Interval range) const;
    /** The pieces as far as breakpoints() reaches. */
    std::vector<Piece> pieces() const { return piecesIn({ -analysisLimit, analysisLimit }); }
    /** The piece whose open domain contains x; nothing at a piece boundary. */
    std::optional<Piece> pieceAt(double x) const;

    virtual double value(double x) const = 0;
    double derivative(double x,
                      DerivativeConvention convention = DerivativeConvention::PyTorch) const;
    /**
     * The one-sided derivative from the left at x, lim h→0⁻ (f(x+h) − f(x))/h: f′₋ at a
     * breakpoint (±∞ on a jump's far side, NaN where it does not exist), elsewhere f′(x).
     */
    double leftDerivative(double x) const;
    /** The one-sided derivative from the right; see leftDerivative. */
    double rightDerivative(double x) const;
    /**
     * What `framework`'s autograd returns at x, breakpoints included: for a built-in, its own
     * version of the function (NaN at a breakpoint where it has none: autogradGap() says why);
     * for an expression, its tree under the framework's rules for each primitive.
     */
    virtual double autogradDerivative(double x, Framework framework = Framework::PyTorch) const = 0;
    /**
     * True where f is known to be convex on the whole line (every piece a line, every breakpoint
     * a kink that bends up: relu, leaky_relu, abs); false where it is not, or is not known.
     */
    virtual bool isConvexEverywhere() const { return false; }
    /**
     * What else is true of `framework`'s value at x, measured: PyTorch's hardswish′(3) is 1.5
     * for one element and 1 in a vectorized tensor. Empty where nothing is known.
     */
    virtual QString autogradCaveat(double x, Framework framework) const;
    /** Why `framework` has no value at x ("TensorFlow has no hardtanh"); empty where it has. */
    virtual QString autogradGap(double x, Framework framework) const;

    /**
     * How to recreate this function: "relu", "leaky_relu:negative_slope=0.2", or an expression.
     * The command line's --function takes it back.
     */
    virtual QString specification() const { return m_name; }
    /** A short name for a legend: "gelu", "leaky_relu(negative_slope=0.2)", or the expression. */
    virtual QString title() const { return m_name; }
    /** True for a user's expression, false for a built-in function. */
    virtual bool isExpression() const { return false; }
    /**
     * True where some non-smooth part of the formula is exactly at its switch (relu at 0), so
     * that autograd's rule decides what it returns, even where f itself is smooth
     * (relu(x) − relu(−x) at 0).
     */
    virtual bool isAtSwitch(double x) const { return breakpointAt(x) != nullptr; }

    /** The breakpoint at exactly x, or nullptr; any x, also beyond breakpoints()' range. */
    virtual const Breakpoint *breakpointAt(double x) const;
    /** The kink at exactly x, or nullptr. */
    const Breakpoint *kinkAt(double x) const;

protected:
    Activation(QString name, QString formula, std::vector<Breakpoint> breakpoints,
               bool complete = true);
    /** f′(x) where x is no breakpoint. */
    virtual double smoothDerivative(double x) const = 0;

private:
    /** The kink at exactly x in kinks()' list, or nullptr: no search beyond it. */
    const Breakpoint *listedKink(double x) const;
    /**
     * The one lookup of a point for kinkAt, pieceAt and the derivatives: a kink kinks() lists,
     * else breakpointAt.
     */
    const Breakpoint *knownBreakpointAt(double x) const;
    QString m_name;
    QString m_formula;
    std::vector<Breakpoint> m_breakpoints;
    std::vector<Breakpoint> m_kinks;
    bool m_complete = true;
};
