// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "explorerstate.h"
#include "expressionactivation.h"
#include "spokendescription.h"

#include <QTest>

/**
 * What a screen reader says of the graph. The truths are the calculus of each function, worked
 * by hand: relu's slopes 0 and 1 on either side of 0, sign's limits −1 and 1 at its jump,
 * |x| + (x > 1)'s kink at 0 (slopes −1 and 1) and jump at 1 (limits 1 and 2), PyTorch's
 * relu′(0) = 0 (measured, docs/pytorch-conventions.md).
 */
class TestSpokenDescription : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void number_data();
    void number();
    void speak_data();
    void speak();
    void probe_data();
    void probe();
    void graphListsPiecesAndBreakpoints_data();
    void graphListsPiecesAndBreakpoints();
    void graphCountsOnlyWhatIsInView();
    void graphNeverCallsUndefinedDifferentiable_data();
    void graphNeverCallsUndefinedDifferentiable();
};

void TestSpokenDescription::number_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("spoken");
    QTest::newRow("integer") << 2.0 << -1 << QStringLiteral("2");
    QTest::newRow("negative") << -0.5 << -1 << QStringLiteral("minus 0.5");
    QTest::newRow("negative zero") << -0.0 << -1 << QStringLiteral("0");
    QTest::newRow("rounded like the readout") << 1.23456 << 2 << QStringLiteral("1.23");
    QTest::newRow("no trailing zeros") << 0.10000000000000001 << 2 << QStringLiteral("0.1");
    QTest::newRow("rounds to zero") << -0.001 << 2 << QStringLiteral("0");
    QTest::newRow("power of ten") << 1e-6 << -1 << QStringLiteral("10 to the power minus 6");
    QTest::newRow("mantissa") << -2.5e-7 << -1
                              << QStringLiteral("minus 2.5 times 10 to the power minus 7");
    QTest::newRow("thousands, no separator") << 1000.0 << -1 << QStringLiteral("1000");
    QTest::newRow("infinity") << qInf() << -1 << QStringLiteral("infinity");
    QTest::newRow("minus infinity") << -qInf() << -1 << QStringLiteral("minus infinity");
    QTest::newRow("nan") << qQNaN() << -1 << QStringLiteral("undefined");
}

void TestSpokenDescription::number()
{
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(QString, spoken);
    QCOMPARE(SpokenDescription::number(value, decimals), spoken);
}

void TestSpokenDescription::speak_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("spoken");
    QTest::newRow("one-sided") << QStringLiteral("f′₋(0) = 0")
                               << QStringLiteral("f prime minus of 0 = 0");
    QTest::newRow("right") << QStringLiteral("f′₊(x) = 1")
                           << QStringLiteral("f prime plus of x = 1");
    QTest::newRow("derivative of gelu")
        << QStringLiteral("f′(x) = Φ(x) + x·φ(x)")
        << QStringLiteral("f prime of x = capital Phi(x) + x times phi(x)");
    QTest::newRow("minus and root") << QStringLiteral("f′(x) = −1/(2·√(−x))")
                                    << QStringLiteral("f prime of x = minus 1/(2 times square "
                                                      "root of (minus x))");
    QTest::newRow("power of ten") << QStringLiteral("h = 10⁻⁶")
                                  << QStringLiteral("h = 10 to the power minus 6");
    QTest::newRow("plain stays") << QStringLiteral("max(0, x)") << QStringLiteral("max(0, x)");
    QTest::newRow("the lesson's values")
        << QStringLiteral("f(−1) = 0 and f′(2) = 1; use ← and →")
        << QStringLiteral("f of minus 1 = 0 and f prime of 2 = 1; use ← and →");
    QTest::newRow("not a function called f")
        << QStringLiteral("elf(2)") << QStringLiteral("elf(2)");
}

void TestSpokenDescription::speak()
{
    QFETCH(QString, text);
    QFETCH(QString, spoken);
    QCOMPARE(SpokenDescription::speak(text), spoken);
}

void TestSpokenDescription::probe_data()
{
    QTest::addColumn<QString>("function"); // a catalog name, or a formula
    QTest::addColumn<double>("x");
    QTest::addColumn<DerivativeConvention>("convention");
    QTest::addColumn<SecantMode>("secant");
    QTest::addColumn<QString>("spoken");
    using C = DerivativeConvention;
    using S = SecantMode;
    QTest::newRow("relu right of the kink") << QStringLiteral("relu") << 2.0 << C::PyTorch << S::Off
                                            << QStringLiteral("x = 2, f of x = 2, slope 1");
    QTest::newRow("relu left of the kink") << QStringLiteral("relu") << -1.5 << C::PyTorch << S::Off
                                           << QStringLiteral("x = minus 1.5, f of x = 0, slope 0");
    QTest::newRow("relu at the kink, PyTorch")
        << QStringLiteral("relu") << 0.0 << C::PyTorch << S::Off
        << QStringLiteral("kink at x = 0, f of x = 0: slope 0 from the left, 1 from the right; "
                          "PyTorch uses 0");
    QTest::newRow("relu at the kink, right derivative")
        << QStringLiteral("relu") << 0.0 << C::Right << S::Off
        << QStringLiteral("kink at x = 0, f of x = 0: slope 0 from the left, 1 from the right; "
                          "the convention takes the right slope, 1");
    QTest::newRow("relu at the kink, average")
        << QStringLiteral("relu") << 0.0 << C::Average << S::Off
        << QStringLiteral("kink at x = 0, f of x = 0: slope 0 from the left, 1 from the right; "
                          "the convention takes the average of both sides, 0.5");
    QTest::newRow("relu at the kink, undefined")
        << QStringLiteral("relu") << 0.0 << C::Undefined << S::Off
        << QStringLiteral("kink at x = 0, f of x = 0: slope 0 from the left, 1 from the right; "
                          "the convention leaves f prime undefined");
    // (f(0 + 1) − f(0)) / 1 = 1 for relu.
    QTest::newRow("secant at the kink")
        << QStringLiteral("relu") << 0.0 << C::PyTorch << S::Forward
        << QStringLiteral("kink at x = 0, f of x = 0: slope 0 from the left, 1 from the right; "
                          "PyTorch uses 0; secant with h = 1: slope 1");
    QTest::newRow("sign's jump")
        << QStringLiteral("sign(x)") << 0.0 << C::PyTorch << S::Off
        << QStringLiteral("jump at x = 0: f tends to minus 1 from the left and 1 from the right, "
                          "f of x = 0; f prime does not exist");
    QTest::newRow("unknown: no claim about f′")
        << QStringLiteral("x*sin(1/x)") << 0.0 << C::PyTorch << S::Off << QString();
    QTest::newRow("a pole has no value")
        << QStringLiteral("1/x") << 0.0 << C::PyTorch << S::Off
        << QStringLiteral("pole at x = 0: f tends to minus infinity from the left and infinity "
                          "from the right, f of x is undefined; f prime does not exist");
}

namespace {

std::shared_ptr<const Activation> functionFor(const QString &name)
{
    if (auto builtin = ActivationCatalog::create(name))
        return builtin;
    return ExpressionActivation::parse(name).activation;
}

} // namespace

void TestSpokenDescription::probe()
{
    QFETCH(QString, function);
    QFETCH(double, x);
    QFETCH(DerivativeConvention, convention);
    QFETCH(SecantMode, secant);
    QFETCH(QString, spoken);
    ExplorerState state;
    state.setActivation(functionFor(function));
    state.setConvention(convention);
    state.setSecantMode(secant);
    state.setSecantH(1.0);
    state.setProbeX(x);
    if (spoken.isEmpty()) {
        // Whatever kind the analysis gives x·sin(1/x) at 0, the words never claim more than it
        // knows: "does not exist" only for a kind it named.
        const Breakpoint *b = state.probeBreakpoint();
        QVERIFY(b);
        const QString said = SpokenDescription::probe(state, 2);
        QCOMPARE(said.contains(QStringLiteral("f prime does not exist")),
                 b->kind != BreakpointKind::Unknown && !b->isKink());
        return;
    }
    QCOMPARE(SpokenDescription::probe(state, 2), spoken);
}

void TestSpokenDescription::graphListsPiecesAndBreakpoints_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QStringList>("lines"); // each must be a line of the description
    QTest::newRow("relu") << QStringLiteral("relu")
                          << QStringList {
                                 QStringLiteral("Function: relu, f of x = max(0, x)."),
                                 QStringLiteral("Pieces in view: 2."),
                                 QStringLiteral("For x less than 0: a straight line with slope "
                                                "0, f of x = 0."),
                                 QStringLiteral("For x greater than 0: a straight line with "
                                                "slope 1, f of x = x."),
                                 QStringLiteral("Kink at x = 0, f of 0 = 0: slope 0 from the "
                                                "left, 1 from the right; PyTorch uses 0."),
                                 QStringLiteral("Convention at kinks: PyTorch."),
                             };
    QTest::newRow("a kink and a jump")
        << QStringLiteral("abs(x)+(x>1)")
        << QStringList {
               QStringLiteral("Pieces in view: 3."),
               QStringLiteral("For x less than 0: a straight line with slope minus 1, f of x = "
                              "minus x."),
               QStringLiteral("For x between 0 and 1: a straight line with slope 1, f of x = x."),
               QStringLiteral("For x greater than 1: a straight line with slope 1, f of x = x "
                              "plus 1."),
               QStringLiteral("Kink at x = 0, f of 0 = 0: slope minus 1 from the left, 1 from "
                              "the right; PyTorch uses 0."),
               QStringLiteral("Jump at x = 1: f tends to 1 from the left and 2 from the right, f "
                              "of 1 = 1; f prime does not exist; the curve's slope is 1 on the "
                              "left and 1 on the right."),
           };
    QTest::newRow("smooth") << QStringLiteral("tanh")
                            << QStringList { QStringLiteral(
                                   "No kink, jump or other breakpoint in view: f is "
                                   "differentiable at every x in view.") };
}

void TestSpokenDescription::graphListsPiecesAndBreakpoints()
{
    QFETCH(QString, function);
    QFETCH(QStringList, lines);
    ExplorerState state;
    state.setActivation(functionFor(function));
    state.setView({ -4, 4 }, { -2, 5 });
    const QStringList described = SpokenDescription::graph(state).split(QLatin1Char('\n'));
    for (const QString &line : lines)
        QVERIFY2(described.contains(line),
                 qPrintable(line + u"\nnot in\n"_qs + described.join(u'\n')));
    QVERIFY(described.contains(QStringLiteral("View: x from minus 4 to 4, y from minus 2 to 5.")));
    QVERIFY(described.last().startsWith(QStringLiteral("Probe: ")));
}

void TestSpokenDescription::graphCountsOnlyWhatIsInView()
{
    // floor has a piece per integer out to the analysis' limit; only the view's are spoken.
    // −4 and 4 are jumps, so the view [−4, 4] meets exactly the 8 pieces between them, and
    // holds the 9 jumps at −4, …, 4.
    ExplorerState state;
    state.setActivation(functionFor(QStringLiteral("floor(x)")));
    state.setView({ -4, 4 }, { -5, 5 });
    const QString described = SpokenDescription::graph(state);
    QVERIFY2(described.contains(QStringLiteral("Pieces in view: 8.")), qPrintable(described));
    // "9 jumps" (with the app's English plurals; "9 jump(s)" without them, as here).
    QVERIFY2(described.contains(QStringLiteral("Breakpoints in view: 9 jump")),
             qPrintable(described));
}

void TestSpokenDescription::graphNeverCallsUndefinedDifferentiable_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("line");
    // √(x − 10) is undefined on all of [−4, 4]; √(x + 10) defined and smooth on all of it.
    QTest::newRow("undefined everywhere")
        << QStringLiteral("sqrt(x-10)") << QStringLiteral("f is undefined everywhere in view.");
    QTest::newRow("defined everywhere")
        << QStringLiteral("sqrt(x+10)")
        << QStringLiteral("No kink, jump or other breakpoint in view: f is differentiable at "
                          "every x in view.");
}

void TestSpokenDescription::graphNeverCallsUndefinedDifferentiable()
{
    QFETCH(QString, function);
    QFETCH(QString, line);
    ExplorerState state;
    state.setActivation(functionFor(function));
    state.setView({ -4, 4 }, { -2, 5 });
    const QStringList described = SpokenDescription::graph(state).split(QLatin1Char('\n'));
    QVERIFY2(described.contains(line), qPrintable(described.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestSpokenDescription)
#include "tst_spokendescription.moc"
