// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QFont>
#include <QMargins>
#include <QSize>
#include <QVector>

#include <algorithm>
#include <vector>

/**
 * Colours, pens and type sizes of the plots. The colours carry the lesson and match the
 * notebook: blue for the part where f'(x) = 0, green where f'(x) = 1, red for the kink. The dark
 * style keeps those meanings with lighter shades, so every line and dot keeps a contrast of at
 * least 3:1 against the background and text at least 4.5:1 (WCAG 2.1 AA).
 */
struct PlotStyle
{
    QColor background { Qt::white };
    QColor foreground { 0x20, 0x20, 0x20 };
    QColor grid { 0xdd, 0xdd, 0xdd };
    /** The axes' zero lines: 3:1 on the background, as any line that carries meaning. */
    QColor zeroLine { 0x80, 0x80, 0x80 };
    /** Pieces, by derivative label: ReLU's blue and green first (PieceGraphs). */
    QColor pieceColors[4] = { QColor(0x1f, 0x77, 0xb4), QColor(0x00, 0x80, 0x00),
                              QColor(0x8c, 0x56, 0x4b), QColor(0xc5, 0x1b, 0x8a) };
    QColor kink { 0xff, 0x00, 0x00 };
    /**
     * The ring around the kink's dot, in the foreground's colour: it tells the dot from the probe
     * (an open circle) and the secant's points (rings of their own hue), in any colour vision.
     */
    QColor kinkRing { 0x20, 0x20, 0x20 };
    /** The kink's red as text (the lesson's "red"): 4.5:1, where pure red on white is 4.0:1. */
    QColor kinkText { 0xcc, 0x00, 0x00 };
    QColor probe { 0x11, 0x11, 0x11 };
    QColor tangent { 0x7b, 0x2c, 0xbf };
    /** The fan of subgradients: opaque (3:1), a lighter tangent's hue, and dotted. */
    QColor fan { 0xa0, 0x66, 0xd3 };
    QColor secant { 0xd9, 0x5f, 0x02 };
    /** The secant to the right (h > 0) when both sides are shown; `secant` is the left one. */
    QColor secantRight { 0x00, 0x6d, 0x77 };
    /** The central quotient's curve, dashed. */
    QColor centralQuotient { 0x5c, 0x5c, 0x5c };
    /** The notebook's sample points, beads on the curve in neither a piece's colour nor red. */
    QColor samplePoint { 0x44, 0x44, 0x44 };
    /** What went wrong (a bad expression, an export that failed): text, 4.5:1 on its background. */
    QColor error { 0xb0, 0x00, 0x20 };
    /**
     * The presenter's pen: magenta on light, yellow on dark, at least 3:1 on the background and
     * in no hue of the lesson's (the pieces' blue and green, the kink's red).
     */
    QColor pen { 0xee, 0x00, 0xee };
    /** The ring around the plot while it has the keyboard's focus, 3:1 on the background. */
    QColor focusRing { 0x00, 0x5f, 0xcc };
    /**
     * Compared functions, each in its own colour (none a piece colour, nor red), opaque and at
     * least 3:1 on the background (WCAG's contrast for graphics); thinner than the function.
     */
    QColor comparisonColors[6]
        = { QColor(0x8a, 0x6d, 0x00), QColor(0xa0, 0x46, 0x9c), QColor(0x5f, 0x6b, 0x73),
            QColor(0x6b, 0x8e, 0x23), QColor(0x00, 0x83, 0x8f), QColor(0xa6, 0x5e, 0x00) };

    /**
     * The window around the plots, for the dark theme's palette, whose text and fields take the
     * foreground and background above. Invalid in the light theme, which keeps the desktop
     * style's standard palette.
     */
    QColor window;
    QColor highlight;
    QColor placeholderText;
    QColor disabledText;
    QColor link; ///< links in the lesson's text; the standard palette's blue is unreadable on dark

    /** 1 on a desk; larger in presentation mode, scaling every size below but two hairlines. */
    double scale = 1.0;
    /** The scale of presentation mode, and of its lesson toolbar's type. */
    static constexpr double presentationScale = 2.0;
    static constexpr double presentationToolBarScale = 1.5;

    QColor pieceColor(int index) const { return pieceColors[index % 4]; }
    QColor comparisonColor(int index) const { return comparisonColors[index % 6]; }
    /**
     * Each compared function's dash pattern, in pen widths, so that none rests on its hue alone:
     * six patterns, none solid (the function's pieces are), none dotted (the fan is), none alike.
     */
    static QVector<qreal> comparisonDashes(int index);
    /** The fan's lines are dotted; the tangent and the convention's line are dashed. */
    static constexpr Qt::PenStyle fanPenStyle = Qt::DotLine;
    static constexpr Qt::PenStyle tangentPenStyle = Qt::DashLine;

    double curveWidth() const { return 3.5 * scale * m_weight; }
    double comparisonWidth() const { return 2.5 * scale * m_weight; }
    double tangentWidth() const { return 2.0 * scale * m_weight; }
    double kinkDotSize() const { return 13.0 * scale * m_weight; }
    double kinkRingWidth() const { return 2.0 * scale * m_weight; }
    double probeSize() const { return 20.0 * scale * m_weight; }
    double probePenWidth() const { return 3.0 * scale * m_weight; }
    double fanWidth() const { return 1.5 * scale * m_weight; }
    double secantWidth() const { return 2.5 * scale * m_weight; }
    double secantPointSize() const { return 10.0 * scale * m_weight; }
    double openCircleSize() const { return 14.0 * scale * m_weight; }
    double openCirclePenWidth() const { return 2.5 * scale * m_weight; }
    double derivativeMarkerSize() const { return 16.0 * scale * m_weight; }
    /** The convention's dots in the derivative panel: a little smaller than the kink's. */
    double conventionDotSize() const { return 10.0 * scale * m_weight; }
    /** The convention's line in a kink's fan, dashed like a tangent but bolder. */
    double conventionLineWidth() const { return 2.5 * scale * m_weight; }
    double secantPointPenWidth() const { return 1.5 * scale * m_weight; }
    double samplePointSize() const { return 11.0 * scale * m_weight; }
    /** Bolder than the curves, so a stroke reads from the back row, and grows with them. */
    double penWidth() const { return 5.0 * scale * m_weight; }
    /** The focus ring: bold enough to see from a desk, at every scale. */
    double focusRingWidth() const { return 3.0 * scale; }
    double axisLineWidth() const { return std::max(1.0, scale); }
    int tickLength() const { return int(5 * scale); }
    int subTickLength() const { return int(2 * scale); }
    QSize legendIconSize() const { return { int(36 * scale), int(18 * scale) }; }
    /** A hairline at every scale. */
    double legendBorderWidth() const { return 1.0; }
    /** Around the readout's text, in its row under the plot; the same at every scale. */
    QMargins readoutMargins() const { return { 8, 4, 8, 8 }; }
    /** The ring around a secant point: its secant's colour, darker. */
    static QColor secantPointOutline(QColor secantColour) { return secantColour.darker(130); }

    /** The light style (the notebook's colours) or the dark one, at a scale. */
    static PlotStyle light(double scale = 1.0);
    static PlotStyle dark(double scale = 1.0);
    /**
     * For low vision and washed-out projectors: black on pure white, darker hues, lines and
     * markers half as thick again (`weight`), and a window palette of black on white.
     */
    static PlotStyle highContrast(double scale = 1.0);
    bool isDark() const { return m_dark; }
    bool isHighContrast() const { return m_weight > 1.0; }
    /** How much thicker than the light style's the lines and markers are: 1, or more. */
    double weight() const { return m_weight; }
    QColor legendBrush() const
    {
        return m_dark ? QColor(0x1e, 0x1f, 0x22, 235) : QColor(255, 255, 255, 235);
    }

    // The controls around the plots, in pixels at the desktop's own type; presentation mode
    // leaves them as they are.
    /** Around a toolbar's group of controls. */
    static QMargins controlMargins() { return { 4, 0, 4, 0 }; }
    static constexpr int secantHSliderWidth = 160;
    static constexpr int parameterSliderWidth = 120;
    /** The least width a plot asks of its window: the axes, their labels and some of the curve. */
    static constexpr int minimumPlotWidth = 320;
    /** How many times its least width a toolbar's slider may grow to. */
    static constexpr int sliderStretchLimit = 2;
    /** Room beside the text a box must show: its frame, a clear button, a spin box's arrows. */
    static constexpr int lineEditPadding = 20;
    static constexpr int searchBoxPadding = 30;
    static constexpr int spinBoxPadding = 36;
    /** The widest the expression's status gets, in widths of an M. */
    static constexpr int statusWidthInEms = 28;
    /** The window's size at its first start, before it remembers one. */
    static QSize windowSize() { return { 1100, 860 }; }

    // The command palette over the plot scales with the plot (the back row reads it).
    /** Its type against the application's. */
    double paletteTypeScale() const { return 1.2 * scale; }
    /** Between it and the plot's top edge, and around and between its parts. */
    int paletteMargin() const { return int(12 * scale); }
    int paletteSpacing() const { return int(6 * scale); }
    /** Its width, in average character widths of its type (at most the plot's). */
    static constexpr int paletteWidthInChars = 44;
    /** The matches it shows at once; more scroll. */
    static constexpr int paletteRows = 8;

    static constexpr int errorBorderWidth = 2;
    /** A style sheet for a label that says what went wrong. */
    QString errorTextStyleSheet() const;
    /** A style sheet for a line edit whose text is wrong: framed in the error colour. */
    QString errorFrameStyleSheet() const;

    /** The WCAG 2.1 contrast ratio of two opaque colours, from 1 to 21. */
    static double contrast(QColor a, QColor b);

    /** The desktop type the plots' point sizes are for: a larger system font scales them. */
    static constexpr double referencePointSize = 10.0;

    QFont axisLabelFont() const;
    QFont tickLabelFont() const;
    QFont legendFont() const;
    QFont readoutFont() const;

private:
    QFont font(double pointSize, bool italic = false) const;
    bool m_dark = false;
    double m_weight = 1.0;
};
