// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "probereadout.h"

#include "explorerstate.h"
#include "numberformat.h"

namespace {

const QString gap = QStringLiteral("     ");

} // namespace

ProbeReadout ProbeReadout::describe(const ExplorerState &state, int decimals)
{
    const Activation &f = state.activation();
    const double x = state.probeX();
    ProbeReadout readout;
    readout.position = tr("x = %1").arg(NumberFormat::fixed(x, decimals));
    readout.value = tr("f(x) = %1").arg(NumberFormat::fixed(f.value(x), decimals));

    using NumberFormat::compact;
    if (const Kink *kink = f.kinkAt(x)) {
        readout.atKink = true;
        readout.slope = kink->legendLabel(state.convention());
        const QString at = compact(kink->x);
        const QString sides = tr("f′₋(%1) = %2").arg(at, compact(kink->left)) + gap
            + tr("f′₊(%1) = %2").arg(at, compact(kink->right));
        if (const auto subgradient = kink->subgradient()) {
            readout.sides = tr("∂f(%1) = [%2, %3]")
                                .arg(at, compact(subgradient->lower), compact(subgradient->upper))
                + gap + sides;
        } else {
            readout.sides = tr("no subgradient (the kink bends down)") + gap + sides;
        }
    } else if (f.isNumerical()) {
        readout.slope = tr("f′(x) ≈ %1 (numerical)").arg(compact(f.derivative(x)));
    } else {
        readout.slope = tr("f′(x) = %1").arg(compact(f.derivative(x)));
        readout.sides = tr("f′₋(x) = %1").arg(compact(f.leftDerivative(x))) + gap
            + tr("f′₊(x) = %1").arg(compact(f.rightDerivative(x)));
    }

    const SecantMode mode = state.secantMode();
    if (mode != SecantMode::Off) {
        readout.secant = tr("h = %1").arg(compact(state.step())) + gap
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

QString ProbeReadout::text() const
{
    return lines().join(QLatin1Char('\n'));
}
