// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "breakpoint.h"
#include "fuzzy.h"

#include <QTest>

#include <cmath>
#include <limits>

Q_DECLARE_METATYPE(Breakpoint)

namespace {

Breakpoint kinkAt(double x, double left, double right, double framework)
{
    Breakpoint b;
    b.x = x;
    b.kind = BreakpointKind::Kink;
    b.value = b.valueLeft = b.valueRight = 0.0;
    b.left = b.slopeLeft = left;
    b.right = b.slopeRight = right;
    b.autograd[Framework::PyTorch] = framework;
    return b;
}

Breakpoint of(BreakpointKind kind, double left, double right, double value = 0.0)
{
    Breakpoint b;
    b.kind = kind;
    b.value = value;
    b.left = left;
    b.right = right;
    b.autograd[Framework::PyTorch] = 0.0;
    return b;
}

} // namespace

/** A breakpoint's one-sided derivatives, conventions, subgradient and words. */
class TestBreakpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derivative_data();
    void derivative();
    void convexity();
    void legendLabel_data();
    void legendLabel();
    void noConventionWhereNoKink_data();
    void noConventionWhereNoKink();
    void summary_data();
    void summary();
};

void TestBreakpoint::derivative_data()
{
    QTest::addColumn<double>("left");
    QTest::addColumn<double>("right");
    QTest::addColumn<double>("framework");
    QTest::addColumn<DerivativeConvention>("convention");
    QTest::addColumn<double>("expected");
    using C = DerivativeConvention;
    QTest::newRow("relu, framework") << 0.0 << 1.0 << 0.0 << C::PyTorch << 0.0;
    QTest::newRow("relu, left") << 0.0 << 1.0 << 0.0 << C::Left << 0.0;
    QTest::newRow("relu, right") << 0.0 << 1.0 << 0.0 << C::Right << 1.0;
    QTest::newRow("relu, average") << 0.0 << 1.0 << 0.0 << C::Average << 0.5;
    QTest::newRow("concave kink, average") << 1.0 << 0.0 << 0.0 << C::Average << 0.5;
    QTest::newRow("framework differs from both sides' average")
        << -0.5 << 0.0 << -0.5 << C::PyTorch << -0.5;
    QTest::newRow("large slopes, average") << -1e300 << 1e300 << 0.0 << C::Average << 0.0;
}

void TestBreakpoint::derivative()
{
    QFETCH(double, left);
    QFETCH(double, right);
    QFETCH(double, framework);
    QFETCH(DerivativeConvention, convention);
    QFETCH(double, expected);
    const Breakpoint kink = kinkAt(0.0, left, right, framework);
    RELU_FUZZY_COMPARE(kink.derivative(convention), expected, 0.0, 1e-15);
    QVERIFY(std::isnan(kink.derivative(DerivativeConvention::Undefined)));
}

void TestBreakpoint::convexity()
{
    const Breakpoint relu = kinkAt(0.0, 0.0, 1.0, 0.0);
    QVERIFY(relu.isConvex());
    QCOMPARE(relu.slopeRange(), (Interval { 0.0, 1.0 }));

    const Breakpoint relu6Top = kinkAt(6.0, 1.0, 0.0, 0.0);
    QVERIFY(!relu6Top.isConvex());
    QCOMPARE(relu6Top.slopeRange(), (Interval { 0.0, 1.0 }));
}

void TestBreakpoint::legendLabel_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<DerivativeConvention>("convention");
    QTest::addColumn<QString>("expected");
    using C = DerivativeConvention;
    QTest::newRow("relu, framework: the notebook's label")
        << 0.0 << C::PyTorch << QStringLiteral("f′(0) undefined, set to 0");
    QTest::newRow("relu, left") << 0.0 << C::Left
                                << QStringLiteral("f′(0) undefined, set to 0 (left side)");
    QTest::newRow("relu, right") << 0.0 << C::Right
                                 << QStringLiteral("f′(0) undefined, set to 1 (right side)");
    QTest::newRow("relu, average")
        << 0.0 << C::Average << QStringLiteral("f′(0) undefined, set to 0.5 (average)");
    QTest::newRow("relu, undefined") << 0.0 << C::Undefined << QStringLiteral("f′(0) undefined");
    QTest::newRow("kink at 6") << 6.0 << C::Undefined << QStringLiteral("f′(6) undefined");
    QTest::newRow("kink at -3, with a true minus sign")
        << -3.0 << C::Undefined << QStringLiteral("f′(−3) undefined");
}

void TestBreakpoint::legendLabel()
{
    QFETCH(double, x);
    QFETCH(DerivativeConvention, convention);
    QFETCH(QString, expected);
    const Breakpoint kink = kinkAt(x, 0.0, 1.0, 0.0);
    QCOMPARE(kink.legendLabel(convention), expected);
}

void TestBreakpoint::noConventionWhereNoKink_data()
{
    QTest::addColumn<Breakpoint>("point");
    QTest::addColumn<QString>("label");
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("jump: sign(x) at 0")
        << of(BreakpointKind::Jump, inf, inf) << QStringLiteral("jump at 0: f′(0) does not exist");
    QTest::newRow("hole: sin(x)/x at 0")
        << of(BreakpointKind::Removable, Breakpoint::none, Breakpoint::none, Breakpoint::none)
        << QStringLiteral("hole at 0: f′(0) does not exist");
    QTest::newRow("cusp: sqrt(abs(x)) at 0")
        << of(BreakpointKind::Cusp, -inf, inf) << QStringLiteral("cusp at 0: f′(0) does not exist");
    QTest::newRow("vertical tangent: cbrt(x) at 0")
        << of(BreakpointKind::Cusp, inf, inf)
        << QStringLiteral("vertical tangent at 0: f′(0) does not exist");
    QTest::newRow("pole: 1/x at 0")
        << of(BreakpointKind::Pole, Breakpoint::none, Breakpoint::none, Breakpoint::none)
        << QStringLiteral("pole at 0: f′(0) does not exist");
}

void TestBreakpoint::noConventionWhereNoKink()
{
    // At a jump, a hole or a pole no convention "sets" f′: it does not exist, whatever programs
    // return.
    QFETCH(Breakpoint, point);
    QFETCH(QString, label);
    for (int i = 0; i < ConventionNames::count; ++i)
        QCOMPARE(point.legendLabel(ConventionNames::fromIndex(i)), label);
    QVERIFY(!point.isKink());
    QVERIFY(std::isnan(point.derivative(DerivativeConvention::Average))
            || std::isfinite(point.left));
}

void TestBreakpoint::summary_data()
{
    QTest::addColumn<QVector<int>>("kinds");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QVector<int> {} << true << QStringLiteral("no breakpoints");
    QTest::newRow("two kinks and a jump")
        << QVector<int> { int(BreakpointKind::Kink), int(BreakpointKind::Jump),
                          int(BreakpointKind::Kink) }
        << true << QStringLiteral("2 kink(s), 1 jump(s)");
    QTest::newRow("cut short") << QVector<int> { int(BreakpointKind::Jump),
                                                 int(BreakpointKind::Jump) }
                               << false << QStringLiteral("more than 2 breakpoints");
}

void TestBreakpoint::summary()
{
    QFETCH(QVector<int>, kinds);
    QFETCH(bool, complete);
    QFETCH(QString, expected);
    std::vector<Breakpoint> points;
    for (int k : kinds)
        points.push_back(of(BreakpointKind(k), 0.0, 1.0));
    QCOMPARE(Breakpoint::summary(points, complete), expected);
}

QTEST_GUILESS_MAIN(TestBreakpoint)
#include "tst_breakpoint.moc"
