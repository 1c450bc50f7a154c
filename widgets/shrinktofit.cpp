// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "shrinktofit.h"

#include <QStringView>
#include <qcustomplot.h>

#include <algorithm>

double ShrinkToFit::textScale(const QFontMetricsF &fullSize, const QString &text, double available)
{
    double widest = 0;
    for (const QStringView line : QStringView(text).tokenize(QLatin1Char('\n')))
        widest = std::max(widest, fullSize.horizontalAdvance(line.toString()));
    return scale(available, [widest](double scale) { return widest * scale; });
}

QString ShrinkToFit::wrapped(const QFontMetricsF &fullSize, const QString &text, double available,
                             const QString &separator)
{
    // Measured at full size: at the smallest scale a line of width w takes w · 0.6.
    const double room = available / (smallestPercent / 100.0);
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (fullSize.horizontalAdvance(line) <= room || separator.isEmpty()) {
            out << line;
            continue;
        }
        QString current;
        for (const QString &field : line.split(separator)) {
            const QString joined = current.isEmpty() ? field : current + separator + field;
            if (!current.isEmpty() && fullSize.horizontalAdvance(joined) > room) {
                out << current;
                current = field;
            } else {
                current = joined;
            }
        }
        out << current;
    }
    return out.join(QLatin1Char('\n'));
}

QFont ShrinkToFit::scaled(QFont font, double scale)
{
    font.setPointSizeF(font.pointSizeF() * scale);
    return font;
}

void ShrinkToFit::fitLegend(QCPLegend *legend, const QFont &fullSize, double available)
{
    auto setScale = [&](double scale) {
        const QFont font = scaled(fullSize, scale);
        if (font != legend->font())
            legend->setFont(font);
    };
    setScale(scale(available, [&](double scale) {
        setScale(scale);
        return legend->minimumOuterSizeHint().width();
    }));
}
