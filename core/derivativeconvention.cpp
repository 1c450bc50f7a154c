// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "derivativeconvention.h"

#include <QStringList>

QString FrameworkNames::key(Framework framework)
{
    switch (framework) {
    case Framework::PyTorch: return QStringLiteral("pytorch");
    case Framework::TensorFlow: return QStringLiteral("tensorflow");
    case Framework::Jax: return QStringLiteral("jax");
    case Framework::TfJs: return QStringLiteral("tfjs");
    }
    return {};
}

QString FrameworkNames::displayName(Framework framework)
{
    switch (framework) {
    case Framework::PyTorch: return QStringLiteral("PyTorch");
    case Framework::TensorFlow: return QStringLiteral("TensorFlow");
    case Framework::Jax: return QStringLiteral("JAX");
    case Framework::TfJs: return QStringLiteral("TensorFlow.js");
    }
    return {};
}

DerivativeConvention FrameworkNames::convention(Framework framework)
{
    return DerivativeConvention(static_cast<int>(framework));
}

DerivativeConvention ConventionNames::fromIndex(int index)
{
    return index > 0 && index < count ? DerivativeConvention(index) : DerivativeConvention::PyTorch;
}

int ConventionNames::toIndex(DerivativeConvention convention)
{
    return static_cast<int>(convention);
}

std::optional<Framework> ConventionNames::framework(DerivativeConvention convention)
{
    const int index = toIndex(convention);
    if (index >= 0 && index < FrameworkNames::count)
        return Framework(index);
    return std::nullopt;
}

QString ConventionNames::key(DerivativeConvention convention)
{
    if (const auto f = framework(convention))
        return FrameworkNames::key(*f);
    switch (convention) {
    case DerivativeConvention::Left: return QStringLiteral("left");
    case DerivativeConvention::Right: return QStringLiteral("right");
    case DerivativeConvention::Average: return QStringLiteral("average");
    case DerivativeConvention::Undefined: return QStringLiteral("undefined");
    default: break;
    }
    return {};
}

std::optional<DerivativeConvention> ConventionNames::fromKey(const QString &key)
{
    // The one framework's name before there were four, in old lessons, settings and scripts.
    if (key.compare(QLatin1String("framework"), Qt::CaseInsensitive) == 0)
        return DerivativeConvention::PyTorch;
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
    if (const auto f = framework(convention))
        return FrameworkNames::displayName(*f);
    switch (convention) {
    case DerivativeConvention::Left: return tr("Left derivative");
    case DerivativeConvention::Right: return tr("Right derivative");
    case DerivativeConvention::Average: return tr("Average of both sides");
    case DerivativeConvention::Undefined: return tr("Undefined");
    default: break;
    }
    return {};
}
