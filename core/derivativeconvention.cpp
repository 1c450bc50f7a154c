// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "derivativeconvention.h"

#include <QStringList>

DerivativeConvention ConventionNames::fromIndex(int index)
{
    switch (index) {
    case 1: return DerivativeConvention::Left;
    case 2: return DerivativeConvention::Right;
    case 3: return DerivativeConvention::Average;
    case 4: return DerivativeConvention::Undefined;
    default: return DerivativeConvention::Framework;
    }
}

int ConventionNames::toIndex(DerivativeConvention convention)
{
    return static_cast<int>(convention);
}

QString ConventionNames::key(DerivativeConvention convention)
{
    switch (convention) {
    case DerivativeConvention::Framework: return QStringLiteral("framework");
    case DerivativeConvention::Left: return QStringLiteral("left");
    case DerivativeConvention::Right: return QStringLiteral("right");
    case DerivativeConvention::Average: return QStringLiteral("average");
    case DerivativeConvention::Undefined: return QStringLiteral("undefined");
    }
    return {};
}

std::optional<DerivativeConvention> ConventionNames::fromKey(const QString &key)
{
    for (int i = 0; i < count; ++i) {
        const auto convention = fromIndex(i);
        if (key.compare(ConventionNames::key(convention), Qt::CaseInsensitive) == 0)
            return convention;
    }
    return std::nullopt;
}

QString ConventionNames::keyList()
{
    QStringList keys;
    for (int i = 0; i < count; ++i)
        keys << key(fromIndex(i));
    return keys.join(QLatin1Char('|'));
}

QString ConventionNames::displayName(DerivativeConvention convention)
{
    switch (convention) {
    case DerivativeConvention::Framework: return tr("Framework (PyTorch)");
    case DerivativeConvention::Left: return tr("Left derivative");
    case DerivativeConvention::Right: return tr("Right derivative");
    case DerivativeConvention::Average: return tr("Average of both sides");
    case DerivativeConvention::Undefined: return tr("Undefined");
    }
    return {};
}
