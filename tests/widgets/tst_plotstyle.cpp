// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plotstyle.h"

#include <QApplication>
#include <QStyle>
#include <QTest>

#include <algorithm>
#include <cmath>

/** Both themes keep blue, green and red readable: WCAG 2.1 AA contrast against the background. */
class TestPlotStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastFormula_data();
    void contrastFormula();
    void themesMeetAA_data();
    void themesMeetAA();
    void penStandsOut_data();
    void penStandsOut();
    void scaleGrowsEverything_data();
    void scaleGrowsEverything();
    void everyColourContrasts_data();
    void everyColourContrasts();
    void kinkReadsInDeuteranopia_data();
    void kinkReadsInDeuteranopia();
    void linesDifferByShape();
    void highContrastIsThicker();
    void fontsFollowTheSystem();
};

namespace {

/** Every size the style gives, in pixels or points, and how it grows with the scale. */
struct Size
{
    const char *name;
    double (*of)(const PlotStyle &);
    /** 2: twice as large at twice the scale; 1: the same at every scale. */
    double growth = 2;
};

const Size sizes[] = {
    { "axis label font", [](const PlotStyle &s) { return s.axisLabelFont().pointSizeF(); } },
    { "tick label font", [](const PlotStyle &s) { return s.tickLabelFont().pointSizeF(); } },
    { "legend font", [](const PlotStyle &s) { return s.legendFont().pointSizeF(); } },
    { "readout font", [](const PlotStyle &s) { return s.readoutFont().pointSizeF(); } },
    { "curve width", [](const PlotStyle &s) { return s.curveWidth(); } },
    { "pen width", [](const PlotStyle &s) { return s.penWidth(); } },
    { "comparison width", [](const PlotStyle &s) { return s.comparisonWidth(); } },
    { "tangent width", [](const PlotStyle &s) { return s.tangentWidth(); } },
    { "kink dot", [](const PlotStyle &s) { return s.kinkDotSize(); } },
    { "probe", [](const PlotStyle &s) { return s.probeSize(); } },
    { "probe pen", [](const PlotStyle &s) { return s.probePenWidth(); } },
    { "fan width", [](const PlotStyle &s) { return s.fanWidth(); } },
    { "secant width", [](const PlotStyle &s) { return s.secantWidth(); } },
    { "secant point", [](const PlotStyle &s) { return s.secantPointSize(); } },
    { "secant point pen", [](const PlotStyle &s) { return s.secantPointPenWidth(); } },
    { "open circle", [](const PlotStyle &s) { return s.openCircleSize(); } },
    { "open circle pen", [](const PlotStyle &s) { return s.openCirclePenWidth(); } },
    { "derivative marker", [](const PlotStyle &s) { return s.derivativeMarkerSize(); } },
    { "convention dot", [](const PlotStyle &s) { return s.conventionDotSize(); } },
    { "convention line", [](const PlotStyle &s) { return s.conventionLineWidth(); } },
    { "sample point", [](const PlotStyle &s) { return s.samplePointSize(); } },
    { "axis line", [](const PlotStyle &s) { return s.axisLineWidth(); } },
    { "tick length", [](const PlotStyle &s) { return double(s.tickLength()); } },
    { "sub-tick length", [](const PlotStyle &s) { return double(s.subTickLength()); } },
    { "legend icon width", [](const PlotStyle &s) { return double(s.legendIconSize().width()); } },
    { "legend icon height",
      [](const PlotStyle &s) { return double(s.legendIconSize().height()); } },
    { "legend border", [](const PlotStyle &s) { return s.legendBorderWidth(); }, 1 },
    { "readout margin left", [](const PlotStyle &s) { return double(s.readoutMargins().left()); },
      1 },
    { "readout margin top", [](const PlotStyle &s) { return double(s.readoutMargins().top()); },
      1 },
    { "readout margin right", [](const PlotStyle &s) { return double(s.readoutMargins().right()); },
      1 },
    { "readout margin bottom",
      [](const PlotStyle &s) { return double(s.readoutMargins().bottom()); }, 1 },
};

/** WCAG 2.1's relative luminance, written out here and not taken from PlotStyle::contrast. */
double luminance(QColor c)
{
    const auto linear = [](int channel) {
        const double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(c.red()) + 0.7152 * linear(c.green()) + 0.0722 * linear(c.blue());
}

/** A translucent colour as drawn: mixed with what it is drawn on. */
QColor over(QColor top, QColor bottom)
{
    const double a = top.alphaF();
    const auto mix = [a](int t, int b) { return int(std::lround(a * t + (1 - a) * b)); };
    return QColor(mix(top.red(), bottom.red()), mix(top.green(), bottom.green()),
                  mix(top.blue(), bottom.blue()));
}

double ratio(QColor top, QColor bottom)
{
    const double a = luminance(over(top, bottom)), b = luminance(bottom);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

/**
 * Deuteranopia, severity 1.0: Machado, Oliveira and Fernandes (2009), applied to linear RGB
 * (the matrix is given for it), then back to sRGB.
 */
QColor deuteranopia(QColor c)
{
    static const double m[3][3] = { { 0.367322, 0.860646, -0.227968 },
                                    { 0.280085, 0.672501, 0.047413 },
                                    { -0.011820, 0.042940, 0.968881 } };
    const auto linear = [](int channel) {
        const double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const auto encode = [](double v) {
        v = std::clamp(v, 0.0, 1.0);
        const double s = v <= 0.0031308 ? 12.92 * v : 1.055 * std::pow(v, 1 / 2.4) - 0.055;
        return int(std::lround(255 * s));
    };
    const double rgb[3] = { linear(c.red()), linear(c.green()), linear(c.blue()) };
    int out[3];
    for (int i = 0; i < 3; ++i)
        out[i] = encode(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2]);
    return QColor(out[0], out[1], out[2]);
}

PlotStyle styleNamed(const QByteArray &name)
{
    return name == "dark" ? PlotStyle::dark()
        : name == "light" ? PlotStyle::light()
                          : PlotStyle::highContrast();
}

const char *const styleNames[] = { "light", "dark", "high contrast" };

} // namespace

void TestPlotStyle::contrastFormula_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("ratio");
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("same colour") << QColor(0x1f, 0x77, 0xb4) << QColor(0x1f, 0x77, 0xb4) << 1.0;
    QTest::newRow("pure red on white, WCAG's 4.0") << QColor(Qt::red) << QColor(Qt::white) << 3.998;
}

void TestPlotStyle::contrastFormula()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, ratio);
    QVERIFY(std::abs(PlotStyle::contrast(a, b) - ratio) < 0.01);
    QCOMPARE(PlotStyle::contrast(a, b), PlotStyle::contrast(b, a));
}

void TestPlotStyle::themesMeetAA_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestPlotStyle::themesMeetAA()
{
    QFETCH(bool, dark);
    const PlotStyle style = dark ? PlotStyle::dark() : PlotStyle::light();
    QCOMPARE(style.isDark(), dark);
    // Text: 4.5:1. Lines and dots that carry meaning: 3:1 (WCAG 2.1, 1.4.3 and 1.4.11).
    QVERIFY(PlotStyle::contrast(style.foreground, style.background) >= 4.5);
    for (int i = 0; i < 4; ++i)
        QVERIFY2(PlotStyle::contrast(style.pieceColor(i), style.background) >= 3.0,
                 qPrintable(style.pieceColor(i).name()));
    for (const QColor &colour : { style.kink, style.probe, style.tangent, style.secant,
                                  style.secantRight, style.centralQuotient })
        QVERIFY2(PlotStyle::contrast(colour, style.background) >= 3.0, qPrintable(colour.name()));
    // Compared functions too, each distinct from the others and from the pieces, and opaque:
    // mixed with the background they would lose the contrast.
    for (int i = 0; i < 6; ++i) {
        const QColor colour = style.comparisonColor(i);
        QVERIFY2(colour.alpha() == 255, qPrintable(colour.name()));
        QVERIFY2(PlotStyle::contrast(colour, style.background) >= 3.0, qPrintable(colour.name()));
        for (int j = 0; j < 4; ++j)
            QVERIFY(colour != style.pieceColor(j));
        for (int j = 0; j < i; ++j)
            QVERIFY(colour != style.comparisonColor(j));
    }
    // The meaning survives: the first piece is bluish, the second greenish, the kink reddish.
    QVERIFY(style.pieceColor(0).blue() > style.pieceColor(0).red());
    QVERIFY(style.pieceColor(1).green() > style.pieceColor(1).red()
            && style.pieceColor(1).green() > style.pieceColor(1).blue());
    QVERIFY(style.kink.red() > 2 * style.kink.green());
    // Errors are text: 4.5:1 on the plots' background and on the window's (the light theme keeps
    // the desktop style's standard palette).
    const QColor window
        = dark ? style.window : QApplication::style()->standardPalette().color(QPalette::Window);
    QVERIFY2(PlotStyle::contrast(style.error, style.background) >= 4.5,
             qPrintable(style.error.name()));
    QVERIFY2(PlotStyle::contrast(style.error, window) >= 4.5, qPrintable(window.name()));
    // The dark theme's window around the plots: its text, placeholders and selections read too.
    QCOMPARE(style.window.isValid(), dark);
    if (dark) {
        QVERIFY(PlotStyle::contrast(style.foreground, style.window) >= 4.5);
        QVERIFY(PlotStyle::contrast(style.placeholderText, style.background) >= 4.5);
        QVERIFY(PlotStyle::contrast(style.background, style.highlight) >= 4.5);
        // Links in the lesson's text (the standard palette's #0000ff is 1.9:1 here).
        QVERIFY(PlotStyle::contrast(style.link, style.background) >= 4.5);
        QVERIFY(PlotStyle::contrast(style.link, style.window) >= 4.5);
    }
}

void TestPlotStyle::penStandsOut_data()
{
    themesMeetAA_data();
}

void TestPlotStyle::penStandsOut()
{
    // The presenter's pen: 3:1 on the background, and no hue the lesson's colours mean.
    QFETCH(bool, dark);
    const PlotStyle style = dark ? PlotStyle::dark() : PlotStyle::light();
    QVERIFY2(PlotStyle::contrast(style.pen, style.background) >= 3.0, qPrintable(style.pen.name()));
    for (const QColor &lesson : { style.pieceColor(0), style.pieceColor(1), style.kink }) {
        const int hueGap = std::abs(style.pen.hsvHue() - lesson.hsvHue());
        QVERIFY2(std::min(hueGap, 360 - hueGap) >= 45,
                 qPrintable(style.pen.name() + QLatin1String(" near ") + lesson.name()));
    }
    QVERIFY(style.penWidth() > style.curveWidth()); // readable from the back row
}

void TestPlotStyle::scaleGrowsEverything_data()
{
    QTest::addColumn<int>("size");
    for (int i = 0; i < int(std::size(sizes)); ++i)
        QTest::newRow(sizes[i].name) << i;
}

void TestPlotStyle::scaleGrowsEverything()
{
    // Presentation mode doubles every size, in either theme, but the legend's border and the
    // readout's margins: a hairline and a thin margin stay so on a projector.
    QFETCH(int, size);
    const auto of = sizes[size].of;
    const double growth = sizes[size].growth;
    QVERIFY(of(PlotStyle::light(1.0)) > 0);
    QCOMPARE(of(PlotStyle::light(2.0)), growth * of(PlotStyle::light(1.0)));
    QCOMPARE(of(PlotStyle::dark(2.0)), growth * of(PlotStyle::dark(1.0)));
}

void TestPlotStyle::everyColourContrasts_data()
{
    // Every colour that draws something that means something, on what it is drawn on: text
    // 4.5:1 and lines and markers 3:1 (WCAG 2.1, 1.4.3 and 1.4.11). Left out: the grid, which
    // only helps reading positions off (faint by intent), and the window's own fills.
    QTest::addColumn<QColor>("colour");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<double>("least");
    for (const char *name : styleNames) {
        const PlotStyle s = styleNamed(name);
        const auto row = [&](const char *what, QColor colour, double least, QColor on = QColor()) {
            QTest::addRow("%s, %s", name, what)
                << colour << (on.isValid() ? on : s.background) << least;
        };
        row("text", s.foreground, 4.5);
        row("error text", s.error, 4.5);
        row("kink's red as text", s.kinkText, 4.5);
        const QColor window = s.window.isValid()
            ? s.window
            : QApplication::style()->standardPalette().color(QPalette::Window);
        row("error text on the window", s.error, 4.5, window);
        row("text on the window", s.foreground, 4.5, window);
        if (s.window.isValid()) {
            row("placeholder text", s.placeholderText, 4.5);
            row("link", s.link, 4.5);
            row("link on the window", s.link, 4.5, window);
            row("selected text", s.background, 4.5, s.highlight);
        }
        for (int i = 0; i < 4; ++i)
            row(qPrintable(QStringLiteral("piece %1").arg(i)), s.pieceColor(i), 3.0);
        for (int i = 0; i < 6; ++i)
            row(qPrintable(QStringLiteral("comparison %1").arg(i)), s.comparisonColor(i), 3.0);
        row("zero line", s.zeroLine, 3.0);
        row("kink", s.kink, 3.0);
        row("kink's ring", s.kinkRing, 3.0);
        row("probe", s.probe, 3.0);
        row("tangent", s.tangent, 3.0);
        row("fan", s.fan, 3.0);
        row("secant", s.secant, 3.0);
        row("right secant", s.secantRight, 3.0);
        row("secant point's ring", PlotStyle::secantPointOutline(s.secant), 3.0);
        row("central quotient", s.centralQuotient, 3.0);
        row("sample point", s.samplePoint, 3.0);
        row("pen", s.pen, 3.0);
        row("focus ring", s.focusRing, 3.0);
        row("text on the legend", s.foreground, 4.5, over(s.legendBrush(), s.background));
    }
}

void TestPlotStyle::everyColourContrasts()
{
    QFETCH(QColor, colour);
    QFETCH(QColor, background);
    QFETCH(double, least);
    const double r = ratio(colour, background);
    QVERIFY2(r >= least,
             qPrintable(QStringLiteral("%1 on %2: %3:1")
                            .arg(colour.name(QColor::HexArgb), background.name())
                            .arg(r, 0, 'f', 2)));
}

void TestPlotStyle::kinkReadsInDeuteranopia_data()
{
    QTest::addColumn<QByteArray>("name");
    for (const char *name : styleNames)
        QTest::newRow(name) << QByteArray(name);
}

void TestPlotStyle::kinkReadsInDeuteranopia()
{
    // Seen without green cones (simulated), the kink's red is close to the green piece it sits
    // on and to the secant's orange: hue does not tell them apart. Shape must: the kink's dot
    // is a ring that stands out 3:1 both on its red fill and on the background, as simulated,
    // while a secant's point is a plain disc (its outline is its own hue, darker) and the
    // probe an open circle.
    QFETCH(QByteArray, name);
    const PlotStyle s = styleNamed(name);
    const QColor kink = deuteranopia(s.kink), ring = deuteranopia(s.kinkRing);
    qInfo("%s: kink %s against green %.2f:1, against the secant %.2f:1", name.constData(),
          qPrintable(kink.name()), ratio(kink, deuteranopia(s.pieceColor(1))),
          ratio(kink, deuteranopia(s.secant)));
    QVERIFY2(ratio(ring, kink) >= 3.0,
             qPrintable(QStringLiteral("ring %1 on %2: %3:1")
                            .arg(ring.name(), kink.name())
                            .arg(ratio(ring, kink), 0, 'f', 2)));
    QVERIFY(ratio(ring, deuteranopia(s.background)) >= 3.0);
    QVERIFY(s.kinkRingWidth() >= 2.0);
    for (const QColor &secant : { s.secant, s.secantRight }) {
        const QColor outline = deuteranopia(PlotStyle::secantPointOutline(secant));
        QVERIFY(ratio(outline, deuteranopia(secant)) < 3.0);
    }
}

void TestPlotStyle::linesDifferByShape()
{
    // The secant is solid, the tangent dashed and the fan dotted and thinner; each compared
    // function has its own dashes, and none is solid like the function.
    QVERIFY(PlotStyle::fanPenStyle != PlotStyle::tangentPenStyle);
    QVERIFY(PlotStyle::fanPenStyle != Qt::SolidLine && PlotStyle::tangentPenStyle != Qt::SolidLine);
    for (const char *name : styleNames) {
        const PlotStyle s = styleNamed(name);
        QVERIFY(s.fanWidth() < s.tangentWidth() && s.fanWidth() < s.secantWidth());
    }
    for (int i = 0; i < 6; ++i) {
        const QVector<qreal> dashes = PlotStyle::comparisonDashes(i);
        QVERIFY2(dashes.size() >= 2 && dashes.size() % 2 == 0, qPrintable(QString::number(i)));
        for (qreal d : dashes)
            QVERIFY(d > 0);
        // Not dotted like the fan: one dash at least three pen widths long.
        QVERIFY(*std::max_element(dashes.cbegin(), dashes.cend()) >= 3);
        for (int j = 0; j < i; ++j)
            QVERIFY2(dashes != PlotStyle::comparisonDashes(j),
                     qPrintable(QStringLiteral("%1 and %2").arg(i).arg(j)));
    }
}

void TestPlotStyle::highContrastIsThicker()
{
    // Black on pure white, and every line and marker thicker than the light style's.
    const PlotStyle hc = PlotStyle::highContrast(), light = PlotStyle::light();
    QCOMPARE(hc.background, QColor(Qt::white));
    QCOMPARE(hc.foreground, QColor(Qt::black));
    QVERIFY(hc.isHighContrast() && !light.isHighContrast() && !hc.isDark());
    for (const Size &size : sizes) {
        if (size.growth == 1 || QByteArray(size.name).contains("font")
            || QByteArray(size.name).contains("tick") || QByteArray(size.name).contains("legend")
            || QByteArray(size.name).contains("axis"))
            continue;
        QVERIFY2(size.of(hc) >= 1.4 * size.of(light), size.name);
    }
}

void TestPlotStyle::fontsFollowTheSystem()
{
    // A 16 pt desktop (low vision) makes the plots' type 1.6 times as large; a small one leaves
    // it alone.
    const QFont saved = QApplication::font();
    QFont font = saved;
    font.setPointSizeF(PlotStyle::referencePointSize);
    QApplication::setFont(font);
    const double base = PlotStyle::light().readoutFont().pointSizeF();
    font.setPointSizeF(16);
    QApplication::setFont(font);
    const double large = PlotStyle::light().readoutFont().pointSizeF();
    font.setPointSizeF(7);
    QApplication::setFont(font);
    const double small = PlotStyle::light().readoutFont().pointSizeF();
    QApplication::setFont(saved);
    QCOMPARE(large, 1.6 * base);
    QCOMPARE(small, base);
}

QTEST_MAIN(TestPlotStyle)
#include "tst_plotstyle.moc"
