// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "activation.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

/** Which difference quotient the secant overlay shows. */
enum class SecantMode {
    Off,
    Forward, ///< (f(x+h) - f(x)) / h: the secant through x and x + h; one-sided for h > 0 or h < 0
    Central, ///< (f(x+h) - f(x-h)) / 2h: the secant through x - h and x + h
    BothSides, ///< q(−|h|) and q(+|h|): a secant to each side of x, for the one-sided limits
};

/**
 * Difference quotients: the slopes of secant lines, whose limits as h -> 0 define derivatives.
 *
 * At x = 0 for ReLU the forward quotient is 1 for every h > 0 and 0 for every h < 0: the two
 * one-sided limits differ, so the derivative does not exist. The central quotient is 1/2 for
 * every h; it converges to the average of the one-sided derivatives, which is not a derivative
 * at a kink. That is why tools that differentiate numerically with central differences report
 * 0.5 there.
 */
class DifferenceQuotient
{
    Q_DECLARE_TR_FUNCTIONS(DifferenceQuotient)

public:
    /** One row of the shrinking table: h > 0 and the quotients from both sides of x. */
    struct Row
    {
        double h = 0;
        double left = 0; ///< q(−h) = (f(x−h) − f(x)) / (−h), the slope of the left secant
        double right = 0; ///< q(+h) = (f(x+h) − f(x)) / h, the slope of the right secant
        double central = 0; ///< (f(x+h) − f(x−h)) / 2h
    };

    static double forward(const Activation &f, double x, double h);
    static double central(const Activation &f, double x, double h);
    /**
     * The quotients at x for h = first, first/2, first/4, ... (`count` rows, first > 0): what the
     * limit from each side is made of. NaN where f is undefined at x, x − h or x + h.
     */
    static std::vector<Row> shrinking(const Activation &f, double x, double first, int count);
    /**
     * The rows the secant's h has passed through when it was halved from at most 1:
     * h = |h|·2ⁿ, ..., 2|h|, |h|, where |h|·2ⁿ ≤ 1 < |h|·2ⁿ⁺¹ (one row if |h| > 1). Halving h
     * adds a row; the values dock shows them. Empty for h = 0 or non-finite h.
     */
    static std::vector<Row> halvedTo(const Activation &f, double x, double h);
    /** The table as CSV, as --quotients prints it: "h,q_left,q_right,central", nan where undefined.
     */
    static QString csv(const std::vector<Row> &rows);
    /** The row for one h > 0, given fx = f(x); NaN where f is undefined at a point it needs. */
    static Row at(const Activation &f, double x, double fx, double h);
    /** The command line's table: h = 1, 1/2, ..., 2⁻³⁰. */
    static constexpr int tableRows = 31;
    /** The quotient for `mode`; NaN for SecantMode::Off and BothSides (two quotients). */
    static double of(SecantMode mode, const Activation &f, double x, double h);

    /** The key used on the command line and in files: off, forward, central, both. */
    static QString key(SecantMode mode);
    static std::optional<SecantMode> fromKey(const QString &key);
    /** The formula as the readout writes it: "(f(x+h) − f(x)) / h". */
    static QString formula(SecantMode mode);
};
