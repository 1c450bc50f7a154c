// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QProxyStyle>

/**
 * The desktop's style, with two things the dark theme needs: the frame of an unticked box or an
 * unchosen round button drawn in the text's colour (Fusion draws it a shade darker than the
 * window, invisible on a dark menu), and disabled text without the light "etched" shadow, which
 * on a dark menu read as embossed. On a light palette it draws exactly as the style does.
 */
class IndicatorStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
                  const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;

    /** A palette whose window is darker than mid-grey. */
    static bool isDark(const QPalette &palette);
    /** Wraps the application's style in one, once; later calls do nothing. */
    static void install();
};
