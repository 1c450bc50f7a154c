// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "expression/evaluator.h"
#include "expression/expressionparser.h"

#include <QTest>

#include <cmath>
#include <muParser.h>
#include <random>
#include <string>

/**
 * The language stays the one users had: the new parser against muparser 2.3.3 itself, the
 * parser the app used before, on 20,000 random expressions of its grammar (precedence, grouping,
 * signs, the ternary, variadic functions). Both must accept or refuse each one alike, and give the
 * same value at seven points. The documented differences (docs/expressions.md) are left out of the
 * comparison: where a value is undefined (muparser lets NaN through max, sign and ?:), where a
 * part overflows to ±∞, and the logic of constants, which muparser folds with integer truncation.
 */
class TestExpressionParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameLanguageAsMuparser();
    void precedence_data();
    void precedence();
};

namespace {

class Generator
{
public:
    explicit Generator(unsigned seed)
        : m_rng(seed)
    { }

    std::string expression(int depth)
    {
        if (depth <= 0 || pick(5) == 0) {
            static const char *leaves[]
                = { "x", "1", "2", "0.5", "3", "_e", "_pi", "x", "10", ".25", "1e1" };
            return leaves[pick(11)];
        }
        switch (pick(10)) {
        case 0:
        case 1: {
            static const char *ops[]
                = { "+", "-", "*", "/", "^", "<", ">", "<=", ">=", "==", "!=" };
            return expression(depth - 1) + " " + ops[pick(11)] + " " + expression(depth - 1);
        }
        case 2: return std::string(pick(2) ? "-" : "+") + expression(depth - 1);
        case 3: return "(" + expression(depth - 1) + ")";
        case 4:
            return expression(depth - 1) + " ? " + expression(depth - 1) + " : "
                + expression(depth - 1);
        case 5: {
            static const char *functions[]
                = { "sin", "cos", "abs", "exp", "sqrt", "tanh", "sign", "rint", "ln", "atan" };
            return std::string(functions[pick(10)]) + "(" + expression(depth - 1) + ")";
        }
        case 6: {
            static const char *variadic[] = { "min", "max", "sum", "avg" };
            std::string s = std::string(variadic[pick(4)]) + "(" + expression(depth - 1);
            for (int i = pick(3); i > 0; --i)
                s += "," + expression(depth - 1);
            return s + ")";
        }
        case 7: {
            // && and || with x in both operands: muparser folds constant logic differently.
            const char *op = pick(2) ? " && " : " || ";
            return "(x " + std::string(pick(2) ? "<" : ">") + " " + expression(depth - 1) + ")" + op
                + "(x != " + expression(depth - 1) + ")";
        }
        case 8: return expression(depth - 1) + "^" + expression(depth - 1);
        default: return expression(depth - 1) + "*" + expression(depth - 1);
        }
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    std::mt19937 m_rng;
};

double evaluate(const Expression::Tree &tree, double x)
{
    const Expression::Evaluator evaluator(tree);
    return evaluator.value(x);
}

/** Whether some part of the expression overflows to ±∞ at x. */
bool overflows(const Expression::Tree &tree, double x)
{
    const Expression::Evaluator evaluator(tree);
    evaluator.value(x);
    for (double v : evaluator.nodeValues()) {
        if (std::isinf(v))
            return true;
    }
    return false;
}

} // namespace

void TestExpressionParser::sameLanguageAsMuparser()
{
    Generator generator(20261201);
    int compared = 0;
    for (int i = 0; i < 20000; ++i) {
        const std::string text = generator.expression(4);
        mu::Parser reference;
        double x = 0.0;
        reference.DefineVar("x", &x);
        reference.DefineConst("_pi", M_PI); // muparser 2.3.3's own is 3.141592653589
        bool accepted = true;
        try {
            reference.SetExpr(text);
            reference.Eval();
        } catch (const mu::Parser::exception_type &) {
            accepted = false;
        }
        const auto parsed = Expression::ExpressionParser::parse(QString::fromStdString(text));
        QVERIFY2(
            parsed.ok() == accepted,
            qPrintable(QStringLiteral("%1: muparser %2, ours %3 (%4)")
                           .arg(QString::fromStdString(text),
                                accepted ? QStringLiteral("accepts") : QStringLiteral("refuses"),
                                parsed.ok() ? QStringLiteral("accepts") : QStringLiteral("refuses"),
                                parsed.error)));
        if (!accepted)
            continue;
        for (double at : { -2.5, -1.0, 0.0, 0.3, 1.0, 2.0, 7.5 }) {
            x = at;
            const double theirs = reference.Eval();
            const double ours = evaluate(parsed.tree, at);
            // Undefined values, and overflow: muparser's optimizer turns x·1·∞ into NaN, and a
            // comparison with NaN into 0.
            if (std::isnan(theirs) || std::isnan(ours) || overflows(parsed.tree, at))
                continue;
            ++compared;
            const bool same = theirs == ours
                || std::abs(theirs - ours) <= 1e-12 * std::max(std::abs(theirs), std::abs(ours));
            QVERIFY2(same,
                     qPrintable(QStringLiteral("%1 at x = %2: muparser %3, ours %4")
                                    .arg(QString::fromStdString(text))
                                    .arg(at)
                                    .arg(theirs, 0, 'g', 17)
                                    .arg(ours, 0, 'g', 17)));
        }
    }
    QVERIFY(compared > 50000);
}

void TestExpressionParser::precedence_data()
{
    // muparser's rules, as measured on muparser 2.3.3 (tests/core: docs/expressions.md).
    QTest::addColumn<QString>("expression");
    QTest::addColumn<double>("value");
    QTest::newRow("a sign binds like *, looser than ^") << QStringLiteral("-2^2") << -4.0;
    QTest::newRow("^ groups from the right") << QStringLiteral("2^3^2") << 512.0;
    QTest::newRow("/ and * from the left, with a sign") << QStringLiteral("2/-3*4") << -8.0 / 3.0;
    QTest::newRow("a signed exponent") << QStringLiteral("2^-3*4") << 0.5;
    QTest::newRow("comparisons from the left") << QStringLiteral("3>2>1") << 0.0;
    QTest::newRow("?: is loosest") << QStringLiteral("1+2?3:4") << 3.0;
    QTest::newRow("?: groups from the right") << QStringLiteral("0?2:0?4:5") << 5.0;
    QTest::newRow("|| looser than &&") << QStringLiteral("1||0&&0") << 1.0;
    QTest::newRow("rint is floor(u + 0.5)") << QStringLiteral("rint(-2.5)") << -2.0;
    QTest::newRow("avg of three") << QStringLiteral("avg(1,2,6)") << 3.0;
    QTest::newRow("_pi is pi") << QStringLiteral("_pi") << M_PI;
    QTest::newRow("1e-400 underflows to 0") << QStringLiteral("1e-400") << 0.0;
}

void TestExpressionParser::precedence()
{
    QFETCH(QString, expression);
    QFETCH(double, value);
    const auto parsed = Expression::ExpressionParser::parse(expression);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(evaluate(parsed.tree, 0.0), value);
}

QTEST_GUILESS_MAIN(TestExpressionParser)
#include "tst_expressionparser.moc"
