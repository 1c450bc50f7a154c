// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "probereadout.h"

#include "explorerstate.h"
#include "numberformat.h"

#include <cmath>

namespace {

const QString gap = QStringLiteral("     ");

using NumberFormat::compact;

/** f's limits from each side, as a reader says them. */
QString limitsText(const Breakpoint &b)
{
    if (b.undefinedLeft())
        return ProbeReadout::tr("f is undefined for x < %1; f → %2 from the right")
            .arg(compact(b.x), compact(b.valueRight));
    if (b.undefinedRight())
        return ProbeReadout::tr("f is undefined for x > %1; f → %2 from the left")
            .arg(compact(b.x), compact(b.valueLeft));
    if (std::isnan(b.valueLeft) || std::isnan(b.valueRight)) {
        if (b.kind == BreakpointKind::Oscillation)
            return ProbeReadout::tr("f has no limit there: it oscillates");
        return ProbeReadout::tr("the limits of f there are not known");
    }
    if (b.valueLeft == b.valueRight)
        return ProbeReadout::tr("f → %1 from both sides").arg(compact(b.valueLeft));
    // Where the short form would write one number twice (softplus's switch at 20 misses by
    // 2·10⁻⁹), every digit, so a jump never reads as no jump.
    const bool alike = compact(b.valueLeft) == compact(b.valueRight);
    const auto digits
        = [alike](double v) { return alike ? NumberFormat::roundTrip(v) : compact(v); };
    return ProbeReadout::tr("f → %1 from the left, %2 from the right")
        .arg(digits(b.valueLeft), digits(b.valueRight));
}

QString sidesText(const Breakpoint &b)
{
    const QString at = compact(b.x);
    return ProbeReadout::tr("f′₋(%1) = %2").arg(at, compact(b.left)) + gap
        + ProbeReadout::tr("f′₊(%1) = %2").arg(at, compact(b.right));
}

/** What the first line says of f′ at a breakpoint that is not a kink. */
QString noDerivative(const Breakpoint &b)
{
    const QString at = compact(b.x);
    const QString symbol = b.derivativeSymbol();
    switch (b.kind) {
    case BreakpointKind::Jump:
        return ProbeReadout::tr("jump at %1: %2 does not exist").arg(at, symbol);
    case BreakpointKind::Removable:
        return std::isnan(b.value)
            ? ProbeReadout::tr("hole at %1: f(%1) is undefined, so %2 does not exist")
                  .arg(at, symbol)
            : ProbeReadout::tr("f(%1) lies off the curve: %2 does not exist").arg(at, symbol);
    case BreakpointKind::Cusp:
        return ProbeReadout::tr("%1 at %2: %3 does not exist (infinite slope)")
            .arg(b.kindName(), at, symbol);
    case BreakpointKind::Oscillation:
        return ProbeReadout::tr("f oscillates near %1: %2 does not exist").arg(at, symbol);
    case BreakpointKind::Pole: return ProbeReadout::tr("pole at %1: f is undefined there").arg(at);
    case BreakpointKind::Edge:
        return ProbeReadout::tr("end of f's domain at %1: %2 does not exist").arg(at, symbol);
    case BreakpointKind::Unknown:
    case BreakpointKind::Kink: break;
    }
    return ProbeReadout::tr("at %1 the formula cannot tell whether %2 exists").arg(at, symbol);
}

/**
 * The set of slopes at a kink, named honestly: the Clarke generalized gradient, [min, max] of the
 * one-sided derivatives, which nonsmooth autodiff is measured against. Only where f is convex on
 * the whole line is it also ∂f, the subdifferential of convex analysis, and only there is ∂f
 * written.
 */
QString clarkeText(const Activation &f, const Breakpoint &b)
{
    const Interval set = b.slopeRange();
    const QString at = compact(b.x);
    if (f.isConvexEverywhere())
        return ProbeReadout::tr("Clarke gradient = ∂f(%1) = %2")
            .arg(at, NumberFormat::interval(set.lower, set.upper));
    return ProbeReadout::tr("Clarke gradient at %1: %2")
        .arg(at, NumberFormat::interval(set.lower, set.upper));
}

/**
 * What autograd returns at a switch of an expression, next to what calculus says: a value outside
 * the set of true slopes (f′ where f is differentiable, the Clarke gradient at a kink) is a
 * spurious derivative, and at a jump or a pole no value is a derivative.
 */
QString autogradText(const Activation &f, double x, Framework framework, double autograd,
                     const QString &noValue)
{
    const QString name = FrameworkNames::displayName(framework);
    if (std::isnan(autograd)) {
        // No number at all (tf.grad fails, TensorFlow's None) is not a NaN: say which.
        return noValue.isEmpty() ? ProbeReadout::tr("autograd (%1) returns NaN").arg(name)
                                 : noValue;
    }
    const QString returned
        = ProbeReadout::tr("autograd (%1) returns %2").arg(name, compact(autograd));
    const Breakpoint *b = f.breakpointAt(x);
    if (b && !b->isKink())
        return returned;
    const Interval set = b ? b->slopeRange() : Interval { f.derivative(x), f.derivative(x) };
    if (!std::isfinite(set.lower) || !std::isfinite(set.upper)
        || (autograd >= set.lower && autograd <= set.upper))
        return returned;
    return b
        ? ProbeReadout::tr("%1: a spurious derivative, outside the Clarke gradient").arg(returned)
        : ProbeReadout::tr("%1: a spurious derivative, f′(%2) is %3")
              .arg(returned, compact(x), compact(set.lower));
}

} // namespace

ProbeReadout ProbeReadout::describe(const ExplorerState &state, int decimals)
{
    const Activation &f = state.activation();
    const double x = state.probeX();
    ProbeReadout readout;
    readout.position = tr("x = %1").arg(NumberFormat::fixed(x, decimals));
    const Breakpoint *at = f.breakpointAt(x);
    // At a breakpoint, f at the exact point: undefined where a primitive is (1/x at 0).
    const double y = at ? at->value : f.value(x);
    if (std::isfinite(y))
        readout.value = tr("f(x) = %1").arg(NumberFormat::fixed(y, decimals));
    else if (std::isnan(y))
        readout.value = tr("f(x) is undefined");
    else
        readout.value = tr("f(x) cannot be computed in double precision here");

    if (const Breakpoint *b = at) {
        readout.atBreakpoint = true;
        if (b->isKink()) {
            readout.atKink = true;
            const auto framework = ConventionNames::framework(state.convention());
            readout.slope = b->legendLabel(
                state.convention(), framework ? f.autogradGap(x, *framework) : QString(), true);
            readout.sides = clarkeText(f, *b) + gap + sidesText(*b);
        } else {
            readout.slope = noDerivative(*b);
            readout.sides = limitsText(*b);
            if (b->kind != BreakpointKind::Pole && b->kind != BreakpointKind::Unknown)
                readout.sides += gap + sidesText(*b);
        }
    } else {
        const double slope = f.derivative(x);
        if (std::isnan(slope))
            readout.slope = tr("f′(x) is undefined");
        else if (std::isinf(slope))
            readout.slope = tr("f′(x) cannot be computed in double precision here");
        else
            readout.slope = tr("f′(x) = %1").arg(compact(slope));
        readout.sides = tr("f′₋(x) = %1").arg(compact(f.leftDerivative(x))) + gap
            + tr("f′₊(x) = %1").arg(compact(f.rightDerivative(x)));
    }

    // On a user's formula, at a switch of relu, abs, max, ... autograd follows its framework's rule
    // there, which need not be f′: relu(x) − relu(−x) is x, yet autograd returns 0 at 0.
    if (f.isExpression() && f.isAtSwitch(x)) {
        const auto chosen = ConventionNames::framework(state.convention());
        const Framework framework = chosen.value_or(Framework::PyTorch);
        const double autograd = f.autogradDerivative(x, framework);
        const QString noValue = std::isnan(autograd) ? f.autogradGap(x, framework) : QString();
        // Said once: at a kink the first line already gives why this framework has no value.
        if (!(readout.atKink && chosen && !noValue.isEmpty()))
            readout.sides += gap + autogradText(f, x, framework, autograd, noValue);
    }

    const SecantMode mode = state.secantMode();
    if (mode == SecantMode::BothSides) {
        // A secant to each side: the two quotients whose limits are f′₋ and f′₊.
        const double h = std::abs(state.secantH());
        const DifferenceQuotient::Row row = DifferenceQuotient::at(f, x, f.value(x), h);
        readout.secant = tr("h = %1").arg(compact(h)) + gap
            + tr("q(−h) = %1").arg(compact(row.left)) + gap
            + tr("q(+h) = %1").arg(compact(row.right));
    } else if (mode != SecantMode::Off) {
        readout.secant = tr("h = %1").arg(compact(state.secantH())) + gap
            + tr("%1 = %2").arg(DifferenceQuotient::formula(mode), compact(state.secantSlope()));
        if (mode == SecantMode::Central && readout.atKink)
            readout.secant += gap + tr("(the average of both sides, not a slope of f)");
    }
    return readout;
}

QStringList ProbeReadout::lines() const
{
    QStringList result { position + gap + value + gap + slope, sides };
    if (!secant.isEmpty())
        result << secant;
    return result;
}

QStringList ProbeReadout::comparedLines(const ExplorerState &state, int decimals)
{
    const double x = state.probeX();
    QStringList lines;
    for (const auto &g : state.comparisons()) {
        const Breakpoint *at = g->breakpointAt(x);
        const double y = at ? at->value : g->value(x);
        const QString value = std::isfinite(y)
            ? tr("f(x) = %1").arg(NumberFormat::fixed(y, decimals))
            : tr("f(x) is undefined");
        const double d = g->derivative(x, state.convention());
        QString slope;
        if (at && !at->isKink())
            slope = tr("f′ does not exist");
        else if (at)
            slope = std::isfinite(d) ? tr("f′ undefined, set to %1").arg(compact(d))
                                     : tr("f′ undefined");
        else
            slope = tr("f′(x) = %1").arg(compact(d));
        lines << tr("%1: %2").arg(g->title(), value + gap + slope);
    }
    return lines;
}

QString ProbeReadout::fieldSeparator()
{
    return gap;
}

QString ProbeReadout::text() const
{
    return lines().join(QLatin1Char('\n'));
}
