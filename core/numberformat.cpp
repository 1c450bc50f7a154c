// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "numberformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace NumberFormat {

QString roundTrip(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    std::array<char, 32> buffer {};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return QString::fromLatin1(buffer.data(), int(result.ptr - buffer.data()));
}

QString fixed(double value, int decimals)
{
    // From 1e15 on, a double has no digits left for the decimals, and fixed notation only adds
    // noise: 1e100 would print 101 digits, 85 of them invented.
    if (std::abs(value) >= 1e15 && std::isfinite(value))
        return QString::number(value, 'g', 15);
    QString text = QString::number(value, 'f', decimals);
    // A tiny negative value rounds to "-0.00", which reads as a different number to a student.
    if (text.startsWith(QLatin1Char('-')) && text.mid(1) == QString::number(0.0, 'f', decimals))
        text.remove(0, 1);
    return text;
}

QString compact(double value)
{
    if (std::isnan(value))
        return QCoreApplication::translate("NumberFormat", "undefined");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    if (value == 0.0)
        return QStringLiteral("0");
    QString text = std::abs(value) < 1e15 && value == std::round(value)
        ? QString::number(static_cast<long long>(value))
        : QString::number(value, 'g', 6);
    // A reader's minus sign, not a hyphen: "−3", and "1e−06" stays "1e-06" only in CSV.
    return text.replace(QLatin1Char('-'), QStringLiteral("−"));
}

int decimalsFor(double resolution)
{
    if (!(resolution > 0) || !std::isfinite(resolution))
        return 2;
    // One step of the last digit spans about 1 to 10 pixels: as fine as a mouse can point.
    const int decimals = int(std::floor(-std::log10(resolution)));
    return std::clamp(decimals, 2, 12);
}

} // namespace NumberFormat
