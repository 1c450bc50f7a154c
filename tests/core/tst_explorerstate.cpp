#include "explorerstate.h"
#include "relu.h"

#include <QSignalSpy>
#include <QTest>

#include <limits>

/** The session state: probe snapping and clamping, view validation and its signals. */
class TestExplorerState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void dragSnapsToKink_data();
    void dragSnapsToKink();
    void dragClampsToView();
    void setProbeX();
    void invalidView_data();
    void invalidView();
    void viewSignals();
    void convention();
    void activation();

private:
    /** The notebook's view, 880 pixels wide: 100 pixels per unit. */
    static AxisMapping notebookAxis() { return {{-4.4, 4.4}, 0.0, 880.0}; }
};

void TestExplorerState::defaults()
{
    const ExplorerState state;
    QCOMPARE(state.activation().name(), QStringLiteral("relu"));
    QCOMPARE(state.probeX(), 2.0);
    QCOMPARE(state.probeY(), 2.0);
    QCOMPARE(state.probeSlope(), 1.0);
    QCOMPARE(state.convention(), DerivativeConvention::Framework);
    QCOMPARE(state.xRange(), (Interval{-4.4, 4.4}));
    QCOMPARE(state.yRange(), (Interval{-1.0, 5.0}));
    QVERIFY(state.probeKink() == nullptr);
}

void TestExplorerState::dragSnapsToKink_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");
    // 100 pixels per unit, so snapPixels (6) is 0.06 units.
    QTest::newRow("on the kink") << 0.0 << 0.0;
    QTest::newRow("5 px right of the kink snaps") << 0.05 << 0.0;
    QTest::newRow("5 px left of the kink snaps") << -0.05 << 0.0;
    QTest::newRow("6 px right of the kink snaps") << 0.06 << 0.0;
    QTest::newRow("7 px right of the kink stays") << 0.07 << 0.07;
    QTest::newRow("7 px left of the kink stays") << -0.07 << -0.07;
    QTest::newRow("far away stays") << -2.0 << -2.0;
}

void TestExplorerState::dragSnapsToKink()
{
    QFETCH(double, x);
    QFETCH(double, expected);
    ExplorerState state;
    state.dragProbeTo(x, notebookAxis());
    QCOMPARE(state.probeX(), expected);
    QCOMPARE(state.probeKink() != nullptr, expected == 0.0);
}

void TestExplorerState::dragClampsToView()
{
    ExplorerState state;
    state.dragProbeTo(10.0, notebookAxis());
    QCOMPARE(state.probeX(), 4.4);
    state.dragProbeTo(-1e300, notebookAxis());
    QCOMPARE(state.probeX(), -4.4);
    state.dragProbeTo(std::numeric_limits<double>::quiet_NaN(), notebookAxis());
    QCOMPARE(state.probeX(), -4.4);
}

void TestExplorerState::setProbeX()
{
    ExplorerState state;
    QSignalSpy spy(&state, &ExplorerState::probeChanged);
    state.setProbeX(-2.0);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toDouble(), -2.0);
    state.setProbeX(-2.0);
    QCOMPARE(spy.count(), 0); // no change, no signal
    state.setProbeX(std::numeric_limits<double>::infinity());
    state.setProbeX(std::numeric_limits<double>::quiet_NaN());
    QCOMPARE(spy.count(), 0);
    QCOMPARE(state.probeX(), -2.0);
    state.setProbeX(-0.0);
    QCOMPARE(state.probeX(), 0.0);
    QVERIFY(!std::signbit(state.probeX()));
    QVERIFY(state.probeKink());
}

void TestExplorerState::invalidView_data()
{
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("empty") << 1.0 << 1.0;
    QTest::newRow("reversed") << 2.0 << 1.0;
    QTest::newRow("nan") << nan << 1.0;
    QTest::newRow("infinite") << -inf << inf;
    QTest::newRow("1e-300 wide") << 0.0 << 1e-300;
    QTest::newRow("1e300 wide") << -5e299 << 5e299;
    QTest::newRow("width overflows") << -1.7e308 << 1.7e308;
}

void TestExplorerState::invalidView()
{
    QFETCH(double, lower);
    QFETCH(double, upper);
    ExplorerState state;
    QSignalSpy spy(&state, &ExplorerState::viewChanged);
    QVERIFY(!state.setView({lower, upper}, {-1.0, 5.0}));
    QVERIFY(!state.setView({-1.0, 5.0}, {lower, upper}));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(state.xRange(), ExplorerState::defaultXRange());
    QCOMPARE(state.yRange(), ExplorerState::defaultYRange());
}

void TestExplorerState::viewSignals()
{
    ExplorerState state;
    QSignalSpy spy(&state, &ExplorerState::viewChanged);
    QVERIFY(state.setView({-1e-9, 1e-9}, {-1e-9, 1e-9}));
    QCOMPARE(spy.count(), 1);
    QVERIFY(state.setView({-1e-9, 1e-9}, {-1e-9, 1e-9}));
    QCOMPARE(spy.count(), 1);
    state.resetView();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(state.xRange(), ExplorerState::defaultXRange());
}

void TestExplorerState::convention()
{
    ExplorerState state;
    QSignalSpy spy(&state, &ExplorerState::conventionChanged);
    state.setProbeX(0.0);
    QCOMPARE(state.probeSlope(), 0.0);
    state.setConvention(DerivativeConvention::Right);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).value<DerivativeConvention>(), DerivativeConvention::Right);
    QCOMPARE(state.probeSlope(), 1.0);
    state.setConvention(DerivativeConvention::Right);
    QCOMPARE(spy.count(), 0);
}

void TestExplorerState::activation()
{
    ExplorerState state;
    QSignalSpy changed(&state, &ExplorerState::activationChanged);
    QSignalSpy probe(&state, &ExplorerState::probeChanged);
    state.setActivation(nullptr);
    QCOMPARE(changed.count(), 0);
    auto relu = std::make_shared<Relu>();
    state.setActivation(relu);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(probe.count(), 1); // the probe's y and slope may have changed with the function
    QVERIFY(state.sharedActivation() == relu);
}

QTEST_GUILESS_MAIN(TestExplorerState)
#include "tst_explorerstate.moc"
