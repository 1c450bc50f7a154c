// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kink.h"

#include "numberformat.h"

#include <cmath>
#include <limits>

double Kink::derivative(DerivativeConvention convention) const
{
    switch (convention) {
    case DerivativeConvention::Framework: return framework;
    case DerivativeConvention::Left: return left;
    case DerivativeConvention::Right: return right;
    case DerivativeConvention::Average: return 0.5 * (left + right);
    case DerivativeConvention::Undefined: return std::numeric_limits<double>::quiet_NaN();
    }
    return std::numeric_limits<double>::quiet_NaN();
}

Interval Kink::slopeRange() const
{
    return { std::min(left, right), std::max(left, right) };
}

std::optional<Interval> Kink::subgradient() const
{
    if (!isConvex())
        return std::nullopt;
    return Interval { left, right };
}

QString Kink::derivativeSymbol() const
{
    return tr("f′(%1)").arg(NumberFormat::compact(x));
}

QString Kink::legendLabel(DerivativeConvention convention) const
{
    const QString symbol = derivativeSymbol();
    const QString value = NumberFormat::compact(derivative(convention));
    switch (convention) {
    case DerivativeConvention::Framework:
        if (numerical)
            return tr("%1 undefined, set to %2 (numerical)").arg(symbol, value);
        return tr("%1 undefined, set to %2").arg(symbol, value);
    case DerivativeConvention::Left:
        return tr("%1 undefined, set to %2 (left side)").arg(symbol, value);
    case DerivativeConvention::Right:
        return tr("%1 undefined, set to %2 (right side)").arg(symbol, value);
    case DerivativeConvention::Average:
        return tr("%1 undefined, set to %2 (average)").arg(symbol, value);
    case DerivativeConvention::Undefined: break;
    }
    return tr("%1 undefined").arg(symbol);
}
