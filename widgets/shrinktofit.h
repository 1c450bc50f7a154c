// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QString>

class QCPLegend;

/**
 * Type that must fit a width, the readout's longest line and the legend's widest entry, shrinks
 * in steps of 5 % to 60 % of its full size at most: smaller would be unreadable from the back row,
 * so past that it may run over instead. One rule, two ways of measuring: a text's lines are
 * measured once at full size (type scales linearly), a legend at each size (its icons and padding
 * do not scale with its type).
 */
class ShrinkToFit
{
public:
    static constexpr int stepPercent = 5;
    static constexpr int smallestPercent = 60;

    /**
     * The largest scale of 1, 0.95, … 0.6 at which `widthAt(scale)` is at most `available`; 0.6
     * when none is. Nothing to fit (a width of 0) fits at full size.
     */
    template<typename WidthAt> static double scale(double available, const WidthAt &widthAt)
    {
        for (int percent = 100; percent > smallestPercent; percent -= stepPercent) {
            const double scale = percent / 100.0;
            const double width = widthAt(scale);
            if (width <= available || width <= 0)
                return scale;
        }
        return smallestPercent / 100.0;
    }

    /** The scale at which the widest line of `text`, measured at full size, fits `available`. */
    static double textScale(const QFontMetricsF &fullSize, const QString &text, double available);
    /**
     * `text` with each line that does not fit `available` at the smallest scale broken between
     * its fields (parts joined by `separator`), greedily: a readout wraps rather than run past
     * the edge. A single field wider than `available` keeps a line of its own.
     */
    static QString wrapped(const QFontMetricsF &fullSize, const QString &text, double available,
                           const QString &separator);
    /** `font` at `scale` times its size. */
    static QFont scaled(QFont font, double scale);
    /** Gives `legend` the largest size of `fullSize` at which it fits `available` pixels. */
    static void fitLegend(QCPLegend *legend, const QFont &fullSize, double available);
};
