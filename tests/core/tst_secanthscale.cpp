// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "explorerstate.h"
#include "fuzzy.h"
#include "secanthscale.h"

#include <QTest>

/** The signed log slider for h: ends at ±2, the middle at ±1e-6, every decade the same width. */
class TestSecantHScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ends_data();
    void ends();
    void roundTrip();
    void decadesAreEven();
};

void TestSecantHScale::ends_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<double>("h");
    const int n = SecantHScale::positions;
    QTest::newRow("right end") << n << 2.0;
    QTest::newRow("left end") << -n << -2.0;
    QTest::newRow("middle, right side") << 0 << 1e-6;
    QTest::newRow("middle, left side") << -1 << -1e-6;
    QTest::newRow("beyond the right end") << n + 50 << 2.0;
}

void TestSecantHScale::ends()
{
    QFETCH(int, position);
    QFETCH(double, h);
    RELU_FUZZY_COMPARE(SecantHScale::toH(position), h, 0.0, 1e-12);
}

void TestSecantHScale::roundTrip()
{
    for (int position = -SecantHScale::positions; position <= SecantHScale::positions; ++position)
        QCOMPARE(SecantHScale::toPosition(SecantHScale::toH(position)), position);
    QCOMPARE(SecantHScale::toPosition(1e-12), 0);
    QCOMPARE(SecantHScale::toPosition(-100.0), -SecantHScale::positions);
    QCOMPARE(SecantHScale::toPosition(0.0), 0);
}

void TestSecantHScale::decadesAreEven()
{
    const int a = SecantHScale::toPosition(1e-5);
    const int b = SecantHScale::toPosition(1e-4);
    const int c = SecantHScale::toPosition(1e-3);
    QVERIFY(std::abs((b - a) - (c - b)) <= 1);
    QVERIFY(b - a > 50); // a decade is a good stretch of slider
}

QTEST_GUILESS_MAIN(TestSecantHScale)
#include "tst_secanthscale.moc"
