// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "valuetable.h"

#include "failure.h"
#include "numberformat.h"

#include <cmath>

QString ValueTable::reversedRange(double from, double to)
{
    if (!(from > to))
        return {};
    return tr("the start (%1) is greater than the end (%2)")
        .arg(NumberFormat::roundTrip(from), NumberFormat::roundTrip(to));
}

std::optional<std::vector<double>> ValueTable::grid(double from, double to, double step,
                                                    GridError *error)
{
    using Culprit = GridError::Culprit;
    const Failure<std::nullopt_t, GridError> fail(error);
    if (!std::isfinite(step))
        return fail({ Culprit::Step, tr("the step must be a finite number") });
    if (!std::isfinite(from) || !std::isfinite(to))
        return fail({ Culprit::Range, tr("the start and the end must be finite numbers") });
    if (from > to)
        return fail({ Culprit::Range, reversedRange(from, to) });
    if (!(step > 0.0))
        return fail(
            { Culprit::Step,
              tr("the step (%1) must be greater than 0").arg(NumberFormat::roundTrip(step)) });

    const double span = (to - from) / step;
    // Forgive rounding: from 0 to 0.3 in steps of 0.1 has 4 rows, though 0.3 / 0.1 < 3.
    const double tolerance = 1e-9 * std::max(1.0, span);
    const double steps = std::floor(span + tolerance);
    if (!std::isfinite(steps) || steps + 1.0 > maxRows)
        return fail({ Culprit::Step,
                      tr("the table would have more than %1 rows; use a larger step")
                          .arg(QStringLiteral("10,000,000")) });

    const auto count = static_cast<std::size_t>(steps) + 1;
    std::vector<double> xs(count);
    for (std::size_t i = 0; i < count; ++i)
        xs[i] = from + double(i) * step;
    if (std::abs(xs.back() - to) <= tolerance * step)
        xs.back() = to;
    // A step finer than the doubles there (1 at 1e16, where they are 2 apart) would list one x
    // several times.
    for (std::size_t i = 1; i < count; ++i) {
        if (!(xs[i] > xs[i - 1]))
            return fail(
                { Culprit::Step,
                  tr("the step (%1) is finer than the numbers near %2 can be told apart")
                      .arg(NumberFormat::roundTrip(step), NumberFormat::roundTrip(xs[i])) });
    }
    return xs;
}

ValueTable::Row ValueTable::row(const Activation &activation, double x,
                                DerivativeConvention convention)
{
    Row row { x,
              activation.value(x),
              activation.derivative(x, convention),
              activation.leftDerivative(x),
              activation.rightDerivative(x),
              QString() };
    // ±inf and NaN are no points of the line.
    const Breakpoint *b = std::isfinite(x) ? activation.breakpointAt(x) : nullptr;
    if (b) {
        row.kind = Breakpoint::kindKey(b->kind);
        row.f = b->value; // f at the exact point: undefined where a primitive is, as 1/x at 0
    } else if (!std::isfinite(x) || std::isnan(row.f)) {
        row.kind = QStringLiteral("undefined");
    } else if (std::isinf(row.f) || std::isinf(row.df)) {
        // f is finite at every point that is no breakpoint: ±∞ here is an intermediate result
        // that overflowed (or underflowed into a log) in double precision, not f's value.
        row.kind = QStringLiteral("overflow");
    } else {
        row.kind = QStringLiteral("smooth");
    }
    return row;
}
