// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "expressionactivation.h"
#include "relunetwork.h"

#include <QTest>

#include <cmath>
#include <random>

/**
 * The one-input network of issue 14's lab. Truths from elsewhere: its kinks against a dense
 * sampling of f (second differences), its gradient against central differences of its loss, its
 * formula against the expression engine, and hand-built networks whose shape is known (|x|, a hat).
 */
class TestReluNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handBuilt_data();
    void handBuilt();
    void kinksOfRandomNetworksMatchSampling_data();
    void kinksOfRandomNetworksMatchSampling();
    void backpropMatchesNumericalGradients_data();
    void backpropMatchesNumericalGradients();
    void theConventionDecidesAtAnExactZero();
    void theFormulaIsTheSameFunction();
    void descentFitsAndDeadUnitsStayDead();
};

namespace {

ReluNetwork randomNetwork(unsigned seed, int width, double negativeSlope)
{
    std::mt19937 random(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    ReluNetwork net;
    net.negativeSlope = negativeSlope;
    for (int i = 0; i < width; ++i)
        net.units.push_back({ normal(random), normal(random), normal(random) });
    net.c = normal(random);
    return net;
}

} // namespace

void TestReluNetwork::handBuilt_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QList<double>>("kinks");
    QTest::addColumn<QList<double>>("points"); // x, f(x) pairs worked by hand
    QTest::newRow("|x|") << 0 << QList<double> { 0.0 }
                         << QList<double> { -2.0, 2.0, 0.0, 0.0, 1.5, 1.5 };
    QTest::newRow("hat on [0, 2]")
        << 1 << QList<double> { 0.0, 1.0, 2.0 }
        << QList<double> { -1.0, 0.0, 0.5, 0.5, 1.0, 1.0, 1.5, 0.5, 3.0, 0.0 };
    // relu(x) − relu(x): the two kinks cancel, f is 0 everywhere.
    QTest::newRow("cancelled") << 2 << QList<double> {}
                               << QList<double> { -1.0, 0.0, 0.0, 0.0, 2.0, 0.0 };
}

void TestReluNetwork::handBuilt()
{
    QFETCH(int, which);
    QFETCH(QList<double>, kinks);
    QFETCH(QList<double>, points);
    ReluNetwork net = which == 0 ? ReluNetwork::absoluteValue()
        : which == 1             ? ReluNetwork::hat(0.0, 2.0)
                                 : ReluNetwork();
    if (which == 2)
        net.units = { { 1.0, 0.0, 1.0 }, { 1.0, 0.0, -1.0 } };
    const std::vector<double> found = net.kinks();
    QCOMPARE(QList<double>(found.begin(), found.end()), kinks);
    QCOMPARE(net.pieceCount({ -10, 10 }), int(kinks.size()) + 1);
    for (int i = 0; i + 1 < points.size(); i += 2)
        QCOMPARE(net.value(points[i]), points[i + 1]);
}

void TestReluNetwork::kinksOfRandomNetworksMatchSampling_data()
{
    QTest::addColumn<unsigned>("seed");
    QTest::addColumn<int>("width");
    QTest::addColumn<double>("negativeSlope");
    for (unsigned seed = 1; seed <= 6; ++seed)
        QTest::addRow("relu, 8 units, seed %u", seed) << seed << 8 << 0.0;
    QTest::newRow("leaky, 16 units") << 7u << 16 << 0.1;
    QTest::newRow("relu, 64 units") << 8u << 64 << 0.0;
}

void TestReluNetwork::kinksOfRandomNetworksMatchSampling()
{
    // On a grid of step h, f's second difference is 0 on every pair of cells inside one piece and
    // not 0 where a kink lies between: every change of slope the samples show is a listed kink,
    // within a cell, and every listed kink shows.
    QFETCH(unsigned, seed);
    QFETCH(int, width);
    QFETCH(double, negativeSlope);
    const ReluNetwork net = randomNetwork(seed, width, negativeSlope);
    const double lower = -4.0, upper = 4.0, h = 1.0 / 1024;
    const std::vector<double> kinks = net.kinks();
    const auto listedNear = [&](double x) {
        return std::any_of(kinks.begin(), kinks.end(),
                           [&](double k) { return std::abs(k - x) <= 1.5 * h; });
    };
    std::vector<double> seen;
    for (double x = lower + h; x < upper - h; x += h) {
        const double second = net.value(x - h) - 2 * net.value(x) + net.value(x + h);
        if (std::abs(second) > 1e-9) {
            QVERIFY2(listedNear(x), qPrintable(QStringLiteral("a bend near %1 not listed").arg(x)));
            seen.push_back(x);
        }
    }
    for (const double k : kinks) {
        if (k <= lower + 2 * h || k >= upper - 2 * h)
            continue;
        const bool shows = std::any_of(seen.begin(), seen.end(),
                                       [&](double x) { return std::abs(k - x) <= 1.5 * h; });
        QVERIFY2(shows, qPrintable(QStringLiteral("the kink at %1 does not show").arg(k)));
    }
}

void TestReluNetwork::backpropMatchesNumericalGradients_data()
{
    QTest::addColumn<unsigned>("seed");
    QTest::addColumn<double>("negativeSlope");
    QTest::newRow("relu") << 11u << 0.0;
    QTest::newRow("relu, another") << 12u << 0.0;
    QTest::newRow("leaky") << 13u << 0.01;
}

void TestReluNetwork::backpropMatchesNumericalGradients()
{
    QFETCH(unsigned, seed);
    QFETCH(double, negativeSlope);
    ReluNetwork net = randomNetwork(seed, 6, negativeSlope);
    std::mt19937 random(seed * 7);
    std::uniform_real_distribution<double> uniform(-3.0, 3.0);
    std::vector<double> xs, ys;
    for (int j = 0; j < 32; ++j) {
        xs.push_back(uniform(random));
        ys.push_back(std::sin(xs.back()));
    }
    const ReluNetwork::Gradient g = net.lossGradient(xs, ys);
    QCOMPARE(g.exactZeros, 0);
    const std::vector<double> p = net.parameters();
    for (std::size_t k = 0; k < p.size(); ++k) {
        const double step = 1e-6;
        std::vector<double> plus = p, minus = p;
        plus[k] += step;
        minus[k] -= step;
        ReluNetwork a = net, b = net;
        a.setParameters(plus);
        b.setParameters(minus);
        const double numerical = (a.loss(xs, ys) - b.loss(xs, ys)) / (2 * step);
        QVERIFY2(std::abs(numerical - g.values[k]) <= 1e-6 * (1 + std::abs(numerical)),
                 qPrintable(QStringLiteral("parameter %1: backprop %2, numerical %3")
                                .arg(k)
                                .arg(g.values[k])
                                .arg(numerical)));
    }
}

void TestReluNetwork::theConventionDecidesAtAnExactZero()
{
    // One unit relu(x) with a = 2, one point x = 0 with y = −1: z = 0 exactly, f = 0, dL/df = 1.
    // dL/db = dL/df · a · act′(0): 0 with PyTorch's act′(0) = 0, 2 with act′(0) = 1.
    ReluNetwork net;
    net.units = { { 1.0, 0.0, 2.0 } };
    const std::vector<double> xs { 0.0 }, ys { -1.0 };
    net.derivativeAtZero = 0.0;
    ReluNetwork::Gradient zero = net.lossGradient(xs, ys);
    QCOMPARE(zero.exactZeros, 1);
    QCOMPARE(zero.values[1], 0.0);
    net.derivativeAtZero = 1.0;
    ReluNetwork::Gradient one = net.lossGradient(xs, ys);
    QCOMPARE(one.exactZeros, 1);
    QCOMPARE(one.values[1], 2.0);
    // dL/dw = dL/dz · x = 0 either way at x = 0; dL/da = dL/df · relu(0) = 0; dL/dc = 1.
    QCOMPARE(one.values[0], 0.0);
    QCOMPARE(one.values[2], 0.0);
    QCOMPARE(one.values[3], 1.0);
}

void TestReluNetwork::theFormulaIsTheSameFunction()
{
    // The expression engine, a separate implementation of the calculus, finds the same function
    // and the same kinks in the network's formula.
    const ReluNetwork net = randomNetwork(21, 4, 0.0);
    const ExpressionActivation::Parsed parsed = ExpressionActivation::parse(net.formula());
    QVERIFY2(parsed.activation, qPrintable(net.formula()));
    for (double x = -3.0; x <= 3.0; x += 0.37)
        QVERIFY(std::abs(parsed.activation->value(x) - net.value(x))
                <= 1e-12 * (1 + std::abs(net.value(x))));
    std::vector<double> engine;
    for (const Breakpoint &b : parsed.activation->breakpointsIn({ -100, 100 })) {
        QCOMPARE(b.kind, BreakpointKind::Kink);
        engine.push_back(b.x);
    }
    std::vector<double> ours;
    for (const double k : net.kinks()) {
        if (k > -100 && k < 100)
            ours.push_back(k);
    }
    QCOMPARE(engine.size(), ours.size());
    for (std::size_t i = 0; i < ours.size(); ++i)
        QVERIFY(std::abs(engine[i] - ours[i]) <= 1e-12 * (1 + std::abs(ours[i])));
}

void TestReluNetwork::descentFitsAndDeadUnitsStayDead()
{
    // Fitting |x| on [−2, 2] from a random start: the loss falls. A unit planted with its kink
    // at x = 5 and its flat side over all the data (w = 1, b = −5: z < 0 for every x ≤ 2) is
    // dead: its weights come out of every step unchanged.
    ReluNetwork net = randomNetwork(31, 8, 0.0);
    net.units.push_back({ 1.0, -5.0, 0.7 });
    const int planted = int(net.units.size()) - 1;
    std::vector<double> xs, ys;
    for (int j = -20; j <= 20; ++j) {
        xs.push_back(j / 10.0);
        ys.push_back(std::abs(j / 10.0));
    }
    const std::vector<int> dead = net.deadUnits(xs);
    QVERIFY(std::find(dead.begin(), dead.end(), planted) != dead.end());
    const double before = net.loss(xs, ys);
    for (int step = 0; step < 200; ++step)
        net.descend(xs, ys, 0.05);
    QVERIFY2(net.loss(xs, ys) < 0.5 * before,
             qPrintable(QStringLiteral("%1 then %2").arg(before).arg(net.loss(xs, ys))));
    QCOMPARE(net.units[std::size_t(planted)].w, 1.0);
    QCOMPARE(net.units[std::size_t(planted)].b, -5.0);
    QCOMPARE(net.units[std::size_t(planted)].a, 0.7);
    // Leaky units never die: the same unit with slope 0.01 below 0 still learns.
    ReluNetwork leaky = net;
    leaky.negativeSlope = 0.01;
    QVERIFY(leaky.deadUnits(xs).empty());
    leaky.descend(xs, ys, 0.05);
    QVERIFY(leaky.units[std::size_t(planted)].b != -5.0);
}

QTEST_GUILESS_MAIN(TestReluNetwork)
#include "tst_relunetwork.moc"
