// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "explorerstate.h"
#include "parameterpanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSlider>
#include <QTest>

/** Parameter controls: one per parameter, the plot follows a dragged slider, bad values refused. */
class TestParameterPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void controlsFollowTheFunction();
    void sliderDragUpdatesTheFunction();
    void spinBoxAndChoice();
    void refusedCombination();
};

void TestParameterPanel::controlsFollowTheFunction()
{
    ExplorerState state;
    ParameterPanel panel(&state);
    QCOMPARE(panel.controlCount(), 0); // relu has none
    state.setActivation(ActivationCatalog::create(QStringLiteral("softplus")));
    QCOMPARE(panel.controlCount(), 2);
    QCOMPARE(panel.spinBox(0)->value(), 1.0);
    QCOMPARE(panel.spinBox(1)->value(), 20.0);
    state.setActivation(ActivationCatalog::create(QStringLiteral("gelu")));
    QCOMPARE(panel.controlCount(), 1);
    QVERIFY(panel.choiceBox(0));
    QCOMPARE(panel.choiceBox(0)->currentText(), QStringLiteral("none"));
}

void TestParameterPanel::sliderDragUpdatesTheFunction()
{
    ExplorerState state;
    state.setActivation(ActivationCatalog::create(QStringLiteral("leaky_relu")));
    ParameterPanel panel(&state);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSlider *slider = panel.slider(0);
    // Drag the slider's handle to the right as a user would; every step reshapes the function.
    int updates = 0;
    connect(&state, &ExplorerState::activationChanged, this, [&updates] { ++updates; });
    slider->setSliderDown(true);
    for (int step = 10; step <= 200; step += 10)
        slider->setSliderPosition(step);
    slider->setSliderDown(false);
    QVERIFY(updates >= 10);
    QCOMPARE(state.activation().specification(), QStringLiteral("leaky_relu:negative_slope=0.2"));
    QCOMPARE(state.activation().derivative(-1.0), 0.2);
    QCOMPARE(state.activation().kinks().front().autograd[Framework::PyTorch], 0.2);
    QCOMPARE(panel.spinBox(0)->value(), 0.2);
}

void TestParameterPanel::spinBoxAndChoice()
{
    ExplorerState state;
    state.setActivation(ActivationCatalog::create(QStringLiteral("elu")));
    ParameterPanel panel(&state);
    panel.spinBox(0)->setValue(0.5);
    QCOMPARE(state.activation().specification(), QStringLiteral("elu:alpha=0.5"));
    QCOMPARE(state.activation().kinks().size(), std::size_t(1)); // alpha ≠ 1: a kink at 0
    QCOMPARE(panel.slider(0)->value(), ParameterPanel::sliderSteps / 10);

    state.setActivation(ActivationCatalog::create(QStringLiteral("gelu")));
    Q_EMIT panel.choiceBox(0)->activated(1);
    QCOMPARE(state.activation().specification(), QStringLiteral("gelu:approximate=tanh"));
}

void TestParameterPanel::refusedCombination()
{
    ExplorerState state;
    state.setActivation(ActivationCatalog::create(QStringLiteral("hardtanh")));
    ParameterPanel panel(&state);
    panel.spinBox(0)->setValue(3.0); // min_val 3 > max_val 1
    QCOMPARE(state.activation().specification(), QStringLiteral("hardtanh:min_val=-1,max_val=1"));
    QCOMPARE(panel.spinBox(0)->value(), -1.0); // the control shows what is in use
    QVERIFY(panel.toolTip().contains(QLatin1String("must be less than")));
}

QTEST_MAIN(TestParameterPanel)
#include "tst_parameterpanel.moc"
