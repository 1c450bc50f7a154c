// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "interval.h"

#include <QString>

#include <limits>

/**
 * The part of a function between two neighbouring breakpoints (kinks, or places where its formula
 * changes), where it is differentiable. A linear piece is drawn exactly from its two ends, never
 * from samples, so the corner at a kink stays sharp and no interpolated value appears there.
 */
struct Piece
{
    Interval domain; ///< open at its ends; ends may be infinite
    bool linear = false; ///< f(x) = slope * x + intercept on the whole domain
    double slope = 0.0;
    double intercept = 0.0;
    QString derivativeLabel; ///< the legend's text: "f′(x) = 1", or a formula
    /** The limits of f′ at the ends from inside the piece; NaN at an infinite end. */
    double slopeAtLower = std::numeric_limits<double>::quiet_NaN();
    double slopeAtUpper = std::numeric_limits<double>::quiet_NaN();
    /**
     * The limits of f at the ends from inside the piece: where f jumps, the end of the curve is
     * here, not f at the breakpoint. ±inf at a pole, NaN at an infinite end or where unknown.
     */
    double valueAtLower = std::numeric_limits<double>::quiet_NaN();
    double valueAtUpper = std::numeric_limits<double>::quiet_NaN();

    double lineValue(double x) const { return slope * x + intercept; }
};
