// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "borndead.h"

#include <QTest>

#include <cmath>

/**
 * The share of deep, narrow ReLU networks born dead, against the figures issue 14 quotes (width
 * 2, no biases, N(0, 1) weights: about 15 % at depth 2, 91 % at depth 10, nearly all at depth 50),
 * which an independent Python simulation of 20000 networks also gave (0.152, 0.910, 1.0). A seed
 * gives the same count every time.
 */
class TestBornDead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shares_data();
    void shares();
    void oneLayerNeverDies();
    void aSeedGivesTheSameCount();
    void badSizesCountNothing();
};

void TestBornDead::shares_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("tolerance"); // about four standard errors at 20000 networks
    QTest::newRow("depth 2") << 2 << 0.15 << 0.012;
    QTest::newRow("depth 10") << 10 << 0.91 << 0.01;
    QTest::newRow("depth 50") << 50 << 0.999 << 0.002;
}

void TestBornDead::shares()
{
    QFETCH(int, depth);
    QFETCH(double, expected);
    QFETCH(double, tolerance);
    const BornDead::Result result = BornDead::measure(depth, 2, 20000, 2026);
    QCOMPARE(result.networks, 20000);
    qInfo("depth %d: %d of %d born dead (%.4f)", depth, result.dead, result.networks,
          result.share());
    QVERIFY2(std::abs(result.share() - expected) <= tolerance,
             qPrintable(QStringLiteral("%1 born dead at depth %2").arg(result.share()).arg(depth)));
}

void TestBornDead::oneLayerNeverDies()
{
    // With one hidden layer, each unit is active at x = 1 or at x = −1 (w ≠ 0): never all zero.
    QCOMPARE(BornDead::measure(1, 2, 1000, 7).dead, 0);
}

void TestBornDead::aSeedGivesTheSameCount()
{
    const BornDead::Result a = BornDead::measure(5, 3, 2000, 99);
    const BornDead::Result b = BornDead::measure(5, 3, 2000, 99);
    QCOMPARE(a.dead, b.dead);
    QVERIFY(a.dead > 0 && a.dead < 2000);
}

void TestBornDead::badSizesCountNothing()
{
    QCOMPARE(BornDead::measure(0, 2, 10, 1).networks, 0);
    QCOMPARE(BornDead::measure(3, 0, 10, 1).networks, 0);
    QCOMPARE(BornDead::measure(3, 2, 0, 1).networks, 0);
}

QTEST_GUILESS_MAIN(TestBornDead)
#include "tst_borndead.moc"
