// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activations.h"
#include "sampler.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

Q_DECLARE_METATYPE(Polyline)

namespace {

/** A test function with one curved piece, x^2 for x > 0, and a linear piece 0 for x < 0. */
class HalfParabola final : public Activation
{
public:
    HalfParabola()
        : Activation(QStringLiteral("half_parabola"), QStringLiteral("max(0, x)^2"), {})
    { }
    double value(double x) const override { return x > 0 ? (x > 1e154 ? INFINITY : x * x) : 0.0; }
    double autogradDerivative(double x, Framework) const override { return x > 0 ? 2 * x : 0.0; }
    std::vector<Piece> piecesIn(Interval) const override { return { negative(), positive() }; }

protected:
    double smoothDerivative(double x) const override
    {
        return autogradDerivative(x, Framework::PyTorch);
    }

private:
    static Piece negative()
    {
        Piece piece;
        piece.domain = { -std::numeric_limits<double>::infinity(), 0.0 };
        piece.linear = true;
        return piece;
    }
    static Piece positive()
    {
        Piece piece;
        piece.domain = { 0.0, std::numeric_limits<double>::infinity() };
        return piece;
    }
};

} // namespace

/** Sampling cost depends on pixels, and pieces end exactly at their kinks and the view's edges. */
class TestSampler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simplifiedKeepsTheShape_data();
    void simplifiedKeepsTheShape();
    void simplifiedStaysWithinTolerance();
    void linearPieces_data();
    void linearPieces();
    void curvedPieceDependsOnPixelsOnly_data();
    void curvedPieceDependsOnPixelsOnly();
    void overflowLeavesGap();
    void clipToBand_data();
    void clipToBand();
};

void TestSampler::linearPieces_data()
{
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");
    QTest::addColumn<int>("piece");
    QTest::addColumn<QVector<double>>("xs");
    QTest::addColumn<QVector<double>>("ys");
    QTest::newRow("notebook view, negative piece")
        << -4.4 << 4.4 << 0 << QVector<double> { -4.4, 0 } << QVector<double> { 0, 0 };
    QTest::newRow("notebook view, positive piece")
        << -4.4 << 4.4 << 1 << QVector<double> { 0, 4.4 } << QVector<double> { 0, 4.4 };
    QTest::newRow("panned right: negative piece gone")
        << 1.0 << 3.0 << 0 << QVector<double> {} << QVector<double> {};
    QTest::newRow("panned right: positive piece edge to edge")
        << 1.0 << 3.0 << 1 << QVector<double> { 1, 3 } << QVector<double> { 1, 3 };
    QTest::newRow("1e7 wide view")
        << -5e6 << 5e6 << 1 << QVector<double> { 0, 5e6 } << QVector<double> { 0, 5e6 };
    QTest::newRow("view touching the kink")
        << -2.0 << 0.0 << 1 << QVector<double> { 0, 0 } << QVector<double> { 0, 0 };
}

void TestSampler::linearPieces()
{
    QFETCH(double, lower);
    QFETCH(double, upper);
    QFETCH(int, piece);
    QFETCH(QVector<double>, xs);
    QFETCH(QVector<double>, ys);
    const Activation &relu = reluFunction();
    Polyline out;
    Sampler::samplePiece(relu, relu.pieces()[std::size_t(piece)], { lower, upper }, 800, out);
    QCOMPARE(QVector<double>(out.x.begin(), out.x.end()), xs);
    QCOMPARE(QVector<double>(out.y.begin(), out.y.end()), ys);
}

void TestSampler::curvedPieceDependsOnPixelsOnly_data()
{
    QTest::addColumn<double>("width");
    QTest::newRow("10 units") << 10.0;
    QTest::newRow("1e4 units") << 1e4;
    QTest::newRow("1e7 units") << 1e7;
}

void TestSampler::curvedPieceDependsOnPixelsOnly()
{
    QFETCH(double, width);
    const HalfParabola f;
    Polyline out;
    const Interval view { -width / 2, width / 2 };
    Sampler::samplePiece(f, f.pieces()[1], view, 1000, out);
    // Half the view, at samplesPerPixel, plus the end point.
    const int expected = int(500 * Sampler::samplesPerPixel) + 1;
    QCOMPARE(int(out.size()), expected);
    QCOMPARE(out.x.front(), 0.0);
    QCOMPARE(out.x.back(), width / 2);
    for (std::size_t i = 1; i < out.size(); ++i)
        QVERIFY(out.x[i] > out.x[i - 1]);
    QCOMPARE(out.y.back(), (width / 2) * (width / 2));

    Polyline wide;
    Sampler::samplePiece(f, f.pieces()[1], view, 4000, wide);
    QCOMPARE(int(wide.size()), int(2000 * Sampler::samplesPerPixel) + 1);
}

void TestSampler::overflowLeavesGap()
{
    const HalfParabola f;
    Polyline out;
    Sampler::samplePiece(f, f.pieces()[1], { -1e200, 1e200 }, 100, out);
    QVERIFY(!out.empty());
    QVERIFY(std::isnan(out.y.back()));
    QVERIFY(std::isfinite(out.y.front()));
}

void TestSampler::clipToBand_data()
{
    QTest::addColumn<QVector<double>>("xs");
    QTest::addColumn<QVector<double>>("ys");
    QTest::addColumn<QString>("expected"); // "x,y" points; "|" for a gap
    const double nan = std::numeric_limits<double>::quiet_NaN();
    // The band is [-10, 10] throughout.
    QTest::newRow("inside: unchanged")
        << QVector<double> { 0, 1, 2 } << QVector<double> { 0, 5, -5 }
        << QStringLiteral("0,0 1,5 2,-5");
    QTest::newRow("ReLU at 1e7 wide: cut where it leaves")
        << QVector<double> { 0, 5e6 } << QVector<double> { 0, 5e6 } << QStringLiteral("0,0 10,10");
    QTest::newRow("enters from far below")
        << QVector<double> { 0, 4 } << QVector<double> { -1e12, 10 }
        << QStringLiteral("3.99999999992,-10 4,10");
    QTest::newRow("wholly outside: nothing")
        << QVector<double> { 0, 1 } << QVector<double> { 20, 30 } << QString();
    QTest::newRow("out and back in: a gap")
        << QVector<double> { 0, 1, 2, 3 } << QVector<double> { 0, 20, 20, 0 }
        << QStringLiteral("0,0 0.5,10 | 2.5,10 3,0");
    QTest::newRow("a NaN gap stays a gap")
        << QVector<double> { 0, 1, 2, 3 } << QVector<double> { 1, 2, nan, 3 }
        << QStringLiteral("0,1 1,2 | 3,3");
    QTest::newRow("crossing the whole band")
        << QVector<double> { 0, 2 } << QVector<double> { -20, 20 }
        << QStringLiteral("0.5,-10 1.5,10");
    // Found by make fuzz: at these magnitudes the cut's parameters round to exactly 1.
    QTest::newRow("from -1e170 to below the band: nothing")
        << QVector<double> { 0, 1 } << QVector<double> { -1e170, -20 } << QString();
    QTest::newRow("from -1e170 to above the band: the edge")
        << QVector<double> { 0, 1 } << QVector<double> { -1e170, 10.5 } << QStringLiteral("1,10");
}

void TestSampler::clipToBand()
{
    QFETCH(QVector<double>, xs);
    QFETCH(QVector<double>, ys);
    QFETCH(QString, expected);
    Polyline line;
    for (int i = 0; i < xs.size(); ++i)
        line.append(xs[i], ys[i]);
    Sampler::clipToBand(line, { -10, 10 });
    QStringList got;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (std::isnan(line.y[i])) {
            if (i + 1 < line.size()) // a trailing gap draws nothing either way
                got << QStringLiteral("|");
            continue;
        }
        QVERIFY(line.y[i] >= -10 && line.y[i] <= 10);
        got << QStringLiteral("%1,%2").arg(line.x[i], 0, 'g', 12).arg(line.y[i], 0, 'g', 12);
    }
    QCOMPARE(got.join(QLatin1Char(' ')), expected);
}

void TestSampler::simplifiedKeepsTheShape_data()
{
    // Curves whose fewest points within 0.25 px are known by hand, drawn at 100 px per unit.
    QTest::addColumn<Polyline>("line");
    QTest::addColumn<QVector<double>>("keptX");
    const double gap = std::numeric_limits<double>::quiet_NaN();
    Polyline straight, constant, vee, noisy;
    for (int i = 0; i <= 600; ++i) {
        const double x = -3 + i / 100.0;
        straight.append(x, 0.5 * x + 1);
        constant.append(x, i == 300 ? gap : 0.5); // the central quotient at ReLU's kink
        vee.append(x, std::abs(x));
        // Wobbles of 0.1 px, under the tolerance.
        noisy.append(x, 2 + (i % 2 ? 0.001 : -0.001));
    }
    QTest::newRow("a straight line: its ends") << straight << QVector<double> { -3, 3 };
    QTest::newRow("a constant with a gap at 0: the gap and the ends of each run")
        << constant << QVector<double> { -3, -0.01, 0, 0.01, 3 };
    QTest::newRow("|x|: the corner too") << vee << QVector<double> { -3, 0, 3 };
    QTest::newRow("wobbles under the tolerance") << noisy << QVector<double> { -3, 3 };
    Polyline two;
    two.append(0, 0);
    two.append(1, 5);
    QTest::newRow("two points stay") << two << QVector<double> { 0, 1 };
}

void TestSampler::simplifiedKeepsTheShape()
{
    QFETCH(Polyline, line);
    QFETCH(QVector<double>, keptX);
    const Polyline kept = line.simplified(100, 100, 0.25);
    QCOMPARE(int(kept.size()), keptX.size());
    for (int i = 0; i < keptX.size(); ++i)
        QVERIFY2(
            std::abs(kept.x[std::size_t(i)] - keptX[i]) < 1e-12,
            qPrintable(QStringLiteral("point %1 at x = %2").arg(i).arg(kept.x[std::size_t(i)])));
    // The gap survives as a gap.
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (std::isnan(line.y[i]))
            QVERIFY(std::find(kept.x.begin(), kept.x.end(), line.x[i]) != kept.x.end());
    }
    // A scale that is not usable draws the curve as it is.
    QCOMPARE(int(line.simplified(0, 100, 0.25).size()), int(line.size()));
    QCOMPARE(int(line.simplified(100, std::nan(""), 0.25).size()), int(line.size()));
}

void TestSampler::simplifiedStaysWithinTolerance()
{
    // sin on 2000 points at 300 px per unit: every point dropped lies within 0.25 px of the
    // simplified curve, measured on the chord that spans it, and far fewer points are left.
    Polyline line;
    for (int i = 0; i <= 2000; ++i) {
        const double x = i * 0.005;
        line.append(x, std::sin(x));
    }
    const double scale = 300, tolerance = 0.25;
    const Polyline kept = line.simplified(scale, scale, tolerance);
    QVERIFY(kept.size() < line.size() / 10);
    QVERIFY(kept.size() > 20);
    std::size_t segment = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        while (segment + 2 < kept.size() && kept.x[segment + 1] < line.x[i])
            ++segment;
        const double ax = kept.x[segment] * scale, ay = kept.y[segment] * scale;
        const double bx = kept.x[segment + 1] * scale, by = kept.y[segment + 1] * scale;
        const double px = line.x[i] * scale, py = line.y[i] * scale;
        const double distance = std::abs((bx - ax) * (py - ay) - (by - ay) * (px - ax))
            / std::hypot(bx - ax, by - ay);
        QVERIFY2(distance <= tolerance + 1e-9,
                 qPrintable(QStringLiteral("x = %1 is %2 px off").arg(line.x[i]).arg(distance)));
    }
}

QTEST_GUILESS_MAIN(TestSampler)
#include "tst_sampler.moc"
