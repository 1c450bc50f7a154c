// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "expressionparameter.h"

#include "numberformat.h"

#include <cmath>

bool ExpressionParameter::isValidName(const QString &name)
{
    if (name.isEmpty() || name.size() > 1000 || name.at(0).unicode() >= 0x80
        || !name.at(0).isLetter())
        return false;
    for (const QChar c : name) {
        if (c.unicode() >= 0x80 || !(c.isLetterOrNumber() || c == QLatin1Char('_')))
            return false;
    }
    return name != QLatin1String("x");
}

QString ExpressionParameter::rangeProblem(double minimum, double maximum)
{
    if (!std::isfinite(minimum) || !std::isfinite(maximum))
        return tr("the range's ends must be finite numbers");
    if (!(minimum < maximum))
        return tr("the range's start %1 must be less than its end %2")
            .arg(NumberFormat::compact(minimum), NumberFormat::compact(maximum));
    if (maximum - minimum > 1e6 || !std::isfinite(maximum - minimum))
        return tr("the range from %1 to %2 is wider than 1,000,000")
            .arg(NumberFormat::compact(minimum), NumberFormat::compact(maximum));
    return {};
}

QString ExpressionParameter::problem() const
{
    if (!isValidName(name))
        return tr("'%1' is not a parameter's name: a letter, then letters, digits or _")
            .arg(name.left(64));
    if (const QString why = rangeProblem(minimum, maximum); !why.isEmpty())
        return tr("%1: %2").arg(name, why);
    if (!std::isfinite(value) || value < minimum || value > maximum)
        return tr("%1 = %2 is not in its range, %3 to %4")
            .arg(name, NumberFormat::compact(value), NumberFormat::compact(minimum),
                 NumberFormat::compact(maximum));
    return {};
}
