// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sessionsnapshot.h"

#include "activationcatalog.h"
#include "explorerstate.h"
#include "expressionactivation.h"
#include "numberformat.h"

#include <cmath>

bool SessionSnapshot::isValidGrid(const SampleGrid &grid)
{
    if (!std::isfinite(grid.from) || !std::isfinite(grid.to) || !std::isfinite(grid.step)
        || grid.from > grid.to || !(grid.step > 0))
        return false;
    return (grid.to - grid.from) / grid.step < SampleGrid::maximumPoints;
}

QStringList SessionSnapshot::problems() const
{
    QStringList found;
    QString error;
    if (useExpression) {
        const auto parsed = ExpressionActivation::parse(expression);
        if (!parsed.activation)
            found << tr("expression: %1").arg(parsed.error);
    } else if (!ActivationCatalog::fromSpecification(function, &error)) {
        found << tr("function: %1").arg(error);
    }
    for (const QString &compared : comparisons) {
        if (!ActivationCatalog::fromSpecification(compared, &error))
            found << tr("compare: %1").arg(error);
    }
    if (!std::isfinite(probeX))
        found << tr("probe: %1 is not a finite number").arg(NumberFormat::roundTrip(probeX));
    const double magnitude = std::abs(secantH);
    if (!(magnitude >= ExplorerState::minSecantH && magnitude <= ExplorerState::maxSecantH))
        found << tr("h: %1 is not between ±%2 and ±%3")
                     .arg(NumberFormat::roundTrip(secantH),
                          NumberFormat::roundTrip(ExplorerState::minSecantH),
                          NumberFormat::roundTrip(ExplorerState::maxSecantH));
    if (const QString why = ExplorerState::rangeProblem(xRange); !why.isEmpty())
        found << tr("view: the x range [%1, %2] cannot be shown: %3")
                     .arg(NumberFormat::roundTrip(xRange.lower),
                          NumberFormat::roundTrip(xRange.upper), why);
    if (const QString why = ExplorerState::rangeProblem(yRange); !why.isEmpty())
        found << tr("view: the y range [%1, %2] cannot be shown: %3")
                     .arg(NumberFormat::roundTrip(yRange.lower),
                          NumberFormat::roundTrip(yRange.upper), why);
    if (!isValidGrid(samples))
        found << tr("samples: from %1 to %2 in steps of %3 is not a grid of at most %4 points")
                     .arg(NumberFormat::roundTrip(samples.from),
                          NumberFormat::roundTrip(samples.to),
                          NumberFormat::roundTrip(samples.step))
                     .arg(SampleGrid::maximumPoints);
    return found;
}
