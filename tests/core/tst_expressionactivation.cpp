// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "expressionactivation.h"
#include "fuzzy.h"
#include "sampler.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>

/**
 * The user's own f(x): kinks found and located automatically, numerical derivatives, and every
 * kind of bad input refused with a message and a position.
 */
class TestExpressionActivation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kinks_data();
    void kinks();
    void linearPiecesAreExact();
    void numericalDerivative_data();
    void numericalDerivative();
    void derivativeNextToAKink();
    void smoothFunctionsHaveNoKinks_data();
    void smoothFunctionsHaveNoKinks();
    void jumpsAndPolesAreBreakpointsNotKinks();
    void gapsWhereNotANumber();
    void noDerivativeWhereNoneExists_data();
    void noDerivativeWhereNoneExists();
    void badInput_data();
    void badInput();
};

using Doubles = QVector<double>;

void TestExpressionActivation::kinks_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<Doubles>("xs");
    QTest::addColumn<Doubles>("lefts");
    QTest::addColumn<Doubles>("rights");
    QTest::newRow("abs(x-1)") << QStringLiteral("abs(x-1)") << Doubles { 1 } << Doubles { -1 }
                              << Doubles { 1 };
    QTest::newRow("max(0,x)+max(0,x-2)")
        << QStringLiteral("max(0,x)+max(0,x-2)") << Doubles { 0, 2 } << Doubles { 0, 1 }
        << Doubles { 1, 2 };
    QTest::newRow("min(1,max(-1,x))") << QStringLiteral("min(1,max(-1,x))") << Doubles { -1, 1 }
                                      << Doubles { 0, 1 } << Doubles { 1, 0 };
    QTest::newRow("x*(x>0), the notebook's ReLU")
        << QStringLiteral("x*(x>0)") << Doubles { 0 } << Doubles { 0 } << Doubles { 1 };
    QTest::newRow("off the grid: max(0, x - 0.123456789)")
        << QStringLiteral("max(0, x - 0.123456789)") << Doubles { 0.123456789 } << Doubles { 0 }
        << Doubles { 1 };
    QTest::newRow("irrational: max(0, x - _pi)")
        << QStringLiteral("max(0, x - _pi)") << Doubles { M_PI } << Doubles { 0 } << Doubles { 1 };
    QTest::newRow("curved sides: abs(x)^1 + x^2 at 0")
        << QStringLiteral("abs(x) + x^2") << Doubles { 0 } << Doubles { -1 } << Doubles { 1 };
    QTest::newRow("far out: max(0, x - 500)")
        << QStringLiteral("max(0, x - 500)") << Doubles { 500 } << Doubles { 0 } << Doubles { 1 };
}

void TestExpressionActivation::kinks()
{
    QFETCH(QString, expression);
    QFETCH(Doubles, xs);
    QFETCH(Doubles, lefts);
    QFETCH(Doubles, rights);
    const auto parsed = ExpressionActivation::parse(expression);
    QVERIFY2(parsed.activation, qPrintable(parsed.error));
    const auto &kinks = parsed.activation->kinks();
    QCOMPARE(int(kinks.size()), xs.size());
    for (int i = 0; i < xs.size(); ++i) {
        const Kink &kink = kinks[std::size_t(i)];
        // Located to about 1e-9 (and exactly, when a round number is that close).
        RELU_FUZZY_COMPARE(kink.x, xs[i], 1e-9, 0.0);
        RELU_FUZZY_COMPARE(kink.left, lefts[i], 1e-6, 0.0);
        RELU_FUZZY_COMPARE(kink.right, rights[i], 1e-6, 0.0);
        // Numerical differentiation's own answer at a kink: the central difference's average.
        RELU_FUZZY_COMPARE(kink.framework, 0.5 * (lefts[i] + rights[i]), 1e-6, 0.0);
    }
    QVERIFY(parsed.activation->isNumerical());
    QCOMPARE(parsed.activation->specification(), expression);
}

void TestExpressionActivation::linearPiecesAreExact()
{
    const auto parsed = ExpressionActivation::parse(QStringLiteral("max(0, x)"));
    QVERIFY(parsed.activation);
    const auto &kinks = parsed.activation->kinks();
    QCOMPARE(kinks.size(), std::size_t(1));
    QCOMPARE(kinks[0].x, 0.0); // exactly, so the probe can sit on it
    QCOMPARE(kinks[0].left, 0.0);
    QCOMPARE(kinks[0].right, 1.0);
    const auto &pieces = parsed.activation->pieces();
    QCOMPARE(pieces.size(), std::size_t(2));
    QVERIFY(pieces[0].linear && pieces[1].linear);
    QCOMPARE(pieces[0].slope, 0.0);
    QCOMPARE(pieces[1].slope, 1.0);
    QCOMPARE(pieces[0].derivativeLabel, QStringLiteral("f′(x) = 0"));
    QCOMPARE(pieces[1].derivativeLabel, QStringLiteral("f′(x) = 1"));
    QCOMPARE(parsed.activation->derivative(2.0), 1.0);
    QCOMPARE(parsed.activation->derivative(-2.0), 0.0);
    QCOMPARE(parsed.activation->derivative(0.0, DerivativeConvention::Left), 0.0);
    QCOMPARE(parsed.activation->derivative(0.0, DerivativeConvention::Right), 1.0);
}

void TestExpressionActivation::numericalDerivative_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");
    const double t = std::tanh(0.8 * 1.3);
    QTest::newRow("x^2 at 3") << QStringLiteral("x^2") << 3.0 << 6.0;
    QTest::newRow("sin at 1") << QStringLiteral("sin(x)") << 1.0 << std::cos(1.0);
    QTest::newRow("exp at -2") << QStringLiteral("exp(x)") << -2.0 << std::exp(-2.0);
    QTest::newRow("tanh gelu-like at 1.3") << QStringLiteral("0.5*x*(1+tanh(0.8*x))") << 1.3
                                           << 0.5 * (1 + t) + 0.5 * 1.3 * (1 - t * t) * 0.8;
    QTest::newRow("large x: x^3 at 100") << QStringLiteral("x^3") << 100.0 << 30000.0;
    QTest::newRow("sigmoid helper at 0") << QStringLiteral("sigmoid(x)") << 0.0 << 0.25;
}

void TestExpressionActivation::numericalDerivative()
{
    QFETCH(QString, expression);
    QFETCH(double, x);
    QFETCH(double, expected);
    const auto parsed = ExpressionActivation::parse(expression);
    QVERIFY2(parsed.activation, qPrintable(parsed.error));
    RELU_FUZZY_COMPARE(parsed.activation->derivative(x), expected, 1e-9, 1e-9);
}

void TestExpressionActivation::derivativeNextToAKink()
{
    // Steps never reach across the kink: 1e-9 beside it, each side has its own slope.
    const auto parsed = ExpressionActivation::parse(QStringLiteral("abs(x-1) + 0.5*x^2"));
    QVERIFY(parsed.activation);
    const Activation &f = *parsed.activation;
    QCOMPARE(f.kinks().size(), std::size_t(1));
    RELU_FUZZY_COMPARE(f.derivative(1.0 + 1e-9), 1.0 + 1.0, 1e-6, 0.0);
    RELU_FUZZY_COMPARE(f.derivative(1.0 - 1e-9), -1.0 + 1.0, 1e-6, 0.0);
    RELU_FUZZY_COMPARE(f.derivative(1.0 + 1e-5), 2.0 + 1e-5, 1e-7, 0.0);
}

void TestExpressionActivation::smoothFunctionsHaveNoKinks_data()
{
    QTest::addColumn<QString>("expression");
    QTest::newRow("tanh gelu") << QStringLiteral("0.5*x*(1+tanh(0.8*x))");
    QTest::newRow("sharp softplus") << QStringLiteral("log(1+exp(10*x))/10");
    QTest::newRow("parabola") << QStringLiteral("x^2");
    QTest::newRow("softsign, smooth at 0") << QStringLiteral("x/(1+abs(x))");
    QTest::newRow("sin") << QStringLiteral("sin(3*x)");
}

void TestExpressionActivation::smoothFunctionsHaveNoKinks()
{
    QFETCH(QString, expression);
    const auto parsed = ExpressionActivation::parse(expression);
    QVERIFY2(parsed.activation, qPrintable(parsed.error));
    QCOMPARE(int(parsed.activation->kinks().size()), 0);
}

void TestExpressionActivation::jumpsAndPolesAreBreakpointsNotKinks()
{
    // A step: two pieces, no kink, and nothing drawn across the jump.
    auto parsed = ExpressionActivation::parse(QStringLiteral("(x>1)"));
    QVERIFY(parsed.activation);
    QCOMPARE(int(parsed.activation->kinks().size()), 0);
    QCOMPARE(int(parsed.activation->pieces().size()), 2);
    RELU_FUZZY_COMPARE(parsed.activation->pieces()[0].domain.upper, 1.0, 1e-9, 0.0);
    // A pole: 1/x is infinite at 0, a breakpoint; division by zero gives inf, not a crash.
    parsed = ExpressionActivation::parse(QStringLiteral("1/x"));
    QVERIFY(parsed.activation);
    QCOMPARE(int(parsed.activation->kinks().size()), 0);
    QVERIFY(std::isinf(parsed.activation->value(0.0)));
    QCOMPARE(int(parsed.activation->pieces().size()), 2);
}

void TestExpressionActivation::gapsWhereNotANumber()
{
    // sqrt is NaN for x < 0 and exp overflows to inf for large x: gaps, never garbage lines.
    for (const char *text : { "sqrt(x)", "exp(1000*x)", "log(x)" }) {
        const auto parsed = ExpressionActivation::parse(QString::fromLatin1(text));
        QVERIFY2(parsed.activation, text);
        Polyline points;
        bool gap = false, drawn = false;
        for (const Piece &piece : parsed.activation->pieces()) {
            Sampler::samplePiece(*parsed.activation, piece, { -5, 5 }, 500, points);
            for (double y : points.y) {
                gap = gap || std::isnan(y);
                drawn = drawn || std::isfinite(y);
                QVERIFY(!std::isinf(y));
            }
        }
        QVERIFY2(gap && drawn, text);
    }
}

void TestExpressionActivation::noDerivativeWhereNoneExists_data()
{
    // Where f′ (or a one-sided f′) does not exist, the answer is NaN ("undefined"), never the
    // large garbage a difference quotient produces across a pole, a jump or a vertical tangent.
    QTest::addColumn<QString>("expression");
    QTest::addColumn<double>("x");
    QTest::addColumn<bool>("sidesExist"); // whether f′₋ and f′₊ exist (as limits of f′)
    QTest::addColumn<double>("side"); // their common value if they do
    QTest::newRow("pole: 1/x at 0") << QStringLiteral("1/x") << 0.0 << false << 0.0;
    QTest::newRow("pole off the grid")
        << QStringLiteral("1/(x-0.123456789)") << 0.123456789 << false << 0.0;
    QTest::newRow("vertical tangent: sqrt(abs(x)) at 0")
        << QStringLiteral("sqrt(abs(x))") << 0.0 << false << 0.0;
    QTest::newRow("jump: sign(x) at 0") << QStringLiteral("sign(x)") << 0.0 << true << 0.0;
    QTest::newRow("step: (x>1) at 1") << QStringLiteral("(x>1)") << 1.0 << true << 0.0;
}

void TestExpressionActivation::noDerivativeWhereNoneExists()
{
    QFETCH(QString, expression);
    QFETCH(double, x);
    QFETCH(bool, sidesExist);
    QFETCH(double, side);
    const auto parsed = ExpressionActivation::parse(expression);
    QVERIFY2(parsed.activation, qPrintable(parsed.error));
    const Activation &f = *parsed.activation;
    QVERIFY(f.kinkAt(x) == nullptr); // not a kink: no supporting lines to fan out
    for (int i = 0; i < DerivativeConventions::count; ++i) {
        const DerivativeConvention convention = DerivativeConventions::fromIndex(i);
        QVERIFY2(std::isnan(f.derivative(x, convention)),
                 qPrintable(QString::number(f.derivative(x, convention))));
    }
    if (sidesExist) {
        QCOMPARE(f.leftDerivative(x), side);
        QCOMPARE(f.rightDerivative(x), side);
    } else {
        QVERIFY2(std::isnan(f.leftDerivative(x)), qPrintable(QString::number(f.leftDerivative(x))));
        QVERIFY2(std::isnan(f.rightDerivative(x)),
                 qPrintable(QString::number(f.rightDerivative(x))));
    }
    // A step away, f′ is an ordinary number again.
    QVERIFY(std::isfinite(f.derivative(x + 0.01, DerivativeConvention::Framework)));
}

void TestExpressionActivation::badInput_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("position");
    QTest::newRow("empty") << QString() << QStringLiteral("enter f(x) in terms of x") << -1;
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("enter f(x) in terms of x")
                           << -1;
    QTest::newRow("syntax error") << QStringLiteral("max(0,,x)")
                                  << QStringLiteral("unexpected comma") << 6;
    QTest::newRow("unknown variable") << QStringLiteral("max(0, y)")
                                      << QStringLiteral("unknown name 'y'; the variable is x") << 7;
    QTest::newRow("unclosed parenthesis")
        << QStringLiteral("max(0, x") << QStringLiteral("parenthesis") << -2;
    QTest::newRow("trailing operator")
        << QStringLiteral("x +") << QStringLiteral("ends too early") << -2;
    QTest::newRow("two expressions")
        << QStringLiteral("x, 2*x") << QStringLiteral("one expression") << -1;
    QTest::newRow("NaN everywhere")
        << QStringLiteral("sqrt(-1-x^2)") << QStringLiteral("not a real number anywhere") << -1;
    QTest::newRow("garbage") << QStringLiteral("§$%&") << QStringLiteral("unexpected character '§'")
                             << 0;
    QTest::newRow("non-ASCII after ASCII")
        << QStringLiteral("max(0, x) · 2") << QStringLiteral("unexpected character '·'") << 10;
    QTest::newRow("a control character")
        << QStringLiteral("x\u0001") << QStringLiteral("unexpected character 'U+0001'") << 1;
    QTest::newRow("unknown function")
        << QStringLiteral("floor(x)") << QStringLiteral("unknown name 'floor'; the variable is x")
        << 0;
    QTest::newRow("1 MB") << QString(1 << 20, QLatin1Char('x')) << QStringLiteral("at most 1000")
                          << -1;
    QTest::newRow("10,000 parentheses")
        << QString(10000, QLatin1Char('(')) + QStringLiteral("x") + QString(10000, QLatin1Char(')'))
        << QStringLiteral("at most 1000") << -1;
    QTest::newRow("500 nested parentheses")
        << QString(450, QLatin1Char('(')) + QStringLiteral("x") + QString(450, QLatin1Char(')'))
        << QString() << -3;
}

void TestExpressionActivation::badInput()
{
    QFETCH(QString, expression);
    QFETCH(QString, message);
    QFETCH(int, position);
    QElapsedTimer timer;
    timer.start();
    const auto parsed = ExpressionActivation::parse(expression);
    QVERIFY(timer.elapsed() < 10000); // no hang
    if (position == -3) {
        // Deep but short nesting is valid: it parses, or is refused cleanly.
        QVERIFY(parsed.activation || !parsed.error.isEmpty());
        return;
    }
    QVERIFY(!parsed.activation);
    QVERIFY(!parsed.error.isEmpty());
    QVERIFY(!parsed.error.contains(QLatin1Char('\n')));
    QVERIFY2(parsed.error.contains(message), qPrintable(parsed.error));
    if (position >= 0)
        QCOMPARE(parsed.errorPosition, position);
}

QTEST_GUILESS_MAIN(TestExpressionActivation)
#include "tst_expressionactivation.moc"
