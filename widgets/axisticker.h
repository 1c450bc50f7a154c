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

    /**
     * Ticks at least `step` apart (0: QCustomPlot's choice alone): a narrow axis in large type
     * gets fewer, so its labels do not touch. A step so raised is 1, 2, 4 or 5 times a power of
     * ten: −4, 0, 4 on the notebook's [−4.4, 4.4].
     */
    void setMinimumStep(double step) { m_minimumStep = step; }
    double minimumStep() const { return m_minimumStep; }
    /** The least of 1, 2, 4, 5 times a power of ten that is at least `step` (> 0). */
    static double niceStepAtLeast(double step);

protected:
    double getTickStep(const QCPRange &range) override;

private:
    double m_minimumStep = 0.0;
};
