// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "derivativeconvention.h"
#include "interval.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/**
 * A point c where a function is continuous but its one-sided derivatives differ, so f'(c) does
 * not exist: ReLU at 0, relu6 at 0 and 6, hardtanh at its bounds.
 *
 * Mathematically f'(c) is undefined. Programs still return a number there, chosen by a
 * convention (see DerivativeConvention); `framework` records what PyTorch's autograd returns.
 */
struct Kink
{
    Q_DECLARE_TR_FUNCTIONS(Kink)

public:
    double x = 0.0;
    double left = 0.0; ///< f'-(x) = lim h->0- (f(x+h) - f(x)) / h
    double right = 0.0; ///< f'+(x) = lim h->0+ (f(x+h) - f(x)) / h
    double framework = 0.0; ///< what PyTorch's autograd returns at x
    /** Found numerically in a user's expression: "framework" then means numerical differentiation.
     */
    bool numerical = false;

    /** The value the convention reports as f'(x); NaN for DerivativeConvention::Undefined. */
    double derivative(DerivativeConvention convention) const;

    /**
     * The slopes of the lines through (x, f(x)) that stay on one side of the graph nearby:
     * [min(left, right), max(left, right)]. At a convex kink (left <= right) these lines lie
     * below the graph and the interval is the subgradient set; at a concave kink they lie above.
     */
    Interval slopeRange() const;

    /** True when left < right: the graph bends upward, as ReLU does at 0. */
    bool isConvex() const { return left < right; }

    /** The subdifferential [left, right] where the kink is convex; nothing otherwise. */
    std::optional<Interval> subgradient() const;

    /** The legend's entry for the kink's dot: "f′(0) undefined, set to 0". */
    QString legendLabel(DerivativeConvention convention) const;

    /** "f′(0)", the derivative's symbol at this kink. */
    QString derivativeSymbol() const;
};
