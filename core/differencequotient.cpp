// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "differencequotient.h"

#include "numberformat.h"

#include <cmath>
#include <limits>

double DifferenceQuotient::forward(const Activation &f, double x, double h)
{
    return (f.value(x + h) - f.value(x)) / h;
}

double DifferenceQuotient::central(const Activation &f, double x, double h)
{
    return (f.value(x + h) - f.value(x - h)) / (2.0 * h);
}

std::vector<DifferenceQuotient::Row> DifferenceQuotient::shrinking(const Activation &f, double x,
                                                                   double first, int count)
{
    std::vector<Row> rows;
    if (!(first > 0) || count <= 0)
        return rows;
    rows.reserve(std::size_t(count));
    const double fx = f.value(x);
    double h = first;
    for (int i = 0; i < count && h > 0; ++i, h /= 2)
        rows.push_back(at(f, x, fx, h));
    return rows;
}

std::vector<DifferenceQuotient::Row> DifferenceQuotient::halvedTo(const Activation &f, double x,
                                                                  double h)
{
    h = std::abs(h);
    if (!(h > 0) || !std::isfinite(h))
        return {};
    // Doubling is exact in binary, so halving `first` n times lands on h itself.
    double first = h;
    int count = 1;
    while (first * 2 <= 1.0) {
        first *= 2;
        ++count;
    }
    return shrinking(f, x, first, count);
}

QString DifferenceQuotient::csv(const std::vector<Row> &rows)
{
    QString text = QStringLiteral("h,q_left,q_right,central\n");
    for (const Row &row : rows) {
        text += NumberFormat::roundTrip(row.h);
        for (double value : { row.left, row.right, row.central })
            text += QLatin1Char(',') + NumberFormat::roundTrip(value);
        text += QLatin1Char('\n');
    }
    return text;
}

DifferenceQuotient::Row DifferenceQuotient::at(const Activation &f, double x, double fx, double h)
{
    // A quotient needs two values of f; where f is undefined (NaN, or ±∞ at a pole) it is NaN.
    // Adding 0.0 writes −0 (0 / −h) as 0.
    const auto quotient = [](double a, double b, double width) {
        return std::isfinite(a) && std::isfinite(b) ? (b - a) / width + 0.0
                                                    : std::numeric_limits<double>::quiet_NaN();
    };
    const double before = f.value(x - h);
    const double after = f.value(x + h);
    return { h, quotient(fx, before, -h), quotient(fx, after, h),
             quotient(before, after, 2.0 * h) };
}

double DifferenceQuotient::of(SecantMode mode, const Activation &f, double x, double h)
{
    switch (mode) {
    case SecantMode::Forward: return forward(f, x, h);
    case SecantMode::Central: return central(f, x, h);
    case SecantMode::Off:
    case SecantMode::BothSides: break;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

QString DifferenceQuotient::key(SecantMode mode)
{
    switch (mode) {
    case SecantMode::Off: return QStringLiteral("off");
    case SecantMode::Forward: return QStringLiteral("forward");
    case SecantMode::Central: return QStringLiteral("central");
    case SecantMode::BothSides: return QStringLiteral("both");
    }
    return {};
}

std::optional<SecantMode> DifferenceQuotient::fromKey(const QString &key)
{
    for (SecantMode mode :
         { SecantMode::Off, SecantMode::Forward, SecantMode::Central, SecantMode::BothSides }) {
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
    case SecantMode::BothSides: return tr("q(±h)");
    case SecantMode::Off: break;
    }
    return {};
}
