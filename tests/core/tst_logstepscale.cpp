// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "explorerstate.h"
#include "fuzzy.h"
#include "logstepscale.h"

#include <QTest>

/** The signed log slider for h: ends at ±2, the middle at ±1e-6, every decade the same width. */
class TestLogStepScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ends_data();
    void ends();
    void roundTrip();
    void decadesAreEven();
};

void TestLogStepScale::ends_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<double>("h");
    const int n = LogStepScale::positions;
    QTest::newRow("right end") << n << 2.0;
    QTest::newRow("left end") << -n << -2.0;
    QTest::newRow("middle, right side") << 0 << 1e-6;
    QTest::newRow("middle, left side") << -1 << -1e-6;
    QTest::newRow("beyond the right end") << n + 50 << 2.0;
}

void TestLogStepScale::ends()
{
    QFETCH(int, position);
    QFETCH(double, h);
    RELU_FUZZY_COMPARE(LogStepScale::toStep(position), h, 0.0, 1e-12);
}

void TestLogStepScale::roundTrip()
{
    for (int position = -LogStepScale::positions; position <= LogStepScale::positions; ++position)
        QCOMPARE(LogStepScale::toPosition(LogStepScale::toStep(position)), position);
    QCOMPARE(LogStepScale::toPosition(1e-12), 0);
    QCOMPARE(LogStepScale::toPosition(-100.0), -LogStepScale::positions);
    QCOMPARE(LogStepScale::toPosition(0.0), 0);
}

void TestLogStepScale::decadesAreEven()
{
    const int a = LogStepScale::toPosition(1e-5);
    const int b = LogStepScale::toPosition(1e-4);
    const int c = LogStepScale::toPosition(1e-3);
    QVERIFY(std::abs((b - a) - (c - b)) <= 1);
    QVERIFY(b - a > 50); // a decade is a good stretch of slider
}

QTEST_GUILESS_MAIN(TestLogStepScale)
#include "tst_logstepscale.moc"
