// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "activation.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

/**
 * The notebook's table: x values on an evenly spaced grid, with f(x), f'(x), the one-sided
 * derivatives and the kind of point at each.
 */
class ValueTable
{
    Q_DECLARE_TR_FUNCTIONS(ValueTable)

public:
    /** More rows than this is a mistake, not a table. */
    static constexpr double maxRows = 10'000'000;

    struct Row
    {
        double x;
        double f;
        double df; ///< f'(x), with the convention's value at a kink
        double dfLeft; ///< f'-(x)
        double dfRight; ///< f'+(x)
        /**
         * What kind of point x is: "smooth", a breakpoint's kind ("kink", "jump", "removable",
         * "cusp", "oscillation", "pole", "edge", "unknown"), "undefined" where f has no value
         * at x and around it (or x itself is ±inf or NaN), or "overflow" where double precision
         * could not compute f or f′ there (an intermediate result overflowed), so the ±∞ printed is
         * no value of f.
         */
        QString kind;
    };

    /** Why a grid was refused, in words of values, and which value is at fault. */
    struct GridError
    {
        enum class Culprit {
            Range, ///< the start or the end
            Step,
        };
        Culprit culprit = Culprit::Range;
        QString message;
    };

    /**
     * x = from, from + step, ... up to and including `to` (within rounding, in which case the
     * last value is exactly `to`). from = -4, to = 4, step = 1 gives numpy's arange(-4, 5, 1).
     * Returns nothing and sets `error` for non-finite input, from > to, step <= 0 or too many
     * rows.
     */
    static std::optional<std::vector<double>> grid(double from, double to, double step,
                                                   GridError *error);
    /** "the start (5) is greater than the end (1)", or empty where from <= to. */
    static QString reversedRange(double from, double to);

    static Row row(const Activation &activation, double x, DerivativeConvention convention);
};
