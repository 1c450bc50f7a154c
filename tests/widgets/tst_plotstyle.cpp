// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plotstyle.h"

#include <QApplication>
#include <QStyle>
#include <QTest>

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

QTEST_MAIN(TestPlotStyle)
#include "tst_plotstyle.moc"
