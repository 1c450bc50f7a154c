// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "activations.h"
#include "csv.h"
#include "differencequotient.h"
#include "expressionactivation.h"
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
    void shrinkingTable_data();
    void shrinkingTable();
    void shrinkingTableEdges();
    void halvedTo_data();
    void halvedTo();
    void csvAsTheCommandLinePrintsIt();
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

void TestDifferenceQuotient::shrinkingTable_data()
{
    // Truths: tests/core/data/quotient_reference.csv, from tools/make_quotient_reference.py
    // (mpmath, from the functions' definitions): every built-in kink, softplus's jump, a jump, a
    // cusp, an oscillation, a pole, and smooth points; h = 1, 1/2, ..., 2^-30.
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<double>("x");
    QTest::addColumn<QVector<QStringList>>("rows");
    const auto rows = readCsv(QStringLiteral(RELU_TEST_DATA_DIR "/quotient_reference.csv"),
                              QStringLiteral("kind,spec,x,h,q_left,q_right,central,scale"));
    QVERIFY(rows.size() >= 25 * DifferenceQuotient::tableRows);
    for (int i = 0; i < rows.size(); i += DifferenceQuotient::tableRows) {
        const QVector<QStringList> table = rows.mid(i, DifferenceQuotient::tableRows);
        QCOMPARE(table.size(), DifferenceQuotient::tableRows);
        const QStringList &r = table.first();
        QTest::addRow("%s at %s", qPrintable(r[1]), qPrintable(r[2]))
            << r[0] << r[1] << csvNumber(r[2]) << table;
    }
}

void TestDifferenceQuotient::shrinkingTable()
{
    QFETCH(QString, kind);
    QFETCH(QString, spec);
    QFETCH(double, x);
    QFETCH(QVector<QStringList>, rows);
    QString error;
    std::shared_ptr<const Activation> f = kind == QLatin1String("function")
        ? ActivationCatalog::fromSpecification(spec, &error)
        : ExpressionActivation::parse(spec, ExpressionActivation::batch).activation;
    QVERIFY2(f, qPrintable(error));
    const auto table = DifferenceQuotient::shrinking(*f, x, 1.0, DifferenceQuotient::tableRows);
    QCOMPARE(int(table.size()), rows.size());
    for (int k = 0; k < rows.size(); ++k) {
        const QStringList &r = rows[k];
        const double h = csvNumber(r[3]);
        QCOMPARE(table[k].h, h);
        // Rounding f's values to doubles moves a quotient by about 2^-53 * |f| / h.
        const double slack = 8 * std::ldexp(csvNumber(r[7]), -53) / h;
        const double got[] = { table[k].left, table[k].right, table[k].central };
        for (int c = 0; c < 3; ++c) {
            const double want = csvNumber(r[4 + c]);
            const bool same = std::isnan(want)
                ? std::isnan(got[c])
                : std::abs(got[c] - want) <= slack + 1e-13 * std::abs(want);
            QVERIFY2(same,
                     qPrintable(QStringLiteral("h = %1, column %2: got %3, want %4")
                                    .arg(h)
                                    .arg(c)
                                    .arg(got[c], 0, 'g', 17)
                                    .arg(want, 0, 'g', 17)));
        }
    }
}

void TestDifferenceQuotient::shrinkingTableEdges()
{
    const Activation &relu = reluFunction();
    QVERIFY(DifferenceQuotient::shrinking(relu, 0.0, 0.0, 5).empty());
    QVERIFY(DifferenceQuotient::shrinking(relu, 0.0, -1.0, 5).empty());
    QVERIFY(DifferenceQuotient::shrinking(relu, 0.0, 1.0, 0).empty());
    // Halving stops at the smallest double rather than repeating 0.
    const auto deep = DifferenceQuotient::shrinking(relu, 0.0, 1.0, 2000);
    QCOMPARE(int(deep.size()), 1075); // 2^0 down to 2^-1074
    QCOMPARE(deep.back().h, std::numeric_limits<double>::denorm_min());
    // 0 / −h is written 0, not −0.
    QVERIFY(!std::signbit(deep.front().left));
}

void TestDifferenceQuotient::halvedTo_data()
{
    // The rows of the values dock's table: the h values that halving from at most 1 passes
    // through, ending at the secant's |h|. Worked by hand: 0.3 doubles to 0.6, and 1.2 > 1.
    QTest::addColumn<double>("h");
    QTest::addColumn<QVector<double>>("hs");
    QTest::newRow("h = 1") << 1.0 << QVector<double> { 1.0 };
    QTest::newRow("h = 1/8") << 0.125 << QVector<double> { 1.0, 0.5, 0.25, 0.125 };
    QTest::newRow("h = -1/4: the sign does not matter")
        << -0.25 << QVector<double> { 1.0, 0.5, 0.25 };
    QTest::newRow("h = 0.3") << 0.3 << QVector<double> { 0.6, 0.3 };
    QTest::newRow("h = 0.7") << 0.7 << QVector<double> { 0.7 };
    QTest::newRow("h = 1.5, above 1") << 1.5 << QVector<double> { 1.5 };
    QTest::newRow("h = 2^-20") << std::ldexp(1.0, -20) << [] {
        QVector<double> hs;
        for (int k = 0; k <= 20; ++k)
            hs << std::ldexp(1.0, -k);
        return hs;
    }();
    QTest::newRow("h = 0") << 0.0 << QVector<double> {};
    QTest::newRow("h = nan") << std::nan("") << QVector<double> {};
    QTest::newRow("h = inf") << HUGE_VAL << QVector<double> {};
}

void TestDifferenceQuotient::halvedTo()
{
    QFETCH(double, h);
    QFETCH(QVector<double>, hs);
    // ReLU at its kink: 0 from the left, 1 from the right, 1/2 in the middle, for every h.
    const auto rows = DifferenceQuotient::halvedTo(reluFunction(), 0.0, h);
    QCOMPARE(int(rows.size()), hs.size());
    for (int k = 0; k < hs.size(); ++k) {
        QCOMPARE(rows[std::size_t(k)].h, hs[k]);
        QCOMPARE(rows[std::size_t(k)].left, 0.0);
        QCOMPARE(rows[std::size_t(k)].right, 1.0);
        QCOMPARE(rows[std::size_t(k)].central, 0.5);
    }
}

void TestDifferenceQuotient::csvAsTheCommandLinePrintsIt()
{
    // sqrt(x) at 0 has no value to the left: nan there and in the central column; to the right
    // q(h) = sqrt(h)/h = 1/sqrt(h), which is 2 at h = 1/4 and 4 at h = 1/16.
    const auto sqrtFunction
        = ExpressionActivation::parse(QStringLiteral("sqrt(x)"), ExpressionActivation::batch)
              .activation;
    QVERIFY(sqrtFunction);
    const auto rows = DifferenceQuotient::shrinking(*sqrtFunction, 0.0, 0.25, 2);
    QCOMPARE(DifferenceQuotient::csv(rows),
             QStringLiteral("h,q_left,q_right,central\n0.25,nan,2,nan\n0.125,nan,"
                            "2.8284271247461903,nan\n"));
    QCOMPARE(DifferenceQuotient::csv({}), QStringLiteral("h,q_left,q_right,central\n"));
}

void TestDifferenceQuotient::keys()
{
    for (SecantMode mode : { SecantMode::Off, SecantMode::Forward, SecantMode::Central })
        QCOMPARE(DifferenceQuotient::fromKey(DifferenceQuotient::key(mode)), mode);
    QVERIFY(!DifferenceQuotient::fromKey(QStringLiteral("backward")));
}

QTEST_GUILESS_MAIN(TestDifferenceQuotient)
#include "tst_differencequotient.moc"
