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
