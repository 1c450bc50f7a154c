// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "quotientaxis.h"

#include <QTest>

#include <cmath>

/**
 * The h axis of the difference-quotient panel. Truths by hand: on the log axis 0⁺ sits at 0.5,
 * 10⁻⁶ one and a half units further (at 2), and each decade of |h| is one unit, so 1 is at 8 and
 * 2 at 8 + log10(2); the left side is the mirror image.
 */
class TestQuotientAxis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logPositions_data();
    void logPositions();
    void linearIsH();
    void samplesReachBothEnds();
    void ticks();
    void keys();
};

void TestQuotientAxis::logPositions_data()
{
    QTest::addColumn<double>("h");
    QTest::addColumn<double>("at");
    QTest::newRow("0⁺") << 0.0 << 0.5;
    QTest::newRow("0⁻") << -0.0 << -0.5;
    QTest::newRow("1e-6") << 1e-6 << 2.0;
    QTest::newRow("-1e-6") << -1e-6 << -2.0;
    QTest::newRow("1e-3") << 1e-3 << 5.0;
    QTest::newRow("1") << 1.0 << 8.0;
    QTest::newRow("-2") << -2.0 << -(8.0 + 0.30102999566398120);
}

void TestQuotientAxis::logPositions()
{
    QFETCH(double, h);
    QFETCH(double, at);
    const QuotientAxis axis(QuotientAxis::Scale::SymmetricLog);
    QVERIFY(std::abs(axis.toAxis(h) - at) < 1e-12);
    if (h != 0.0)
        QVERIFY(std::abs(axis.toH(at) - h) <= 1e-12 * std::abs(h));
}

void TestQuotientAxis::linearIsH()
{
    const QuotientAxis axis;
    QCOMPARE(axis.scale(), QuotientAxis::Scale::Linear);
    for (double h : { -2.0, -0.25, 0.0, 1e-6, 1.5 }) {
        QCOMPARE(axis.toAxis(h), h);
        QCOMPARE(axis.toH(h), h);
    }
    QCOMPARE(axis.limitAt(-1), 0.0);
    QCOMPARE(axis.limitAt(+1), 0.0);
    QVERIFY(axis.ticks().empty()); // the plot's own ticker
    QVERIFY(axis.range().lower < -2.0 && axis.range().upper > 2.0);
}

void TestQuotientAxis::samplesReachBothEnds()
{
    for (auto scale : { QuotientAxis::Scale::Linear, QuotientAxis::Scale::SymmetricLog }) {
        const QuotientAxis axis(scale);
        const std::vector<double> hs = axis.samples(100);
        QVERIFY(hs.size() >= 100);
        QVERIFY(std::abs(hs.back() - 2.0) < 1e-12);
        // The curves come within 2·10⁻⁶ of h = 0, and never below the secant's smallest h.
        QVERIFY(hs.front() < 2e-6);
        QVERIFY(hs.front() >= 1e-6 * (1 - 1e-12));
        QVERIFY(std::is_sorted(hs.begin(), hs.end()));
        QVERIFY(std::adjacent_find(hs.begin(), hs.end()) == hs.end());
        QVERIFY(axis.range().upper >= axis.toAxis(2.0));
        QVERIFY(axis.range().lower <= axis.toAxis(-2.0));
    }
    QVERIFY(QuotientAxis().samples(1).empty());
}

void TestQuotientAxis::ticks()
{
    const QuotientAxis axis(QuotientAxis::Scale::SymmetricLog);
    const auto ticks = axis.ticks();
    QStringList labels;
    for (const auto &tick : ticks)
        labels << tick.label;
    const char *expected[]
        = { "−1", "−10⁻²", "−10⁻⁴", "−10⁻⁶", "0⁻", "0⁺", "10⁻⁶", "10⁻⁴", "10⁻²", "1" };
    QStringList want;
    for (const char *label : expected)
        want << QString::fromUtf8(label);
    QCOMPARE(labels, want);
    QCOMPARE(ticks[4].at, -0.5);
    QCOMPARE(ticks[9].at, 8.0);
    QCOMPARE(axis.limitAt(-1), -0.5);
    QCOMPARE(axis.limitAt(+1), 0.5);
}

void TestQuotientAxis::keys()
{
    for (auto scale : { QuotientAxis::Scale::Linear, QuotientAxis::Scale::SymmetricLog })
        QCOMPARE(QuotientAxis::fromKey(QuotientAxis::key(scale)), scale);
    QCOMPARE(QuotientAxis::fromKey(QStringLiteral("LOG")), QuotientAxis::Scale::SymmetricLog);
    QVERIFY(!QuotientAxis::fromKey(QStringLiteral("logarithmic")));
}

QTEST_GUILESS_MAIN(TestQuotientAxis)
#include "tst_quotientaxis.moc"
