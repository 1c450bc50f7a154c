// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plotstyle.h"

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
    void lightKeepsTheNotebooksColours();
    void scaleGrowsEverything();
};

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
    for (const QColor &colour : { style.kink, style.probe, style.tangent, style.secant })
        QVERIFY2(PlotStyle::contrast(colour, style.background) >= 3.0, qPrintable(colour.name()));
    // The meaning survives: the first piece is bluish, the second greenish, the kink reddish.
    QVERIFY(style.pieceColor(0).blue() > style.pieceColor(0).red());
    QVERIFY(style.pieceColor(1).green() > style.pieceColor(1).red()
            && style.pieceColor(1).green() > style.pieceColor(1).blue());
    QVERIFY(style.kink.red() > 2 * style.kink.green());
}

void TestPlotStyle::lightKeepsTheNotebooksColours()
{
    const PlotStyle style = PlotStyle::light();
    QCOMPARE(style.pieceColor(0), QColor(0x1f, 0x77, 0xb4));
    QCOMPARE(style.pieceColor(1), QColor(0x00, 0x80, 0x00));
    QCOMPARE(style.kink, QColor(0xff, 0x00, 0x00));
}

void TestPlotStyle::scaleGrowsEverything()
{
    const PlotStyle normal = PlotStyle::light(1.0);
    const PlotStyle big = PlotStyle::light(2.0);
    QCOMPARE(big.readoutFont().pointSizeF(), 2 * normal.readoutFont().pointSizeF());
    QCOMPARE(big.tickLabelFont().pointSizeF(), 2 * normal.tickLabelFont().pointSizeF());
    QCOMPARE(big.curveWidth(), 2 * normal.curveWidth());
    QCOMPARE(big.probeSize(), 2 * normal.probeSize());
    QCOMPARE(big.kinkDotSize(), 2 * normal.kinkDotSize());
}

QTEST_MAIN(TestPlotStyle)
#include "tst_plotstyle.moc"
