// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activations.h"
#include "explorerstate.h"

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
    void keyIncrement_data();
    void keyIncrement();
    void arrowKeysReachTheKinkExactly();
    void edgesAndKinkJump();
    void cycleConvention();
    void secantH_data();
    void secantH();
    void secantSlope();
    void derivativePanel();
    void aSetterIsOneStep();
    void aRestoreIsOneStep();
    void aRestoreOfTheSameSessionChangesNothing();
    void aSwitchIsOneStep();

private:
    /** The notebook's view, 880 pixels wide: 100 pixels per unit. */
    static AxisMapping notebookAxis() { return { { -4.4, 4.4 }, 0.0, 880.0 }; }
};

void TestExplorerState::defaults()
{
    const ExplorerState state;
    QCOMPARE(state.activation().name(), QStringLiteral("relu"));
    QCOMPARE(state.probeX(), 2.0);
    QCOMPARE(state.probeY(), 2.0);
    QCOMPARE(state.probeSlope(), 1.0);
    QCOMPARE(state.convention(), DerivativeConvention::PyTorch);
    QCOMPARE(state.xRange(), (Interval { -4.4, 4.4 }));
    QCOMPARE(state.yRange(), (Interval { -1.0, 5.0 }));
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
    QVERIFY(!state.setView({ lower, upper }, { -1.0, 5.0 }));
    QVERIFY(!state.setView({ -1.0, 5.0 }, { lower, upper }));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(state.xRange(), SessionLimits::defaultXRange);
    QCOMPARE(state.yRange(), SessionLimits::defaultYRange);
}

void TestExplorerState::viewSignals()
{
    ExplorerState state;
    QSignalSpy spy(&state, &ExplorerState::viewChanged);
    QVERIFY(state.setView({ -1e-9, 1e-9 }, { -1e-9, 1e-9 }));
    QCOMPARE(spy.count(), 1);
    QVERIFY(state.setView({ -1e-9, 1e-9 }, { -1e-9, 1e-9 }));
    QCOMPARE(spy.count(), 1);
    state.resetView();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(state.xRange(), SessionLimits::defaultXRange);
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
    auto relu = ActivationCatalog::create(QStringLiteral("relu"));
    state.setActivation(relu);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(probe.count(), 1); // the probe's y and slope may have changed with the function
    QVERIFY(state.sharedActivation() == relu);
}

void TestExplorerState::keyIncrement_data()
{
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("step");
    QTest::newRow("notebook view, 8.8 wide") << 8.8 << 0.1;
    QTest::newRow("20 wide") << 20.0 << 0.2;
    QTest::newRow("1e-6 wide") << 1e-6 << 1e-8;
    QTest::newRow("1e7 wide") << 1e7 << 1e5;
}

void TestExplorerState::keyIncrement()
{
    QFETCH(double, width);
    QFETCH(double, step);
    ExplorerState state;
    QVERIFY(state.setView({ -width / 2, width / 2 }, { -1, 5 }));
    QVERIFY(std::abs(state.keyIncrement() - step) <= 1e-12 * step);
}

void TestExplorerState::arrowKeysReachTheKinkExactly()
{
    ExplorerState state;
    const double step = state.keyIncrement();
    for (int i = 0; i < 20; ++i)
        state.moveProbe(-1, step);
    QCOMPARE(state.probeX(), 0.0); // 20 steps of 0.1 from 2, and not 1.3877787807814457e-16
    QVERIFY(state.probeKink());
    state.moveProbe(-1, step);
    QCOMPARE(state.probeX(), -0.1);
    state.moveProbe(+1, step);
    QCOMPARE(state.probeX(), 0.0);
    // A nudge (Shift) from the kink, and back.
    state.moveProbe(+1, step / 10);
    QCOMPARE(state.probeX(), 0.01);
    state.moveProbe(-1, step / 10);
    QCOMPARE(state.probeX(), 0.0);
    // Stepping over a kink that is not on the grid lands on it.
    state.setProbeX(0.25);
    state.moveProbe(-1, 0.5);
    QCOMPARE(state.probeX(), 0.0);
    // Invalid step sizes change nothing.
    state.moveProbe(1, 0.0);
    state.moveProbe(1, std::numeric_limits<double>::quiet_NaN());
    QCOMPARE(state.probeX(), 0.0);
}

void TestExplorerState::edgesAndKinkJump()
{
    ExplorerState state;
    // The view is [−4.4, 4.4]: a fortieth inside is ±4.18, on the 0.1 grid ±4.1, whole rings.
    state.moveProbeToLeftEdge();
    QCOMPARE(state.probeX(), -4.1);
    state.moveProbeToRightEdge();
    QCOMPARE(state.probeX(), 4.1);
    QVERIFY(state.jumpToKink());
    QCOMPARE(state.probeX(), 0.0);
    QVERIFY(state.jumpToKink()); // ReLU's only kink: stays
    QCOMPARE(state.probeX(), 0.0);
    // gelu has none: K says so and leaves the probe.
    state.switchTo(ActivationCatalog::create(QStringLiteral("gelu")));
    state.setProbeX(1.5);
    QVERIFY(!state.jumpToKink());
    QCOMPARE(state.probeX(), 1.5);
}

void TestExplorerState::cycleConvention()
{
    ExplorerState state;
    QList<DerivativeConvention> seen;
    for (int i = 0; i < ConventionNames::count; ++i) {
        seen << state.convention();
        state.cycleConvention();
    }
    QCOMPARE(state.convention(), DerivativeConvention::PyTorch);
    QCOMPARE(seen,
             (QList<DerivativeConvention> {
                 DerivativeConvention::PyTorch, DerivativeConvention::TensorFlow,
                 DerivativeConvention::Jax, DerivativeConvention::TfJs, DerivativeConvention::Left,
                 DerivativeConvention::Right, DerivativeConvention::Average,
                 DerivativeConvention::Undefined }));
}

void TestExplorerState::secantH_data()
{
    QTest::addColumn<double>("requested");
    QTest::addColumn<double>("expected");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("positive") << 0.001 << 0.001;
    QTest::newRow("negative") << -0.001 << -0.001;
    QTest::newRow("too large, clamped") << 5.0 << 2.0;
    QTest::newRow("too large negative, clamped") << -5.0 << -2.0;
    QTest::newRow("too small, clamped") << 1e-9 << 1e-6;
    QTest::newRow("too small negative, clamped") << -1e-9 << -1e-6;
    QTest::newRow("zero ignored") << 0.0 << SessionLimits::defaultSecantH;
    QTest::newRow("NaN ignored") << nan << SessionLimits::defaultSecantH;
    QTest::newRow("inf ignored") << std::numeric_limits<double>::infinity()
                                 << SessionLimits::defaultSecantH;
}

void TestExplorerState::secantH()
{
    QFETCH(double, requested);
    QFETCH(double, expected);
    ExplorerState state;
    state.setSecantH(requested);
    QCOMPARE(state.secantH(), expected);
}

void TestExplorerState::secantSlope()
{
    ExplorerState state;
    QSignalSpy steps(&state, &ExplorerState::secantHChanged);
    QVERIFY(std::isnan(state.secantSlope()));
    state.setSecantMode(SecantMode::Forward);
    state.setProbeX(0.0);
    state.setSecantH(1e-3);
    QCOMPARE(state.secantSlope(), 1.0);
    state.flipSecantH();
    QCOMPARE(state.secantH(), -1e-3);
    QCOMPARE(state.secantSlope(), 0.0);
    state.setSecantMode(SecantMode::Central);
    QCOMPARE(state.secantSlope(), 0.5);
    // Halving stops at the smallest step instead of reaching 0.
    for (int i = 0; i < 40; ++i)
        state.halveSecantH();
    QCOMPARE(state.secantH(), -SessionLimits::minSecantH);
    state.doubleSecantH();
    QCOMPARE(state.secantH(), -2 * SessionLimits::minSecantH);
    QVERIFY(steps.count() > 3);
}

void TestExplorerState::derivativePanel()
{
    ExplorerState state;
    QSignalSpy spy(&state, &ExplorerState::derivativePanelVisibleChanged);
    QVERIFY(state.isDerivativePanelVisible());
    state.setDerivativePanelVisible(false);
    state.setDerivativePanelVisible(false);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!state.isDerivativePanelVisible());
}

void TestExplorerState::aSetterIsOneStep()
{
    ExplorerState state;
    QSignalSpy changed(&state, &ExplorerState::changed);
    state.setConvention(DerivativeConvention::Average);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().at(0).value<ExplorerState::Changes>(),
             ExplorerState::Changes(ExplorerState::Change::Convention));
    // A new function moves the probe's point too.
    state.setActivation(ActivationCatalog::create(QStringLiteral("gelu")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().at(0).value<ExplorerState::Changes>(),
             ExplorerState::Change::Function | ExplorerState::Change::Probe);
    state.setConvention(DerivativeConvention::Average);
    QCOMPARE(changed.count(), 0);
}

void TestExplorerState::aRestoreIsOneStep()
{
    // Every field away from its default, so every part changes.
    SessionSnapshot target;
    target.function = QStringLiteral("leaky_relu:negative_slope=0.2");
    target.expression = QStringLiteral("abs(x)");
    target.comparisons = QStringList { QStringLiteral("silu"), QStringLiteral("tanh") };
    target.convention = DerivativeConvention::Right;
    target.probeX = -0.5;
    target.secantMode = SecantMode::BothSides;
    target.secantH = 0.25;
    target.xRange = { -2.0, 3.0 };
    target.yRange = { -1.5, 2.5 };
    target.equalScales = true;
    target.derivativePanel = false;
    target.quotientPanel = true;
    target.quotientScale = QuotientAxis::Scale::SymmetricLog;
    target.samplePoints = true;
    target.valuesTable = true;
    target.samples = { -2.0, 2.0, 0.5 };

    ExplorerState state;
    QSignalSpy changed(&state, &ExplorerState::changed);
    // Each typed signal once, and each finds the whole session already in place: a view that
    // rebuilds on activationChanged draws the new range, probe and convention, not the old.
    int typed = 0;
    bool wholeEachTime = true;
    const auto check = [&] {
        ++typed;
        wholeEachTime = wholeEachTime && state.snapshot() == target;
    };
    for (auto signal : { &ExplorerState::activationChanged, &ExplorerState::comparisonsChanged,
                         &ExplorerState::viewChanged, &ExplorerState::samplePointsChanged })
        connect(&state, signal, this, check);
    connect(&state, &ExplorerState::probeChanged, this, check);
    connect(&state, &ExplorerState::conventionChanged, this, check);
    connect(&state, &ExplorerState::secantModeChanged, this, check);
    connect(&state, &ExplorerState::secantHChanged, this, check);
    connect(&state, &ExplorerState::derivativePanelVisibleChanged, this, check);
    connect(&state, &ExplorerState::equalScalesChanged, this, check);
    connect(&state, &ExplorerState::quotientPanelVisibleChanged, this, check);
    connect(&state, &ExplorerState::quotientScaleChanged, this, check);
    connect(&state, &ExplorerState::expressionTextChanged, this, check);
    connect(&state, &ExplorerState::valuesTableVisibleChanged, this, check);

    QCOMPARE(state.restore(target), QStringList());
    forEachSessionField([&](const char *name, auto member) {
        QVERIFY2(state.snapshot().*member == target.*member, name);
    });
    QCOMPARE(state.snapshot(), target);
    QCOMPARE(changed.count(), 1);
    const auto what = changed.takeFirst().at(0).value<ExplorerState::Changes>();
    // 14 parts, 14 typed signals, each once.
    QCOMPARE(typed, 14);
    QVERIFY(wholeEachTime);
    for (const auto part :
         { ExplorerState::Change::Function, ExplorerState::Change::Probe,
           ExplorerState::Change::Convention, ExplorerState::Change::View,
           ExplorerState::Change::SecantMode, ExplorerState::Change::SecantH,
           ExplorerState::Change::DerivativePanel, ExplorerState::Change::EqualScales,
           ExplorerState::Change::QuotientPanel, ExplorerState::Change::QuotientScale,
           ExplorerState::Change::Comparisons, ExplorerState::Change::ExpressionText,
           ExplorerState::Change::SamplePoints, ExplorerState::Change::ValuesTable })
        QVERIFY2(what.testFlag(part), qPrintable(QString::number(unsigned(part))));

    // Back to the start is one step as well.
    state.resetAll();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(state.snapshot(), SessionSnapshot());
}

void TestExplorerState::aRestoreOfTheSameSessionChangesNothing()
{
    ExplorerState state;
    state.setProbeX(1.5);
    QSignalSpy changed(&state, &ExplorerState::changed);
    QSignalSpy function(&state, &ExplorerState::activationChanged);
    state.restore(state.snapshot());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(function.count(), 0);
    // Only the probe differs: only the probe is announced.
    SessionSnapshot moved = state.snapshot();
    moved.probeX = 0.0;
    state.restore(moved);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().at(0).value<ExplorerState::Changes>(),
             ExplorerState::Changes(ExplorerState::Change::Probe));
    QCOMPARE(function.count(), 0);
}

void TestExplorerState::aSwitchIsOneStep()
{
    // relu6's kink at 6 widens the notebook's view, and y is fitted: one step, one signal.
    ExplorerState state;
    QSignalSpy changed(&state, &ExplorerState::changed);
    QSignalSpy view(&state, &ExplorerState::viewChanged);
    state.switchTo(ActivationCatalog::create(QStringLiteral("relu6")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(view.count(), 1);
    QVERIFY(state.xRange().upper >= 7.0);
    QVERIFY(changed.takeFirst().at(0).value<ExplorerState::Changes>().testFlag(
        ExplorerState::Change::View));
}

QTEST_GUILESS_MAIN(TestExplorerState)
#include "tst_explorerstate.moc"
