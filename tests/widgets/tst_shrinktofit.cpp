// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "shrinktofit.h"

#include <QTest>

/** The one rule for type that must fit: steps of 5 %, never below 60 %. */
class TestShrinkToFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scale_data();
    void scale();
    void textIsMeasuredByItsWidestLine();
};

void TestShrinkToFit::scale_data()
{
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("available");
    QTest::addColumn<double>("scale");
    QTest::newRow("fits: full size") << 100.0 << 100.0 << 1.0;
    QTest::newRow("a pixel too wide: 95 %") << 101.0 << 100.0 << 0.95;
    QTest::newRow("80 % exactly") << 100.0 << 80.0 << 0.8;
    QTest::newRow("just short of 80 %: 75 %") << 100.0 << 79.9 << 0.75;
    QTest::newRow("60 % exactly") << 100.0 << 60.0 << 0.6;
    QTest::newRow("far too wide: 60 %, no smaller") << 1000.0 << 100.0 << 0.6;
    QTest::newRow("no room at all: 60 %") << 100.0 << -10.0 << 0.6;
    QTest::newRow("nothing to fit: full size") << 0.0 << -10.0 << 1.0;
}

void TestShrinkToFit::scale()
{
    QFETCH(double, width);
    QFETCH(double, available);
    QFETCH(double, scale);
    QCOMPARE(ShrinkToFit::scale(available, [width](double s) { return width * s; }), scale);
}

void TestShrinkToFit::textIsMeasuredByItsWidestLine()
{
    const QFontMetricsF metrics { QFont() };
    const QString wide = QStringLiteral("f′(x) = 1 on the right");
    const double width = metrics.horizontalAdvance(wide);
    const QString text = QStringLiteral("x = 2\n") + wide + QStringLiteral("\nf = 2");
    QCOMPARE(ShrinkToFit::textScale(metrics, text, width), 1.0);
    QCOMPARE(ShrinkToFit::textScale(metrics, text, width * 0.9), 0.9);
    QCOMPARE(ShrinkToFit::scaled(QFont(), 0.5).pointSizeF(), QFont().pointSizeF() * 0.5);
}

QTEST_MAIN(TestShrinkToFit)
#include "tst_shrinktofit.moc"
