// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parameterpanel.h"

#include "activationcatalog.h"
#include "builtinactivation.h"
#include "explorerstate.h"
#include "plotstyle.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

#include <cmath>

ParameterPanel::ParameterPanel(ExplorerState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(PlotStyle::controlMargins());
    connect(m_state, &ExplorerState::activationChanged, this, &ParameterPanel::rebuild);
    rebuild();
}

QSlider *ParameterPanel::slider(int index) const
{
    return index >= 0 && index < controlCount() ? m_controls[std::size_t(index)].slider : nullptr;
}

QDoubleSpinBox *ParameterPanel::spinBox(int index) const
{
    return index >= 0 && index < controlCount() ? m_controls[std::size_t(index)].spinBox : nullptr;
}

QComboBox *ParameterPanel::choiceBox(int index) const
{
    return index >= 0 && index < controlCount() ? m_controls[std::size_t(index)].choices : nullptr;
}

void ParameterPanel::rebuild()
{
    const auto *builtin = dynamic_cast<const BuiltinActivation *>(&m_state->activation());
    const ActivationFamily *family = builtin ? &builtin->family() : nullptr;
    if (family == m_family) {
        // Same family, maybe other values (a slider of ours, or a loaded session).
        m_values = builtin ? builtin->parameterValues() : ParameterValues();
        showValues();
        return;
    }
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_controls.clear();
    m_family = family;
    m_values = builtin ? builtin->parameterValues() : ParameterValues();
    if (!family)
        return;

    for (int i = 0; i < int(family->parameters.size()); ++i) {
        const ParameterSpec &spec = family->parameters[std::size_t(i)];
        // The catalogue keeps its texts in English (it may be built before the translator).
        const QString description = ActivationCatalog::tr(spec.description.toUtf8().constData());
        auto *label = new QLabel(spec.name + QLatin1Char(':'), this);
        label->setToolTip(description);
        m_layout->addWidget(label);
        Control control;
        if (spec.isChoice()) {
            control.choices = new QComboBox(this);
            control.choices->addItems(spec.choices);
            control.choices->setToolTip(description);
            control.choices->setAccessibleName(spec.name);
            control.choices->setFocusPolicy(Qt::ClickFocus);
            label->setBuddy(control.choices);
            connect(control.choices, &QComboBox::activated, this,
                    [this, i](int choice) { apply(i, choice); });
            m_layout->addWidget(control.choices);
        } else {
            control.slider = new QSlider(Qt::Horizontal, this);
            control.slider->setRange(0, sliderSteps);
            control.slider->setMinimumWidth(PlotStyle::parameterSliderWidth);
            control.slider->setToolTip(description);
            control.slider->setAccessibleName(tr("%1 slider").arg(spec.name));
            control.slider->setFocusPolicy(Qt::NoFocus);
            control.spinBox = new QDoubleSpinBox(this);
            control.spinBox->setRange(spec.minimum, spec.maximum);
            control.spinBox->setDecimals(3);
            control.spinBox->setSingleStep((spec.maximum - spec.minimum) / 100.0);
            control.spinBox->setKeyboardTracking(false);
            control.spinBox->setToolTip(
                tr("%1, from %2 to %3").arg(description).arg(spec.minimum).arg(spec.maximum));
            control.spinBox->setAccessibleName(spec.name);
            label->setBuddy(control.spinBox);
            const double lo = spec.minimum, span = spec.maximum - spec.minimum;
            connect(control.slider, &QSlider::valueChanged, this,
                    [this, i, lo, span](int step) { apply(i, lo + span * step / sliderSteps); });
            connect(control.spinBox, &QDoubleSpinBox::valueChanged, this,
                    [this, i](double value) { apply(i, value); });
            m_layout->addWidget(control.slider);
            m_layout->addWidget(control.spinBox);
        }
        m_controls.push_back(control);
    }
    showValues();
}

void ParameterPanel::showValues()
{
    if (!m_family)
        return;
    for (int i = 0; i < controlCount() && i < int(m_values.size()); ++i) {
        const ParameterSpec &spec = m_family->parameters[std::size_t(i)];
        const Control &control = m_controls[std::size_t(i)];
        const double value = m_values[std::size_t(i)];
        if (control.choices) {
            control.choices->setCurrentIndex(int(value));
        } else {
            // Showing a value is no request to apply it (rounded to the slider's steps).
            const QSignalBlocker blockSlider(control.slider);
            const QSignalBlocker blockSpinBox(control.spinBox);
            const double fraction = (value - spec.minimum) / (spec.maximum - spec.minimum);
            control.slider->setValue(int(std::lround(fraction * sliderSteps)));
            control.spinBox->setValue(value);
        }
    }
}

void ParameterPanel::apply(int index, double value)
{
    if (!m_family || index >= int(m_values.size()))
        return;
    ParameterValues values = m_values;
    values[std::size_t(index)] = value;
    QString error;
    if (auto activation = ActivationCatalog::create(*m_family, values, &error)) {
        m_values = values;
        m_state->setActivation(std::move(activation));
    } else {
        // A combination the function does not accept (hardtanh's min_val ≥ max_val): say so and
        // put the controls back on the values in use.
        setToolTip(error);
        showValues();
    }
}
