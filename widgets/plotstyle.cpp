// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plotstyle.h"

#include "piece.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

QFont PlotStyle::font(double pointSize, bool italic) const
{
    // The sizes are for the usual 10 pt desktop type; a larger system font (low vision) makes
    // the plots' type larger with it, a smaller one leaves it as it is.
    QFont font;
    const double system = QGuiApplication::font().pointSizeF();
    const double growth = system > referencePointSize ? system / referencePointSize : 1.0;
    font.setPointSizeF(pointSize * scale * growth);
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
    // Dark enough that its light ring stands out 3:1 on it, even seen without green cones.
    style.kink = QColor(0xe8, 0x3a, 0x3a);
    style.kinkRing = QColor(0xf5, 0xf5, 0xf5);
    style.kinkText = QColor(0xff, 0x55, 0x55);
    style.probe = QColor(0xf5, 0xf5, 0xf5);
    style.tangent = QColor(0xc3, 0x9b, 0xff);
    style.fan = QColor(0x9c, 0x6a, 0xde);
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

PlotStyle PlotStyle::highContrast(double scale)
{
    PlotStyle style;
    style.scale = scale;
    style.m_weight = 1.5;
    style.background = Qt::white;
    style.foreground = Qt::black;
    style.grid = QColor(0xc0, 0xc0, 0xc0);
    style.zeroLine = QColor(0x40, 0x40, 0x40);
    // ReLU's blue, green and red, darker: 7:1 or more on white, but the red (5.9:1).
    style.pieceColors[0] = QColor(0x00, 0x50, 0xb0);
    style.pieceColors[1] = QColor(0x00, 0x64, 0x00);
    style.pieceColors[2] = QColor(0x6b, 0x3e, 0x2e);
    style.pieceColors[3] = QColor(0x9c, 0x00, 0x6b);
    style.kink = QColor(0xcc, 0x00, 0x00);
    style.kinkRing = Qt::black;
    style.kinkText = style.kink;
    style.probe = Qt::black;
    style.tangent = QColor(0x50, 0x00, 0xa0);
    style.fan = QColor(0x7b, 0x2c, 0xbf);
    style.secant = QColor(0xb3, 0x47, 0x00);
    style.secantRight = QColor(0x00, 0x60, 0x70);
    style.centralQuotient = QColor(0x40, 0x40, 0x40);
    style.samplePoint = QColor(0x30, 0x30, 0x30);
    style.error = QColor(0xa0, 0x00, 0x00);
    style.pen = QColor(0xc0, 0x00, 0xc0);
    style.comparisonColors[0] = QColor(0x6b, 0x55, 0x00);
    style.comparisonColors[1] = QColor(0x80, 0x30, 0x7c);
    style.comparisonColors[2] = QColor(0x40, 0x4a, 0x50);
    style.comparisonColors[3] = QColor(0x4a, 0x66, 0x10);
    style.comparisonColors[4] = QColor(0x00, 0x60, 0x68);
    style.comparisonColors[5] = QColor(0x80, 0x48, 0x00);
    style.window = Qt::white;
    style.highlight = Qt::black;
    style.placeholderText = QColor(0x50, 0x50, 0x50);
    style.disabledText = QColor(0x60, 0x60, 0x60);
    style.link = QColor(0x00, 0x00, 0xc0);
    return style;
}

QVector<qreal> PlotStyle::comparisonDashes(int index)
{
    // In pen widths: dash, gap, dash, gap. Every one has a dash of 3 or more, so none is
    // dotted like the fan.
    static const QVector<qreal> dashes[6] = {
        { 6, 3 }, { 10, 3, 3, 3 }, { 6, 2, 1, 2 }, { 3, 3 }, { 6, 2, 1, 2, 1, 2 }, { 14, 4 },
    };
    return dashes[index % 6];
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
