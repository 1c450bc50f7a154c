// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Your own formulas as comparisons (issue 15): what a comparison's specification may name, and
// how an expression with sliders is frozen at its values.

#include "activationcatalog.h"
#include "comparedfunction.h"
#include "explorerstate.h"
#include "expressionactivation.h"
#include "sessionsnapshot.h"

#include <QTest>

class TestComparedFunction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data();
    void resolve();
    void frozen_data();
    void frozen();
    void aSessionComparesAFormula();
};

void TestComparedFunction::resolve_data()
{
    QTest::addColumn<QString>("specification");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("value"); // by hand; NaN where the specification is refused
    QTest::addColumn<QString>("error");
    const double refused = qQNaN();
    QTest::newRow("a built-in") << QStringLiteral("relu") << -2.0 << 0.0 << QString();
    QTest::newRow("a built-in's parameter")
        << QStringLiteral("leaky_relu:negative_slope=0.2") << -2.0 << -0.4 << QString();
    QTest::newRow("a formula") << QStringLiteral("x*(x>0)") << 3.0 << 3.0 << QString();
    QTest::newRow("a formula with a comma")
        << QStringLiteral("max(0.25*x, x)") << -2.0 << -0.5 << QString();
    QTest::newRow("the identity") << QStringLiteral("x") << -1.5 << -1.5 << QString();
    QTest::newRow("an unknown name is no free name")
        << QStringLiteral("swish") << 0.0 << refused << QStringLiteral("unknown function 'swish'");
    QTest::newRow("a free name") << QStringLiteral("max(a*x, x)") << 0.0 << refused
                                 << QStringLiteral("free name a");
    QTest::newRow("not a formula")
        << QStringLiteral("x x") << 0.0 << refused << QStringLiteral("(at character 3)");
}

void TestComparedFunction::resolve()
{
    QFETCH(QString, specification);
    QFETCH(double, x);
    QFETCH(double, value);
    QFETCH(QString, error);
    QString problem;
    const auto f = ComparedFunction::resolve(specification, &problem);
    if (error.isEmpty()) {
        QVERIFY2(f, qPrintable(problem));
        QCOMPARE(f->value(x), value);
    } else {
        QVERIFY(!f);
        QVERIFY2(problem.contains(error), qPrintable(problem));
    }
}

void TestComparedFunction::frozen_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QString>("frozen");
    QTest::newRow("a built-in is itself")
        << QStringLiteral("gelu:approximate=tanh") << QList<double>()
        << QStringLiteral("gelu:approximate=tanh");
    QTest::newRow("no parameter") << QStringLiteral("x*(x>0)") << QList<double>()
                                  << QStringLiteral("x*(x>0)");
    QTest::newRow("a slope") << QStringLiteral("max(a*x, x)") << QList<double> { 0.25 }
                             << QStringLiteral("max(0.25*x, x)");
    QTest::newRow("a negative one in parentheses")
        << QStringLiteral("max(a*x, x)") << QList<double> { -0.5 }
        << QStringLiteral("max((-0.5)*x, x)");
    QTest::newRow("a number's exponent is no name")
        << QStringLiteral("a*x+1e5*b") << QList<double> { 2, 3 } << QStringLiteral("2*x+1e5*3");
    QTest::newRow("a name inside a longer one")
        << QStringLiteral("ab*x+a") << QList<double> { 2, 4 } << QStringLiteral("2*x+4");
}

void TestComparedFunction::frozen()
{
    QFETCH(QString, formula);
    QFETCH(QList<double>, values);
    QFETCH(QString, frozen);
    std::shared_ptr<const Activation> f = ActivationCatalog::fromSpecification(formula, nullptr);
    if (!f) {
        const auto parsed = ExpressionActivation::parse(formula);
        QVERIFY2(parsed.activation, qPrintable(parsed.error));
        ExpressionParameters parameters = parsed.activation->parameters();
        QCOMPARE(parameters.size(), std::size_t(values.size()));
        for (int i = 0; i < values.size(); ++i)
            parameters[std::size_t(i)].value = values[i];
        f = parsed.activation->withParameters(parameters).activation;
        QVERIFY(f);
    }
    QCOMPARE(ComparedFunction::frozen(*f), frozen);
    // And it names a function again, the same curve: compare at a few x.
    const auto again = ComparedFunction::resolve(frozen, nullptr);
    QVERIFY(again);
    for (double x : { -2.0, -0.5, 0.0, 1.5 })
        QCOMPARE(again->value(x), f->value(x));
}

void TestComparedFunction::aSessionComparesAFormula()
{
    SessionSnapshot s;
    s.comparisons = { QStringLiteral("gelu"), QStringLiteral("max(0.1*x, x)"),
                      QStringLiteral("max(a*x, x)") };
    QCOMPARE(s.problems().size(), 1); // the free name
    ExplorerState state;
    state.restore(s.sanitized());
    QCOMPARE(state.comparisons().size(), std::size_t(2));
    QCOMPARE(state.comparisons()[1]->specification(), QStringLiteral("max(0.1*x, x)"));
    QCOMPARE(state.snapshot().comparisons.size(), 2);
    QCOMPARE(state.snapshot().comparisons[1], QStringLiteral("max(0.1*x, x)"));
    // The function shown is not compared with itself, a formula no more than a built-in.
    SessionSnapshot shown;
    shown.useExpression = true;
    shown.expression = QStringLiteral("max(a*x, x)");
    shown.parameters = { ExpressionParameter { QStringLiteral("a"), 0.1 } };
    shown.comparisons = { QStringLiteral("max(0.1*x, x)"), QStringLiteral("relu") };
    QCOMPARE(shown.sanitized().comparisons, QStringList({ QStringLiteral("relu") }));
}

QTEST_GUILESS_MAIN(TestComparedFunction)
#include "tst_comparedfunction.moc"
