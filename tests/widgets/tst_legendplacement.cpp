// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "legendplacement.h"

#include <QTest>

using Location = LegendPlacement::Location;
Q_DECLARE_METATYPE(LegendPlacement::Scene)
Q_DECLARE_METATYPE(LegendPlacement::Location)

/**
 * matplotlib's loc='best' on hand-made scenes: a panel of 400x300 pixels, a legend of 100x60,
 * marks and curves placed by hand, so the place that hides least is known without the scorer.
 */
class TestLegendPlacement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boxes_data();
    void boxes();
    void lengthInside_data();
    void lengthInside();
    void best_data();
    void best();
};

namespace {
const QRectF area(0, 0, 400, 300);
const QSizeF legend(100, 60);

QRectF dot(double x, double y)
{
    return { x - 5, y - 5, 10, 10 };
}
} // namespace

void TestLegendPlacement::boxes_data()
{
    QTest::addColumn<Location>("location");
    QTest::addColumn<QRectF>("expected");
    QTest::newRow("upper right") << Location::UpperRight << QRectF(300, 0, 100, 60);
    QTest::newRow("upper left") << Location::UpperLeft << QRectF(0, 0, 100, 60);
    QTest::newRow("lower left") << Location::LowerLeft << QRectF(0, 240, 100, 60);
    QTest::newRow("lower right") << Location::LowerRight << QRectF(300, 240, 100, 60);
    QTest::newRow("right is center right") << Location::Right << QRectF(300, 120, 100, 60);
    QTest::newRow("center left") << Location::CenterLeft << QRectF(0, 120, 100, 60);
    QTest::newRow("lower center") << Location::LowerCenter << QRectF(150, 240, 100, 60);
    QTest::newRow("upper center") << Location::UpperCenter << QRectF(150, 0, 100, 60);
    QTest::newRow("center") << Location::Center << QRectF(150, 120, 100, 60);
}

void TestLegendPlacement::boxes()
{
    QFETCH(Location, location);
    QFETCH(QRectF, expected);
    QCOMPARE(LegendPlacement::box(location, area, legend), expected);
    // Offset panels keep the box inside them.
    QCOMPARE(LegendPlacement::box(location, area.translated(30, 40), legend),
             expected.translated(30, 40));
}

void TestLegendPlacement::lengthInside_data()
{
    QTest::addColumn<QList<QPointF>>("line");
    QTest::addColumn<double>("expected");
    QTest::newRow("outside") << QList<QPointF>({ { 200, 200 }, { 300, 200 } }) << 0.0;
    QTest::newRow("across") << QList<QPointF>({ { -50, 30 }, { 150, 30 } }) << 100.0;
    QTest::newRow("diagonal corner to corner")
        << QList<QPointF>({ { -10, -6 }, { 110, 66 } }) << std::hypot(100.0, 60.0);
    QTest::newRow("two segments, one in")
        << QList<QPointF>({ { 10, 10 }, { 50, 10 }, { 50, 500 } }) << 40.0 + 50.0;
    QTest::newRow("vertical through") << QList<QPointF>({ { 20, -100 }, { 20, 100 } }) << 60.0;
    QTest::newRow("a NaN gap counts nothing")
        << QList<QPointF>({ { 10, 10 }, { qQNaN(), qQNaN() }, { 90, 10 } }) << 0.0;
}

void TestLegendPlacement::lengthInside()
{
    QFETCH(QList<QPointF>, line);
    QFETCH(double, expected);
    QVERIFY(
        std::abs(LegendPlacement::lengthInside(QPolygonF(line), QRectF(0, 0, 100, 60)) - expected)
        < 1e-9);
}

void TestLegendPlacement::best_data()
{
    QTest::addColumn<LegendPlacement::Scene>("scene");
    QTest::addColumn<Location>("expected");
    using Scene = LegendPlacement::Scene;

    QTest::newRow("empty: the first, upper right") << Scene {} << Location::UpperRight;
    // ReLU's figure: flat on the left at the bottom, rising to the upper right.
    QTest::newRow("relu: rising to the upper right")
        << Scene { { dot(200, 250) },
                   { QPolygonF({ { 0, 250 }, { 200, 250 }, { 400, 50 }, { 450, 0 } }) } }
        << Location::UpperLeft;
    // A mark in every place but the upper right, which the curve fills: the legend goes over
    // the curve, never over a mark.
    QTest::newRow("marks weigh first") << Scene {
        { dot(30, 20), dot(200, 20), dot(10, 250), dot(200, 290), dot(390, 290), dot(10, 150),
          dot(200, 150), dot(390, 150) },
        { QPolygonF({ { 300, 10 }, { 400, 10 } }), QPolygonF({ { 300, 30 }, { 400, 30 } }) }
    } << Location::UpperRight;
    // Curves everywhere but the lower right's corner.
    QTest::newRow("the least curve")
        << Scene { {},
                   { QPolygonF({ { 0, 30 }, { 400, 30 } }), QPolygonF({ { 0, 150 }, { 400, 150 } }),
                     QPolygonF({ { 0, 270 }, { 250, 270 } }) } }
        << Location::LowerRight;
    // Every corner holds the same length: the earliest of them.
    QTest::newRow("a tie: the earlier")
        << Scene { {},
                   { QPolygonF({ { 0, 30 }, { 400, 30 } }), QPolygonF({ { 0, 270 }, { 400, 270 } }),
                     QPolygonF({ { 0, 150 }, { 400, 150 } }) } }
        << Location::UpperRight;
    // All four corners hide a mark: one of the middles.
    QTest::newRow("corners taken")
        << Scene { { dot(20, 20), dot(380, 20), dot(20, 280), dot(380, 280) },
                   { QPolygonF({ { 0, 150 }, { 400, 150 } }) } }
        << Location::LowerCenter;
}

void TestLegendPlacement::best()
{
    QFETCH(LegendPlacement::Scene, scene);
    QFETCH(Location, expected);
    QCOMPARE(LegendPlacement::best(area, legend, scene), expected);
}

QTEST_GUILESS_MAIN(TestLegendPlacement)
#include "tst_legendplacement.moc"
