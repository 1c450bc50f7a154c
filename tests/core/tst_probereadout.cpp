// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "explorerstate.h"
#include "expressionactivation.h"
#include "probereadout.h"

#include <QTest>

/**
 * The readout's words: the slope off the kink; "undefined", the convention's value, ∂f and the
 * one-sided derivatives on it; the difference quotient with the secant on.
 */
class TestProbeReadout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describe_data();
    void describe();
    void lineCountIgnoresTheProbe();
    void wordsAtBreakpoints_data();
    void wordsAtBreakpoints();
    void aJumpNeverReadsAsNoJump();
    void aMissingValueIsSaidOnce();
};

void TestProbeReadout::describe_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<DerivativeConvention>("convention");
    QTest::addColumn<SecantMode>("secant");
    QTest::addColumn<double>("h");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("atKink");
    using C = DerivativeConvention;
    using S = SecantMode;
    QTest::newRow("notebook question: slope at x = 2")
        << 2.0 << C::PyTorch << S::Off << 1.0 << 2
        << QStringLiteral("x = 2.00     f(x) = 2.00     f′(x) = 1\nf′₋(x) = 1     f′₊(x) = 1")
        << false;
    QTest::newRow("slope at x = -2")
        << -2.0 << C::PyTorch << S::Off << 1.0 << 2
        << QStringLiteral("x = −2.00     f(x) = 0.00     f′(x) = 0\nf′₋(x) = 0     f′₊(x) = 0")
        << false;
    QTest::newRow("kink, framework")
        << 0.0 << C::PyTorch << S::Off << 1.0 << 2
        << QStringLiteral("x = 0.00     f(x) = 0.00     f′(0) undefined, set to 0 (PyTorch)\n"
                          "Clarke gradient = ∂f(0) = [0, 1]     f′₋(0) = 0     f′₊(0) = 1")
        << true;
    QTest::newRow("kink, average")
        << 0.0 << C::Average << S::Off << 1.0 << 2
        << QStringLiteral("x = 0.00     f(x) = 0.00     f′(0) undefined, set to 0.5 (average)\n"
                          "Clarke gradient = ∂f(0) = [0, 1]     f′₋(0) = 0     f′₊(0) = 1")
        << true;
    QTest::newRow("kink, undefined")
        << 0.0 << C::Undefined << S::Off << 1.0 << 2
        << QStringLiteral("x = 0.00     f(x) = 0.00     f′(0) undefined\n"
                          "Clarke gradient = ∂f(0) = [0, 1]     f′₋(0) = 0     f′₊(0) = 1")
        << true;
    QTest::newRow("just right of the kink: a slope, not the kink")
        << 1e-9 << C::PyTorch << S::Off << 1.0 << 10
        << QStringLiteral(
               "x = 0.0000000010     f(x) = 0.0000000010     f′(x) = 1\nf′₋(x) = 1     f′₊(x) = 1")
        << false;
    QTest::newRow("kink, forward secant from the right")
        << 0.0 << C::PyTorch << S::Forward << 0.001 << 2
        << QStringLiteral("x = 0.00     f(x) = 0.00     f′(0) undefined, set to 0 (PyTorch)\n"
                          "Clarke gradient = ∂f(0) = [0, 1]     f′₋(0) = 0     f′₊(0) = 1\n"
                          "h = 0.001     (f(x+h) − f(x)) / h = 1")
        << true;
    QTest::newRow("kink, forward secant from the left")
        << 0.0 << C::PyTorch << S::Forward << -0.001 << 2
        << QStringLiteral("x = 0.00     f(x) = 0.00     f′(0) undefined, set to 0 (PyTorch)\n"
                          "Clarke gradient = ∂f(0) = [0, 1]     f′₋(0) = 0     f′₊(0) = 1\n"
                          "h = −0.001     (f(x+h) − f(x)) / h = 0")
        << true;
    QTest::newRow("kink, central difference says why it is not the derivative")
        << 0.0 << C::PyTorch << S::Central << 0.001 << 2
        << QStringLiteral("x = 0.00     f(x) = 0.00     f′(0) undefined, set to 0 (PyTorch)\n"
                          "Clarke gradient = ∂f(0) = [0, 1]     f′₋(0) = 0     f′₊(0) = 1\n"
                          "h = 0.001     (f(x+h) − f(x−h)) / 2h = 0.5     "
                          "(the average of both sides, not a slope of f)")
        << true;
    QTest::newRow("off the kink, central difference is just a slope")
        << 2.0 << C::PyTorch << S::Central << 0.5 << 2
        << QStringLiteral("x = 2.00     f(x) = 2.00     f′(x) = 1\nf′₋(x) = 1     f′₊(x) = 1\n"
                          "h = 0.5     (f(x+h) − f(x−h)) / 2h = 1")
        << false;
}

void TestProbeReadout::describe()
{
    QFETCH(double, x);
    QFETCH(DerivativeConvention, convention);
    QFETCH(SecantMode, secant);
    QFETCH(double, h);
    QFETCH(int, decimals);
    QFETCH(QString, text);
    QFETCH(bool, atKink);
    ExplorerState state;
    state.setProbeX(x);
    state.setConvention(convention);
    state.setSecantMode(secant);
    state.setSecantH(h);
    const ProbeReadout readout = ProbeReadout::describe(state, decimals);
    QCOMPARE(readout.text(), text);
    QCOMPARE(readout.atKink, atKink);
}

void TestProbeReadout::lineCountIgnoresTheProbe()
{
    ExplorerState state;
    for (SecantMode mode : { SecantMode::Off, SecantMode::Forward, SecantMode::Central }) {
        state.setSecantMode(mode);
        state.setProbeX(2.0);
        const auto away = ProbeReadout::describe(state, 2).lines().size();
        state.setProbeX(0.0);
        const auto onKink = ProbeReadout::describe(state, 2).lines().size();
        QCOMPARE(onKink, away);
        QCOMPARE(int(away), mode == SecantMode::Off ? 2 : 3);
    }
}

void TestProbeReadout::wordsAtBreakpoints_data()
{
    // Where f′ does not exist the readout says so, and why; it never prints a number in its
    // place. Truths: tests/core/data/expression_breakpoints.csv (sympy), and the definitions.
    QTest::addColumn<QString>("expression");
    QTest::addColumn<double>("x");
    QTest::addColumn<QString>("text");
    QTest::newRow("a jump: x+(x>0) at 0")
        << QStringLiteral("x+(x>0)") << 0.0
        << QStringLiteral("x = 0.00     f(x) = 0.00     jump at 0: f′(0) does not exist\n"
                          "f → 0 from the left, 1 from the right     f′₋(0) = 1     f′₊(0) = ∞     "
                          "autograd (PyTorch) returns 1");
    QTest::newRow("a jump both of whose quotients run off: sign(x) at 0")
        << QStringLiteral("sign(x)") << 0.0
        << QStringLiteral("x = 0.00     f(x) = 0.00     jump at 0: f′(0) does not exist\n"
                          "f → −1 from the left, 1 from the right     f′₋(0) = ∞     f′₊(0) = ∞    "
                          " autograd (PyTorch) returns 0");
    QTest::newRow("a cusp: sqrt(abs(x)) at 0")
        << QStringLiteral("sqrt(abs(x))") << 0.0
        << QStringLiteral(
               "x = 0.00     f(x) = 0.00     cusp at 0: f′(0) does not exist (infinite slope)\n"
               "f → 0 from both sides     f′₋(0) = −∞     f′₊(0) = ∞     autograd (PyTorch) "
               "returns NaN");
    QTest::newRow("a vertical tangent: cbrt(x) at 0")
        << QStringLiteral("cbrt(x)") << 0.0
        << QStringLiteral(
               "x = 0.00     f(x) = 0.00     vertical tangent at 0: f′(0) does not exist "
               "(infinite slope)\nf → 0 from both sides     f′₋(0) = ∞     f′₊(0) = ∞     autograd "
               "(PyTorch) returns ∞");
    QTest::newRow("a hole: sin(x)/x at 0")
        << QStringLiteral("sin(x)/x") << 0.0
        << QStringLiteral("x = 0.00     f(x) is undefined     hole at 0: f(0) is undefined, so "
                          "f′(0) does not exist\n"
                          "f → 1 from both sides     f′₋(0) = undefined     f′₊(0) = undefined     "
                          "autograd (PyTorch) returns NaN");
    QTest::newRow("a pole: 1/x at 0")
        << QStringLiteral("1/x") << 0.0
        << QStringLiteral(
               "x = 0.00     f(x) is undefined     pole at 0: f is undefined there\n"
               "f → −∞ from the left, ∞ from the right     autograd (PyTorch) returns −∞");
    QTest::newRow("the end of the domain: sqrt(x) at 0")
        << QStringLiteral("sqrt(x)") << 0.0
        << QStringLiteral(
               "x = 0.00     f(x) = 0.00     end of f's domain at 0: f′(0) does not exist\n"
               "f is undefined for x < 0; f → 0 from the right     f′₋(0) = undefined     f′₊(0) = "
               "∞     autograd (PyTorch) returns ∞");
    QTest::newRow("an oscillation: x*sin(1/x) at 0")
        << QStringLiteral("x*sin(1/x)") << 0.0
        << QStringLiteral(
               "x = 0.00     f(x) is undefined     f oscillates near 0: f′(0) does not exist\n"
               "f → 0 from both sides     f′₋(0) = undefined     f′₊(0) = undefined     autograd "
               "(PyTorch) returns NaN");
    QTest::newRow("smooth although it has kinks inside: relu(x)-relu(-x) at 0")
        << QStringLiteral("relu(x)-relu(-x)") << 0.0
        << QStringLiteral("x = 0.00     f(x) = 0.00     f′(x) = 1\nf′₋(x) = 1     f′₊(x) = 1     "
                          "autograd (PyTorch) returns 0: a spurious derivative, f′(0) is 1");
}

void TestProbeReadout::wordsAtBreakpoints()
{
    QFETCH(QString, expression);
    QFETCH(double, x);
    QFETCH(QString, text);
    ExplorerState state;
    state.setActivation(ExpressionActivation::parse(expression).activation);
    state.setProbeX(x);
    const ProbeReadout readout = ProbeReadout::describe(state, 2);
    QCOMPARE(readout.text(), text);
    QVERIFY(!readout.text().contains(QLatin1String("nan")));
}

QTEST_GUILESS_MAIN(TestProbeReadout)
void TestProbeReadout::aJumpNeverReadsAsNoJump()
{
    // softplus switches to x at 20 and misses by about 2·10⁻⁹ (mpmath: log1p(e²⁰) − 20 =
    // 2.0611536e-9): in short form both limits read "20".
    ExplorerState state;
    state.setActivation(ActivationCatalog::create(QStringLiteral("softplus")));
    state.setProbeX(20.0);
    const ProbeReadout readout = ProbeReadout::describe(state, 2);
    QVERIFY2(readout.slope.startsWith(QStringLiteral("jump at 20")), qPrintable(readout.slope));
    const QString sides = readout.sides;
    QVERIFY2(sides.contains(QStringLiteral("f → 20.000000002061"))
                 && sides.contains(QStringLiteral("from the right")),
             qPrintable(sides));
    QVERIFY2(!sides.contains(QStringLiteral("f → 20 from the left, 20 from the right")),
             qPrintable(sides));
}

void TestProbeReadout::aMissingValueIsSaidOnce()
{
    // x*(x>0) is ReLU; TensorFlow.js cannot differentiate its comparison (measured: tf.grad
    // throws), and the readout says so once, on the first line.
    ExplorerState state;
    state.setActivation(ExpressionActivation::parse(QStringLiteral("x*(x>0)")).activation);
    state.setConvention(DerivativeConvention::TfJs);
    state.setProbeX(0.0);
    const QString text = ProbeReadout::describe(state, 2).text();
    QCOMPARE(text.count(QStringLiteral("tf.grad fails")), 1);
    QVERIFY2(text.contains(QStringLiteral("f′(0) undefined; TensorFlow.js: tf.grad fails on a "
                                          "comparison")),
             qPrintable(text));
}

#include "tst_probereadout.moc"
