// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "builtinactivation.h"
#include "explorerstate.h"
#include "expressionactivation.h"
#include "parameterpanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSlider>
#include <QTest>
#include <QToolButton>

/** Parameter controls: one per parameter, the plot follows a dragged slider, bad values refused. */
class TestParameterPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void controlsFollowTheFunction();
    void sliderDragUpdatesTheFunction();
    void spinBoxAndChoice();
    void refusedCombination();
    void sliderSnaps();
    void expressionSlider();
    void expressionRange();
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
    for (int step = 1; step <= 20; ++step)
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
    QCOMPARE(panel.slider(0)->value(), 10); // alpha in [0, 5], steps of 0.05

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

void TestParameterPanel::sliderSnaps()
{
    QCOMPARE(ParameterPanel::step(0.0, 1.0), 0.01);
    QCOMPARE(ParameterPanel::step(-5.0, 5.0), 0.1);
    QCOMPARE(ParameterPanel::step(0.05, 10.0), 0.05);
    QCOMPARE(ParameterPanel::step(0.0, 50.0), 0.5);
    QCOMPARE(ParameterPanel::snapped(0.211, 0.01), 0.21);
    QCOMPARE(ParameterPanel::snapped(0.522, 0.01), 0.52);

    // A click on leaky_relu's slider track lands on a multiple of 0.01, not on 0.211.
    ExplorerState state;
    state.setActivation(ActivationCatalog::create(QStringLiteral("leaky_relu")));
    ParameterPanel panel(&state);
    panel.resize(600, 40);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSlider *slider = panel.slider(0);
    QCOMPARE(slider->minimum(), 0);
    QCOMPARE(slider->maximum(), 100);
    for (int px : { 7, slider->width() / 5, slider->width() / 2 + 3, slider->width() - 9 }) {
        QTest::mouseClick(slider, Qt::LeftButton, {}, QPoint(px, slider->height() / 2));
        slider->setSliderPosition(slider->value() + 1); // and one step on
        const auto *f = dynamic_cast<const BuiltinActivation *>(&state.activation());
        QVERIFY(f);
        const double slope = f->parameterValues().front();
        QCOMPARE(slope, ParameterPanel::snapped(slope, 0.01));
        QCOMPARE(panel.spinBox(0)->decimals(), 2);
        QCOMPARE(panel.spinBox(0)->value(), slope);
    }
}

void TestParameterPanel::expressionSlider()
{
    ExplorerState state;
    state.switchTo(ExpressionActivation::parse(QStringLiteral("max(a*x, x)")).activation);
    ParameterPanel panel(&state);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.controlCount(), 1);
    QVERIFY(panel.rangeButton(0));
    QCOMPARE(state.expressionParameters().front().value, 1.0);
    QVERIFY(state.activation().kinks().empty()); // a = 1: f is x
    QSlider *slider = panel.slider(0);
    QCOMPARE(slider->minimum(), -50); // [−5, 5] in steps of 0.1
    QCOMPARE(slider->maximum(), 50);
    slider->setSliderDown(true);
    for (int position = 10; position >= 5; --position)
        slider->setSliderPosition(position);
    slider->setSliderDown(false);
    QCOMPARE(state.expressionParameters().front().value, 0.5);
    QCOMPARE(state.snapshot().parameters.front().value, 0.5);
    QCOMPARE(panel.spinBox(0)->value(), 0.5);
    QCOMPARE(state.activation().kinks().size(), std::size_t(1));
    QCOMPARE(state.activation().kinks().front().x, 0.0);
    QCOMPARE(state.activation().leftDerivative(0.0), 0.5);
    QCOMPARE(state.activation().rightDerivative(0.0), 1.0);
    // A keyboard step snaps as well: 0.6, not 0.6000000000000001.
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(state.expressionParameters().front().value, 0.6);
}

void TestParameterPanel::expressionRange()
{
    ExplorerState state;
    state.switchTo(ExpressionActivation::parse(QStringLiteral("relu(x-k)")).activation);
    ParameterPanel panel(&state);
    QCOMPARE(panel.setRange(0, 0.0, 10.0), QString());
    QCOMPARE(state.expressionParameters().front().minimum, 0.0);
    QCOMPARE(state.expressionParameters().front().maximum, 10.0);
    QCOMPARE(panel.slider(0)->maximum(), 100);
    QVERIFY(panel.setRange(0, 3.0, 2.0).contains(QLatin1String("must be less than")));
    QCOMPARE(state.expressionParameters().front().maximum, 10.0); // nothing changed
    QCOMPARE(panel.setRange(0, 2.0, 4.0), QString()); // k = 1 goes to 2
    QCOMPARE(state.expressionParameters().front().value, 2.0);
    QCOMPARE(state.activation().kinks().front().x, 2.0);
}

QTEST_MAIN(TestParameterPanel)
#include "tst_parameterpanel.moc"
