#pragma once

#include "interval.h"

#include <QString>

/**
 * The part of a function between two neighbouring kinks (or a kink and -inf/+inf), where it is
 * differentiable. A linear piece is drawn exactly from its two ends, never from samples, so the
 * corner at a kink stays sharp and no interpolated value appears there.
 */
struct Piece
{
    Interval domain;         ///< open at its kinks; ends may be infinite
    bool linear = false;     ///< f(x) = slope * x + intercept on the whole domain
    double slope = 0.0;
    double intercept = 0.0;
    QString derivativeLabel; ///< the legend's text: "f′(x) = 1", or a formula

    double lineValue(double x) const { return slope * x + intercept; }
};
