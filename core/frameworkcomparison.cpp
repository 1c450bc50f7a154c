// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "frameworkcomparison.h"

#include "frameworkrules.h"
#include "numberformat.h"

#include <algorithm>
#include <cmath>

QString FrameworkComparison::Group::label() const
{
    return tr("%1: %2").arg(frameworks.join(QStringLiteral(", ")), NumberFormat::compact(value));
}

std::optional<FrameworkComparison> FrameworkComparison::at(const Activation &f, double x)
{
    const Breakpoint *kink = f.kinkAt(x);
    if (!kink)
        return std::nullopt;
    FrameworkComparison comparison;
    comparison.x = kink->x;
    for (Framework framework : FrameworkNames::all) {
        const double value = kink->autograd[framework];
        const QString gap = f.autogradGap(kink->x, framework);
        const QString caveat = f.autogradCaveat(kink->x, framework);
        QString note = std::isnan(value) ? gap : FrameworkRules::shortProvenance(framework);
        if (!caveat.isEmpty())
            note += QStringLiteral("; ") + caveat;
        comparison.rows.push_back(
            { framework, value, note, FrameworkRules::provenance(framework) });
        if (std::isnan(value))
            continue;
        const QString name = FrameworkNames::displayName(framework);
        // Values equal in float32, the precision frameworks compute in by default, are one ring:
        // TensorFlow keeps leaky_relu's alpha in 32 bits, PyTorch in 64, and both show 0.01.
        auto same
            = std::find_if(comparison.groups.begin(), comparison.groups.end(),
                           [value](const Group &g) { return float(g.value) == float(value); });
        if (same != comparison.groups.end())
            same->frameworks << name;
        else
            comparison.groups.push_back({ value, { name } });
    }
    std::sort(comparison.groups.begin(), comparison.groups.end(),
              [](const Group &a, const Group &b) { return a.value < b.value; });
    return comparison;
}
