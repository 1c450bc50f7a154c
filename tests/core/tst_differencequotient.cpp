// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activations.h"
#include "differencequotient.h"
#include "fuzzy.h"

#include <QTest>

/**
 * Secant slopes: from each side of the kink they stay at 0 and 1 however small h gets; the
 * central difference stays at 1/2, which is no derivative.
 */
class TestDifferenceQuotient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forward_data();
    void forward();
    void central_data();
    void central();
    void shrinkingFromEachSide();
    void keys();
};

void TestDifferenceQuotient::forward_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("h");
    QTest::addColumn<double>("expected");
    QTest::newRow("kink, h = +1e-3") << 0.0 << 1e-3 << 1.0;
    QTest::newRow("kink, h = -1e-3") << 0.0 << -1e-3 << 0.0;
    QTest::newRow("kink, h = +1e-6") << 0.0 << 1e-6 << 1.0;
    QTest::newRow("kink, h = -1e-6") << 0.0 << -1e-6 << 0.0;
    QTest::newRow("kink, h = +2") << 0.0 << 2.0 << 1.0;
    QTest::newRow("x = 2, h = 1e-6") << 2.0 << 1e-6 << 1.0;
    QTest::newRow("x = -2, h = 1e-6") << -2.0 << 1e-6 << 0.0;
    QTest::newRow("x = -0.5, h = 1: crosses the kink") << -0.5 << 1.0 << 0.5;
    QTest::newRow("x = 1e-9, h = -1e-6: crosses the kink") << 1e-9 << -1e-6 << 1e-9 / 1e-6;
    QTest::newRow("large x") << 1e12 << 1e-3 << 1.0;
}

void TestDifferenceQuotient::forward()
{
    QFETCH(double, x);
    QFETCH(double, h);
    QFETCH(double, expected);
    const Activation &relu = reluFunction();
    // Rounding of x + h costs up to |x| * 2^-52 / |h| in the quotient.
    RELU_FUZZY_COMPARE(DifferenceQuotient::forward(relu, x, h), expected,
                       1e-9 * std::max(1.0, std::abs(x)), 0.0);
    RELU_FUZZY_COMPARE(DifferenceQuotient::of(SecantMode::Forward, relu, x, h), expected,
                       1e-9 * std::max(1.0, std::abs(x)), 0.0);
}

void TestDifferenceQuotient::central_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("h");
    QTest::addColumn<double>("expected");
    QTest::newRow("kink, h = 1e-3: one half") << 0.0 << 1e-3 << 0.5;
    QTest::newRow("kink, h = -1e-3: one half") << 0.0 << -1e-3 << 0.5;
    QTest::newRow("kink, h = 1e-6: one half") << 0.0 << 1e-6 << 0.5;
    QTest::newRow("x = 2") << 2.0 << 1e-3 << 1.0;
    QTest::newRow("x = -2") << -2.0 << 1e-3 << 0.0;
}

void TestDifferenceQuotient::central()
{
    QFETCH(double, x);
    QFETCH(double, h);
    QFETCH(double, expected);
    const Activation &relu = reluFunction();
    RELU_FUZZY_COMPARE(DifferenceQuotient::central(relu, x, h), expected, 1e-9, 0.0);
}

void TestDifferenceQuotient::shrinkingFromEachSide()
{
    // What the "shrink h" animation shows at x = 0: halving h never moves either side's slope.
    const Activation &relu = reluFunction();
    for (double h = 2.0; h >= 1e-6; h /= 2.0) {
        QCOMPARE(DifferenceQuotient::forward(relu, 0.0, h), 1.0);
        QCOMPARE(DifferenceQuotient::forward(relu, 0.0, -h), 0.0);
        QCOMPARE(DifferenceQuotient::central(relu, 0.0, h), 0.5);
    }
    QVERIFY(std::isnan(DifferenceQuotient::of(SecantMode::Off, relu, 0.0, 1.0)));
}

void TestDifferenceQuotient::keys()
{
    for (SecantMode mode : { SecantMode::Off, SecantMode::Forward, SecantMode::Central })
        QCOMPARE(DifferenceQuotient::fromKey(DifferenceQuotient::key(mode)), mode);
    QVERIFY(!DifferenceQuotient::fromKey(QStringLiteral("backward")));
}

QTEST_GUILESS_MAIN(TestDifferenceQuotient)
#include "tst_differencequotient.moc"
