// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <qcustomplot.h>

/**
 * QCustomPlot's ticker with a reader's labels: the decimal separator of the default QLocale (the
 * UI language's: "0,5" in German and French), a true minus sign ("−2", not the hyphen "-2"), and
 * no group separators. The tick positions are QCPAxisTicker's.
 */
class ReaderAxisTicker : public QCPAxisTicker
{
public:
    /** The label of `tick` in `locale`, as QLocale::toString formats it, for a reader. */
    static QString label(double tick, const QLocale &locale, QChar formatChar, int precision);
    /** Puts a ReaderAxisTicker on each of `rect`'s four axes. */
    static void install(QCPAxisRect *rect);

    /** The plot's locale is ignored: it is fixed when the plot is built, the default is not. */
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override;
};
