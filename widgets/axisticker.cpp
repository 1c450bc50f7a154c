// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "axisticker.h"

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

QString ReaderAxisTicker::getTickLabel(double tick, const QLocale &, QChar formatChar,
                                       int precision)
{
    return label(tick, QLocale(), formatChar, precision);
}
