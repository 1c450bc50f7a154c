// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sessionlimits.h"

#include "numberformat.h"

#include <QCoreApplication>

#include <cmath>

QString SessionLimits::rangeProblem(Interval range)
{
    // In the translation context they have always had.
    const auto translated
        = [](const char *text) { return QCoreApplication::translate("ExplorerState", text); };
    if (!std::isfinite(range.lower) || !std::isfinite(range.upper))
        return translated(QT_TRANSLATE_NOOP("ExplorerState", "it is not finite"));
    if (std::abs(range.lower) >= maxRangeMagnitude || std::abs(range.upper) >= maxRangeMagnitude)
        return translated(QT_TRANSLATE_NOOP("ExplorerState", "it reaches past ±%1"))
            .arg(NumberFormat::roundTrip(maxRangeMagnitude));
    if (range.upper < range.lower)
        return translated(QT_TRANSLATE_NOOP("ExplorerState", "it runs backwards"));
    if (range.upper == range.lower)
        return translated(QT_TRANSLATE_NOOP("ExplorerState", "it is empty"));
    if (!(range.width() > minRangeWidth))
        return translated(QT_TRANSLATE_NOOP("ExplorerState", "it is narrower than %1"))
            .arg(NumberFormat::roundTrip(minRangeWidth));
    return {};
}

bool SessionLimits::isValidRange(Interval range)
{
    return rangeProblem(range).isEmpty();
}
