// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fuzzy.h"
#include "kink.h"

#include <QTest>

/** A kink's one-sided derivatives, conventions, subgradient and legend text. */
class TestKink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derivative_data();
    void derivative();
    void convexity();
    void legendLabel_data();
    void legendLabel();
};

void TestKink::derivative_data()
{
    QTest::addColumn<double>("left");
    QTest::addColumn<double>("right");
    QTest::addColumn<double>("framework");
    QTest::addColumn<DerivativeConvention>("convention");
    QTest::addColumn<double>("expected");
    using C = DerivativeConvention;
    QTest::newRow("relu, framework") << 0.0 << 1.0 << 0.0 << C::Framework << 0.0;
    QTest::newRow("relu, left") << 0.0 << 1.0 << 0.0 << C::Left << 0.0;
    QTest::newRow("relu, right") << 0.0 << 1.0 << 0.0 << C::Right << 1.0;
    QTest::newRow("relu, average") << 0.0 << 1.0 << 0.0 << C::Average << 0.5;
    QTest::newRow("concave kink, average") << 1.0 << 0.0 << 0.0 << C::Average << 0.5;
    QTest::newRow("framework differs from both sides' average")
        << -0.5 << 0.0 << -0.5 << C::Framework << -0.5;
    QTest::newRow("large slopes, average") << -1e300 << 1e300 << 0.0 << C::Average << 0.0;
}

void TestKink::derivative()
{
    QFETCH(double, left);
    QFETCH(double, right);
    QFETCH(double, framework);
    QFETCH(DerivativeConvention, convention);
    QFETCH(double, expected);
    const Kink kink { 0.0, left, right, framework };
    RELU_FUZZY_COMPARE(kink.derivative(convention), expected, 0.0, 1e-15);
    QVERIFY(std::isnan(kink.derivative(DerivativeConvention::Undefined)));
}

void TestKink::convexity()
{
    const Kink relu { 0.0, 0.0, 1.0, 0.0 };
    QVERIFY(relu.isConvex());
    QVERIFY(relu.subgradient().has_value());
    QCOMPARE(relu.subgradient()->lower, 0.0);
    QCOMPARE(relu.subgradient()->upper, 1.0);
    QCOMPARE(relu.slopeRange(), (Interval { 0.0, 1.0 }));

    const Kink relu6Top { 6.0, 1.0, 0.0, 0.0 };
    QVERIFY(!relu6Top.isConvex());
    QVERIFY(!relu6Top.subgradient().has_value());
    QCOMPARE(relu6Top.slopeRange(), (Interval { 0.0, 1.0 }));
}

void TestKink::legendLabel_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<DerivativeConvention>("convention");
    QTest::addColumn<QString>("expected");
    using C = DerivativeConvention;
    QTest::newRow("relu, framework: the notebook's label")
        << 0.0 << C::Framework << QStringLiteral("f′(0) undefined, set to 0");
    QTest::newRow("relu, left") << 0.0 << C::Left
                                << QStringLiteral("f′(0) undefined, set to 0 (left side)");
    QTest::newRow("relu, right") << 0.0 << C::Right
                                 << QStringLiteral("f′(0) undefined, set to 1 (right side)");
    QTest::newRow("relu, average")
        << 0.0 << C::Average << QStringLiteral("f′(0) undefined, set to 0.5 (average)");
    QTest::newRow("relu, undefined") << 0.0 << C::Undefined << QStringLiteral("f′(0) undefined");
    QTest::newRow("kink at 6") << 6.0 << C::Undefined << QStringLiteral("f′(6) undefined");
    QTest::newRow("kink at -3") << -3.0 << C::Undefined << QStringLiteral("f′(-3) undefined");
}

void TestKink::legendLabel()
{
    QFETCH(double, x);
    QFETCH(DerivativeConvention, convention);
    QFETCH(QString, expected);
    const Kink kink { x, 0.0, 1.0, 0.0 };
    QCOMPARE(kink.legendLabel(convention), expected);
}

QTEST_GUILESS_MAIN(TestKink)
#include "tst_kink.moc"
