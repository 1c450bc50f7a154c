// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "axisticker.h"

#include <cmath>

QString ReaderAxisTicker::label(double tick, const QLocale &locale, QChar formatChar, int precision)
{
    QLocale plain = locale;
    plain.setNumberOptions(plain.numberOptions() | QLocale::OmitGroupSeparator);
    QString text = plain.toString(tick, formatChar.toLatin1(), precision);
    // A tick at zero computed as -1e-17 would read "-0".
    if (text.startsWith(plain.negativeSign()) && plain.toDouble(text) == 0.0)
        text.remove(0, plain.negativeSign().size());
    return text.replace(plain.negativeSign(), QStringLiteral("−"));
}

void ReaderAxisTicker::install(QCPAxisRect *rect)
{
    for (QCPAxis *axis : rect->axes())
        axis->setTicker(QSharedPointer<ReaderAxisTicker>::create());
}

double ReaderAxisTicker::niceStepAtLeast(double step)
{
    const double power = std::pow(10.0, std::floor(std::log10(step)));
    for (double mantissa : { 1.0, 2.0, 4.0, 5.0, 10.0 }) {
        if (mantissa * power >= step * (1 - 1e-12))
            return mantissa * power;
    }
    return 10.0 * power;
}

double ReaderAxisTicker::getTickStep(const QCPRange &range)
{
    const double step = QCPAxisTicker::getTickStep(range);
    if (!(m_minimumStep > 0.0) || step >= m_minimumStep || !std::isfinite(m_minimumStep))
        return step;
    return niceStepAtLeast(m_minimumStep);
}

QString ReaderAxisTicker::getTickLabel(double tick, const QLocale &, QChar formatChar,
                                       int precision)
{
    return label(tick, QLocale(), formatChar, precision);
}
