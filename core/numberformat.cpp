// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "numberformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <locale.h>

namespace {

// A reader's text from Qt's C-notation text: the locale's decimal separator ("2,50" in German)
// and a true minus sign. No group separators: "12345,5", as the readout has always written it.
QString forReader(QString text, const QLocale &locale)
{
    const QString point = locale.decimalPoint();
    if (point != QLatin1String("."))
        text.replace(QLatin1Char('.'), point);
    return text.replace(QLatin1Char('-'), QStringLiteral("−"));
}

} // namespace

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
    return fixed(value, decimals, QLocale());
}

QString fixed(double value, int decimals, const QLocale &locale)
{
    // From 1e15 on, a double has no digits left for the decimals, and fixed notation only adds
    // noise: 1e100 would print 101 digits, 85 of them invented.
    if (std::abs(value) >= 1e15 && std::isfinite(value))
        return forReader(QString::number(value, 'g', 15), locale);
    QString text = QString::number(value, 'f', decimals);
    // A tiny negative value rounds to "-0.00", which reads as a different number to a student.
    if (text.startsWith(QLatin1Char('-')) && text.mid(1) == QString::number(0.0, 'f', decimals))
        text.remove(0, 1);
    // A reader's minus sign, not a hyphen: "x = −2.00", as compact() writes "−2".
    return forReader(text, locale);
}

QString compact(double value)
{
    return compact(value, QLocale());
}

QString compact(double value, const QLocale &locale)
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
    // A power of ten as a reader writes it: "3.05176·10⁻⁵", "10⁻⁶", not "3.05176e-05"; the
    // e-notation stays for CSV and files (roundTrip).
    if (const int e = int(text.indexOf(QLatin1Char('e'))); e >= 0) {
        static const QString superscripts = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
        const int exponent = text.mid(e + 1).toInt();
        QString power = QStringLiteral("10");
        if (exponent < 0)
            power += QStringLiteral("⁻");
        for (const QChar digit : QString::number(std::abs(exponent)))
            power += superscripts.at(digit.digitValue());
        const QString mantissa = text.left(e);
        if (mantissa == QLatin1String("1"))
            text = power;
        else if (mantissa == QLatin1String("-1"))
            text = QStringLiteral("-") + power;
        else
            text = mantissa + QStringLiteral("·") + power;
    }
    // A reader's minus sign, not a hyphen: "−3".
    return forReader(text, locale);
}

QString exact(double value)
{
    return std::isfinite(value) ? forReader(roundTrip(value), QLocale()) : compact(value);
}

QString interval(double lower, double upper)
{
    return interval(lower, upper, QLocale());
}

QString interval(double lower, double upper, const QLocale &locale)
{
    // "[0,5, 1]" would read as three numbers, or as two of which one is 5.
    QString separator = QStringLiteral(", ");
    if (locale.decimalPoint() == QLatin1String(","))
        separator = locale.language() == QLocale::French ? QStringLiteral("\u00a0; ")
                                                         : QStringLiteral("; ");
    return QLatin1Char('[') + compact(lower, locale) + separator + compact(upper, locale)
        + QLatin1Char(']');
}

double parse(const QString &text, bool *ok)
{
    // strtod_l with the C locale: the decimal point is '.', whatever LC_NUMERIC says.
    static const locale_t c = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
    const QByteArray bytes = text.trimmed().toLatin1();
    const char *begin = bytes.constData();
    char *end = nullptr;
    const double value = bytes.isEmpty() || bytes.contains('\0') ? 0.0 : strtod_l(begin, &end, c);
    const bool read = !bytes.isEmpty() && end == begin + bytes.size() && !std::isspace(*begin);
    if (ok)
        *ok = read;
    return read ? value : 0.0;
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
