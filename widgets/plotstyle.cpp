// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plotstyle.h"

#include "piece.h"

#include <algorithm>
#include <cmath>

QFont PlotStyle::font(double pointSize, bool italic) const
{
    QFont font;
    font.setPointSizeF(pointSize * scale);
    font.setItalic(italic);
    return font;
}

QFont PlotStyle::axisLabelFont() const
{
    return font(20, true);
}

QFont PlotStyle::tickLabelFont() const
{
    return font(12);
}

QFont PlotStyle::legendFont() const
{
    return font(13);
}

QFont PlotStyle::readoutFont() const
{
    return font(15);
}

PlotStyle PlotStyle::light(double scale)
{
    PlotStyle style;
    style.scale = scale;
    return style;
}

PlotStyle PlotStyle::dark(double scale)
{
    PlotStyle style;
    style.m_dark = true;
    style.scale = scale;
    style.background = QColor(0x1e, 0x1f, 0x22);
    style.foreground = QColor(0xe8, 0xe8, 0xe8);
    style.grid = QColor(0x3a, 0x3d, 0x41);
    style.zeroLine = QColor(0x80, 0x82, 0x86);
    style.pieceColors[0] = QColor(0x5a, 0xa9, 0xe6);
    style.pieceColors[1] = QColor(0x3c, 0xb4, 0x4b);
    style.pieceColors[2] = QColor(0xc4, 0x9c, 0x94);
    style.pieceColors[3] = QColor(0xf0, 0x6e, 0xaa);
    style.kink = QColor(0xff, 0x55, 0x55);
    style.probe = QColor(0xf5, 0xf5, 0xf5);
    style.tangent = QColor(0xc3, 0x9b, 0xff);
    style.fan = QColor(0xc3, 0x9b, 0xff, 0x66);
    style.secant = QColor(0xff, 0x9e, 0x4a);
    style.secantRight = QColor(0x4d, 0xd0, 0xe1);
    style.centralQuotient = QColor(0xb8, 0xb8, 0xb8);
    style.samplePoint = QColor(0xb0, 0xb0, 0xb0);
    style.error = QColor(0xff, 0x8a, 0x80);
    style.pen = QColor(0xff, 0xff, 0x00);
    style.focusRing = QColor(0x8a, 0xb4, 0xf8);
    style.comparisonColors[0] = QColor(0xd4, 0xb1, 0x06);
    style.comparisonColors[1] = QColor(0xd9, 0x8a, 0xd4);
    style.comparisonColors[2] = QColor(0xa3, 0xb1, 0xbb);
    style.comparisonColors[3] = QColor(0xa5, 0xc8, 0x5a);
    style.comparisonColors[4] = QColor(0x4f, 0xc3, 0xcf);
    style.comparisonColors[5] = QColor(0xf0, 0xa0, 0x4b);
    style.window = QColor(0x2b, 0x2d, 0x30);
    style.highlight = QColor(0x5a, 0xa9, 0xe6);
    style.placeholderText = QColor(0x9a, 0x9a, 0x9a);
    style.disabledText = QColor(0x80, 0x80, 0x80);
    style.link = QColor(0x8a, 0xb4, 0xf8);
    return style;
}

QString PlotStyle::errorTextStyleSheet() const
{
    return QStringLiteral("color: %1;").arg(error.name());
}

QString PlotStyle::errorFrameStyleSheet() const
{
    return QStringLiteral("QLineEdit { border: %1px solid %2; }")
        .arg(errorBorderWidth)
        .arg(error.name());
}

double PlotStyle::contrast(QColor a, QColor b)
{
    auto luminance = [](QColor c) {
        auto channel = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
