// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "axismapping.h"
#include "fuzzy.h"

#include <QTest>

/** The world<->pixel mapping as a plain value, with explicit tolerances. */
class TestAxisMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toPixel_data();
    void toPixel();
    void roundTrip_data();
    void roundTrip();
    void degenerate();
};

void TestAxisMapping::toPixel_data()
{
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");
    QTest::addColumn<double>("pixelAtLower");
    QTest::addColumn<double>("pixelAtUpper");
    QTest::addColumn<double>("coord");
    QTest::addColumn<double>("pixel");
    // QCustomPlot's test trick: a range equal to the pixel range maps coordinates to themselves.
    QTest::newRow("identity") << 0.0 << 800.0 << 0.0 << 800.0 << 123.0 << 123.0;
    QTest::newRow("notebook x axis, the kink") << -4.4 << 4.4 << 60.0 << 940.0 << 0.0 << 500.0;
    QTest::newRow("notebook x axis, left edge") << -4.4 << 4.4 << 60.0 << 940.0 << -4.4 << 60.0;
    QTest::newRow("notebook x axis, x = 2") << -4.4 << 4.4 << 60.0 << 940.0 << 2.0 << 700.0;
    QTest::newRow("y axis grows downwards") << -1.0 << 5.0 << 610.0 << 10.0 << 0.0 << 510.0;
    QTest::newRow("outside the range") << 0.0 << 1.0 << 0.0 << 100.0 << 2.0 << 200.0;
    QTest::newRow("view 1e-300 wide") << 0.0 << 1e-300 << 0.0 << 1000.0 << 5e-301 << 500.0;
    QTest::newRow("view 1e-15 wide at 1") << 1.0 << 1.0 + 1024 * 2.220446049250313e-16 << 0.0
                                          << 1024.0 << 1.0 + 512 * 2.220446049250313e-16 << 512.0;
    QTest::newRow("view 1e300 wide") << -5e299 << 5e299 << 0.0 << 1000.0 << 0.0 << 500.0;
    QTest::newRow("view 1e300 wide, edge") << -5e299 << 5e299 << 0.0 << 1000.0 << 5e299 << 1000.0;
}

void TestAxisMapping::toPixel()
{
    QFETCH(double, lower);
    QFETCH(double, upper);
    QFETCH(double, pixelAtLower);
    QFETCH(double, pixelAtUpper);
    QFETCH(double, coord);
    QFETCH(double, pixel);
    const AxisMapping mapping({ lower, upper }, pixelAtLower, pixelAtUpper);
    // A tenth of a pixel is far below what a mouse can resolve.
    RELU_FUZZY_COMPARE(mapping.toPixel(coord), pixel, 0.1, 0.0);
}

void TestAxisMapping::roundTrip_data()
{
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");
    QTest::addColumn<double>("pixel");
    QTest::newRow("notebook view") << -4.4 << 4.4 << 333.0;
    QTest::newRow("zoomed in to 1e-9") << -1e-9 << 1e-9 << 517.0;
    QTest::newRow("zoomed out to 1e7") << -5e6 << 5e6 << 999.0;
    QTest::newRow("far from the origin") << 1e12 << 1e12 + 10.0 << 250.0;
}

void TestAxisMapping::roundTrip()
{
    QFETCH(double, lower);
    QFETCH(double, upper);
    QFETCH(double, pixel);
    const AxisMapping mapping({ lower, upper }, 20.0, 1020.0);
    const double coord = mapping.toCoord(pixel);
    QVERIFY(coord >= lower && coord <= upper);
    // Far from the origin a double resolves only ~1e-4 of a unit: a hundredth of a pixel here.
    RELU_FUZZY_COMPARE(mapping.toPixel(coord), pixel, 0.01, 0.0);
    RELU_FUZZY_COMPARE(mapping.coordsPerPixel(), (upper - lower) / 1000.0, 0.0, 1e-12);
}

void TestAxisMapping::degenerate()
{
    const AxisMapping noPixels({ 0.0, 1.0 }, 50.0, 50.0);
    QCOMPARE(noPixels.coordsPerPixel(), 0.0);
    QCOMPARE(noPixels.toCoord(80.0), 0.0);
    const AxisMapping noRange({ 2.0, 2.0 }, 0.0, 100.0);
    QCOMPARE(noRange.toPixel(5.0), 0.0);
}

QTEST_GUILESS_MAIN(TestAxisMapping)
#include "tst_axismapping.moc"
