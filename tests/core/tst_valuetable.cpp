// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activations.h"
#include "valuetable.h"

#include <QTest>

#include <limits>

using Doubles = std::vector<double>;

/** The notebook's arange table and its validation. */
Q_DECLARE_METATYPE(ValueTable::GridError::Culprit)

class TestValueTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grid_data();
    void grid();
    void invalid_data();
    void invalid();
    void notebookRows();
};

void TestValueTable::grid_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<double>("step");
    QTest::addColumn<Doubles>("expected");
    QTest::newRow("notebook arange(-4, 5, 1)")
        << -4.0 << 4.0 << 1.0 << Doubles { -4, -3, -2, -1, 0, 1, 2, 3, 4 };
    QTest::newRow("one row") << 2.0 << 2.0 << 1.0 << Doubles { 2 };
    QTest::newRow("to not on the grid") << 0.0 << 1.0 << 0.4 << Doubles { 0, 0.4, 0.8 };
    QTest::newRow("rounding keeps the last row, exactly")
        << 0.0 << 0.3 << 0.1 << Doubles { 0, 0.1, 0.2, 0.3 };
    QTest::newRow("half steps") << -1.0 << 1.0 << 0.5 << Doubles { -1, -0.5, 0, 0.5, 1 };
}

void TestValueTable::grid()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(double, step);
    QFETCH(Doubles, expected);
    ValueTable::GridError error;
    const auto xs = ValueTable::grid(from, to, step, &error);
    QVERIFY2(xs.has_value(), qPrintable(error.message));
    QCOMPARE(*xs, expected);
}

void TestValueTable::invalid_data()
{
    using Culprit = ValueTable::GridError::Culprit;
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<double>("step");
    QTest::addColumn<Culprit>("culprit");
    QTest::addColumn<QString>("message");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("from > to") << 5.0 << 4.0 << 1.0 << Culprit::Range
                               << QStringLiteral("the start (5) is greater than the end (4)");
    QTest::newRow("step 0") << 0.0 << 1.0 << 0.0 << Culprit::Step
                            << QStringLiteral("the step (0) must be greater than 0");
    QTest::newRow("negative step") << 0.0 << 1.0 << -1.0 << Culprit::Step
                                   << QStringLiteral("the step (-1) must be greater than 0");
    QTest::newRow("nan") << nan << 1.0 << 1.0 << Culprit::Range
                         << QStringLiteral("the start and the end must be finite numbers");
    QTest::newRow("inf") << 0.0 << inf << 1.0 << Culprit::Range
                         << QStringLiteral("the start and the end must be finite numbers");
    QTest::newRow("nan step") << 0.0 << 1.0 << nan << Culprit::Step
                              << QStringLiteral("the step must be a finite number");
    QTest::newRow("10,000,001 rows") << 0.0 << 10'000'000.0 << 1.0 << Culprit::Step
                                     << QStringLiteral("more than 10,000,000 rows");
    QTest::newRow("1e300 rows") << -1e300 << 1e300 << 1.0 << Culprit::Step
                                << QStringLiteral("more than 10,000,000 rows");
    QTest::newRow("denormal step")
        << 0.0 << 1.0 << 5e-324 << Culprit::Step << QStringLiteral("more than 10,000,000 rows");
}

void TestValueTable::invalid()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(double, step);
    QFETCH(ValueTable::GridError::Culprit, culprit);
    QFETCH(QString, message);
    ValueTable::GridError error;
    QVERIFY(!ValueTable::grid(from, to, step, &error).has_value());
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.culprit, culprit);
}

void TestValueTable::notebookRows()
{
    // The notebook prints f(X) = [0 0 0 0 0 1 2 3 4]; the slopes are [0 0 0 0 0 1 1 1 1].
    const Activation &relu = reluFunction();
    const auto xs = ValueTable::grid(-4, 4, 1, nullptr);
    QVERIFY(xs);
    Doubles f, df;
    for (double x : *xs) {
        const auto row = ValueTable::row(relu, x, DerivativeConvention::PyTorch);
        f.push_back(row.f);
        df.push_back(row.df);
        if (x == 0.0) {
            QCOMPARE(row.dfLeft, 0.0);
            QCOMPARE(row.dfRight, 1.0);
        }
    }
    QCOMPARE(f, (Doubles { 0, 0, 0, 0, 0, 1, 2, 3, 4 }));
    QCOMPARE(df, (Doubles { 0, 0, 0, 0, 0, 1, 1, 1, 1 }));
    QVERIFY(std::isnan(ValueTable::row(relu, 0.0, DerivativeConvention::Undefined).df));
}

QTEST_GUILESS_MAIN(TestValueTable)
#include "tst_valuetable.moc"
