// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "differencequotient.h"

#include <limits>

double DifferenceQuotient::forward(const Activation &f, double x, double h)
{
    return (f.value(x + h) - f.value(x)) / h;
}

double DifferenceQuotient::central(const Activation &f, double x, double h)
{
    return (f.value(x + h) - f.value(x - h)) / (2.0 * h);
}

double DifferenceQuotient::of(SecantMode mode, const Activation &f, double x, double h)
{
    switch (mode) {
    case SecantMode::Forward: return forward(f, x, h);
    case SecantMode::Central: return central(f, x, h);
    case SecantMode::Off: break;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

QString DifferenceQuotient::key(SecantMode mode)
{
    switch (mode) {
    case SecantMode::Off: return QStringLiteral("off");
    case SecantMode::Forward: return QStringLiteral("forward");
    case SecantMode::Central: return QStringLiteral("central");
    }
    return {};
}

std::optional<SecantMode> DifferenceQuotient::fromKey(const QString &key)
{
    for (SecantMode mode : { SecantMode::Off, SecantMode::Forward, SecantMode::Central }) {
        if (key.compare(DifferenceQuotient::key(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

QString DifferenceQuotient::formula(SecantMode mode)
{
    switch (mode) {
    case SecantMode::Forward: return tr("(f(x+h) − f(x)) / h");
    case SecantMode::Central: return tr("(f(x+h) − f(x−h)) / 2h");
    case SecantMode::Off: break;
    }
    return {};
}
