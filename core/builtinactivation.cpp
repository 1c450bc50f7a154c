// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "builtinactivation.h"

#include "activationcatalog.h"
#include "frameworkrules.h"
#include "numberformat.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <utility>

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

/**
 * The one-sided derivative at c from a side whose limit is `limit` and slope `slope`: the slope
 * where f(c) is that limit, else the difference quotient runs off to ±∞.
 */
double oneSided(double limit, double value, double slope, int side)
{
    if (limit == value)
        return slope;
    return side * (limit > value ? inf : -inf);
}

std::vector<Breakpoint> breakpointsOf(const std::vector<Piece> &pieces, const RealFunction &value,
                                      const RealFunction &derivative)
{
    std::vector<Breakpoint> found;
    for (std::size_t i = 0; i + 1 < pieces.size(); ++i) {
        const Piece &before = pieces[i];
        const Piece &after = pieces[i + 1];
        Breakpoint b;
        b.x = before.domain.upper;
        b.value = value(b.x);
        b.valueLeft = before.valueAtUpper;
        b.valueRight = after.valueAtLower;
        b.slopeLeft = before.slopeAtUpper;
        b.slopeRight = after.slopeAtLower;
        b.autograd[Framework::PyTorch] = derivative(b.x);
        // Exact comparisons: the pieces' formulas meet exactly where f is continuous (hardtanh's
        // x and min_val at min_val), and softplus's switch to x misses by 2e-9.
        if (b.valueLeft != b.valueRight) {
            b.kind = BreakpointKind::Jump;
        } else if (b.slopeLeft != b.slopeRight) {
            b.kind = BreakpointKind::Kink;
        } else {
            continue;
        }
        b.left = oneSided(b.valueLeft, b.value, b.slopeLeft, -1);
        b.right = oneSided(b.valueRight, b.value, b.slopeRight, +1);
        found.push_back(b);
    }
    return found;
}

} // namespace

BuiltinActivation::BuiltinActivation(const ActivationFamily &family, ParameterValues values,
                                     QString formula, RealFunction value, RealFunction derivative,
                                     std::vector<Piece> pieces)
    : Activation(family.name, std::move(formula),
                 withFrameworks(breakpointsOf(pieces, value, derivative), family, values))
    , m_family(family)
    , m_values(std::move(values))
    , m_value(std::move(value))
    , m_derivative(std::move(derivative))
    , m_pieces(std::move(pieces))
{ }

std::vector<Breakpoint> BuiltinActivation::withFrameworks(std::vector<Breakpoint> breakpoints,
                                                          const ActivationFamily &family,
                                                          const ParameterValues &values)
{
    for (std::size_t i = 0; i < breakpoints.size(); ++i) {
        Breakpoint &b = breakpoints[i];
        for (Framework framework : FrameworkNames::all) {
            if (framework != Framework::PyTorch)
                b.autograd[framework] = FrameworkRules::builtIn(
                    framework, family.name, family.parameters, values, b, int(i));
        }
    }
    return breakpoints;
}

double BuiltinActivation::autogradDerivative(double x, Framework framework) const
{
    if (framework == Framework::PyTorch)
        return m_derivative(x);
    // At a kink its value, at another breakpoint (softplus's switch) none: only PyTorch has those.
    return derivative(x, FrameworkNames::convention(framework));
}

int BuiltinActivation::breakpointIndex(double x) const
{
    const auto &points = breakpoints();
    const auto at = std::lower_bound(points.begin(), points.end(), x,
                                     [](const Breakpoint &b, double v) { return b.x < v; });
    return at != points.end() && at->x == x ? int(at - points.begin()) : -1;
}

QString BuiltinActivation::autogradCaveat(double x, Framework framework) const
{
    const int index = breakpointIndex(x);
    return index < 0 ? QString() : FrameworkRules::caveat(framework, m_family.name, index);
}

bool BuiltinActivation::isConvexEverywhere() const
{
    // Lines joined by kinks that bend up: convex. A curved piece might be too (elu's), but that
    // is not checked, so it is not claimed.
    for (const Piece &piece : m_pieces) {
        if (!piece.linear)
            return false;
    }
    for (const Breakpoint &b : breakpoints()) {
        if (!b.isKink() || !b.isConvex())
            return false;
    }
    return true;
}

QString BuiltinActivation::autogradGap(double x, Framework framework) const
{
    const int index = breakpointIndex(x);
    if (index < 0 || framework == Framework::PyTorch)
        return {};
    QString gap;
    FrameworkRules::builtIn(framework, m_family.name, m_family.parameters, m_values,
                            breakpoints()[std::size_t(index)], index, &gap);
    return gap;
}

QString BuiltinActivation::specification() const
{
    return ActivationCatalog::specification(m_family, m_values);
}

QString BuiltinActivation::title() const
{
    QStringList changed;
    for (std::size_t i = 0; i < m_values.size() && i < m_family.parameters.size(); ++i) {
        const ParameterSpec &spec = m_family.parameters[i];
        if (m_values[i] == spec.defaultValue)
            continue;
        changed << spec.name + QLatin1Char('=')
                + (spec.isChoice() ? spec.choices.value(int(m_values[i]))
                                   : NumberFormat::compact(m_values[i]));
    }
    return changed.isEmpty()
        ? name()
        : name() + QLatin1Char('(') + changed.join(QLatin1String(", ")) + QLatin1Char(')');
}

PieceBuilder &PieceBuilder::linear(double upper, double slope, double intercept,
                                   const QString &label)
{
    Piece piece;
    piece.domain = { m_lower, upper };
    piece.linear = true;
    piece.slope = slope;
    piece.intercept = intercept;
    piece.slopeAtLower = std::isfinite(m_lower) ? slope : std::numeric_limits<double>::quiet_NaN();
    piece.slopeAtUpper = std::isfinite(upper) ? slope : std::numeric_limits<double>::quiet_NaN();
    piece.valueAtLower = std::isfinite(m_lower) ? piece.lineValue(m_lower)
                                                : std::numeric_limits<double>::quiet_NaN();
    piece.valueAtUpper
        = std::isfinite(upper) ? piece.lineValue(upper) : std::numeric_limits<double>::quiet_NaN();
    piece.derivativeLabel = label;
    m_pieces.push_back(piece);
    m_lower = upper;
    return *this;
}

PieceBuilder &PieceBuilder::curved(double upper, const QString &label, const RealFunction &slope,
                                   const RealFunction &value)
{
    constexpr double none = std::numeric_limits<double>::quiet_NaN();
    Piece piece;
    piece.domain = { m_lower, upper };
    piece.slopeAtLower = std::isfinite(m_lower) ? slope(m_lower) : none;
    piece.slopeAtUpper = std::isfinite(upper) ? slope(upper) : none;
    piece.valueAtLower = std::isfinite(m_lower) && value ? value(m_lower) : none;
    piece.valueAtUpper = std::isfinite(upper) && value ? value(upper) : none;
    piece.derivativeLabel = label;
    m_pieces.push_back(piece);
    m_lower = upper;
    return *this;
}
