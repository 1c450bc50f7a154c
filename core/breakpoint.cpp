// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "breakpoint.h"

#include "numberformat.h"

#include <QStringList>

#include <cmath>

double Breakpoint::derivative(DerivativeConvention convention) const
{
    if (const auto framework = ConventionNames::framework(convention))
        return autograd[*framework];
    switch (convention) {
    case DerivativeConvention::Left: return left;
    case DerivativeConvention::Right: return right;
    case DerivativeConvention::Average:
        return std::isfinite(left) && std::isfinite(right) ? 0.5 * (left + right) : none;
    default: break;
    }
    return none;
}

Interval Breakpoint::slopeRange() const
{
    return { std::min(left, right), std::max(left, right) };
}

QString Breakpoint::derivativeSymbol() const
{
    return tr("f′(%1)").arg(NumberFormat::compact(x));
}

QString Breakpoint::kindKey(BreakpointKind kind)
{
    switch (kind) {
    case BreakpointKind::Kink: return QStringLiteral("kink");
    case BreakpointKind::Jump: return QStringLiteral("jump");
    case BreakpointKind::Removable: return QStringLiteral("removable");
    case BreakpointKind::Cusp: return QStringLiteral("cusp");
    case BreakpointKind::Oscillation: return QStringLiteral("oscillation");
    case BreakpointKind::Pole: return QStringLiteral("pole");
    case BreakpointKind::Edge: return QStringLiteral("edge");
    case BreakpointKind::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

QString Breakpoint::kindName() const
{
    switch (kind) {
    case BreakpointKind::Kink: return tr("kink");
    case BreakpointKind::Jump: return tr("jump");
    case BreakpointKind::Removable:
        return std::isnan(value) ? tr("hole") : tr("point off the curve");
    case BreakpointKind::Cusp:
        if (std::isinf(left) && std::isinf(right))
            return left == right ? tr("vertical tangent") : tr("cusp");
        return tr("vertical tangent on one side");
    case BreakpointKind::Oscillation: return tr("oscillation");
    case BreakpointKind::Pole: return tr("pole");
    case BreakpointKind::Edge: return tr("end of the domain");
    case BreakpointKind::Unknown: return tr("point of unknown kind");
    }
    return {};
}

QString Breakpoint::legendLabel(DerivativeConvention convention, const QString &gap,
                                bool namingFramework) const
{
    const QString symbol = derivativeSymbol();
    if (!isKink()) {
        // No convention applies: f′ is not a matter of choice at a jump or a pole.
        return tr("%1 at %2: %3 does not exist").arg(kindName(), NumberFormat::compact(x), symbol);
    }
    const double number = derivative(convention);
    const QString value = NumberFormat::compact(number);
    if (const auto framework = ConventionNames::framework(convention)) {
        if (std::isnan(number)) {
            return gap.isEmpty() ? tr("%1 undefined").arg(symbol)
                                 : tr("%1 undefined; %2").arg(symbol, gap);
        }
        if (!namingFramework)
            return tr("%1 undefined, set to %2").arg(symbol, value);
        return tr("%1 undefined, set to %2 (%3)")
            .arg(symbol, value, FrameworkNames::displayName(*framework));
    }
    switch (convention) {
    case DerivativeConvention::Left:
        return tr("%1 undefined, set to %2 (left side)").arg(symbol, value);
    case DerivativeConvention::Right:
        return tr("%1 undefined, set to %2 (right side)").arg(symbol, value);
    case DerivativeConvention::Average:
        return tr("%1 undefined, set to %2 (average)").arg(symbol, value);
    default: break;
    }
    return tr("%1 undefined").arg(symbol);
}

QString Breakpoint::summary(const std::vector<Breakpoint> &breakpoints, bool complete)
{
    if (!complete)
        return tr("more than %n breakpoints", nullptr, int(breakpoints.size()));
    if (breakpoints.empty())
        return tr("no breakpoints");
    int counts[int(BreakpointKind::Unknown) + 1] = {};
    for (const Breakpoint &b : breakpoints)
        ++counts[int(b.kind)];
    QStringList parts;
    for (int k = 0; k <= int(BreakpointKind::Unknown); ++k) {
        const int n = counts[k];
        if (n == 0)
            continue;
        switch (BreakpointKind(k)) {
        case BreakpointKind::Kink: parts << tr("%n kink(s)", nullptr, n); break;
        case BreakpointKind::Jump: parts << tr("%n jump(s)", nullptr, n); break;
        case BreakpointKind::Removable:
            parts << tr("%n hole(s) or point(s) off the curve", nullptr, n);
            break;
        case BreakpointKind::Cusp:
            parts << tr("%n cusp(s) or vertical tangent(s)", nullptr, n);
            break;
        case BreakpointKind::Oscillation: parts << tr("%n oscillation(s)", nullptr, n); break;
        case BreakpointKind::Pole: parts << tr("%n pole(s)", nullptr, n); break;
        case BreakpointKind::Edge: parts << tr("%n end(s) of the domain", nullptr, n); break;
        case BreakpointKind::Unknown: parts << tr("%n point(s) of unknown kind", nullptr, n); break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

QString Breakpoint::explanation() const
{
    switch (kind) {
    case BreakpointKind::Kink:
        return tr("At the kink: no unique tangent. Many lines fit through the corner, so f′ is "
                  "undefined here; the convention picks one.");
    case BreakpointKind::Jump:
        return tr(
            "At a jump: f has different limits on each side, so no tangent exists and f′ is "
            "undefined; on a side whose limit is not f(x), the difference quotient runs off to ∞.");
    case BreakpointKind::Removable:
        return tr("At a hole: f approaches the same value from both sides, but f(x) is undefined "
                  "or different, so f′ does not exist here.");
    case BreakpointKind::Cusp:
        return tr("Here the slope grows without bound: the tangent is vertical, so f′ is not a "
                  "number.");
    case BreakpointKind::Oscillation:
        return tr(
            "Here f, or its difference quotient, keeps oscillating as x approaches the point: "
            "no limit, so no derivative.");
    case BreakpointKind::Pole:
        return tr("At a pole: f runs off to infinity, and is undefined at the point itself.");
    case BreakpointKind::Edge:
        return tr("At the end of f's domain: f has no values on one side, so only a one-sided "
                  "derivative can exist.");
    case BreakpointKind::Unknown: break;
    }
    return tr("The formula's expansions cannot tell what f does here; the app does not guess.");
}
