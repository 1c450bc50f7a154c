// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "stepcontrol.h"

#include "explorerstate.h"
#include "logstepscale.h"
#include "plotstyle.h"
#include "stepspinbox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

StepControl::StepControl(ExplorerState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_spinBox(new StepSpinBox(this))
{
    auto *label = new QLabel(tr("h ="), this);
    m_slider->setRange(-LogStepScale::positions, LogStepScale::positions);
    m_slider->setMinimumWidth(PlotStyle::stepSliderWidth);
    // The arrow keys belong to the probe; [ and ] change h from the keyboard.
    m_slider->setFocusPolicy(Qt::NoFocus);
    m_slider->setToolTip(
        tr("The secant's step h: right of the middle h > 0, left h < 0; from ±10⁻⁶ "
           "in the middle to ±2 at the ends"));
    m_slider->setAccessibleName(tr("Step h slider"));
    m_spinBox->setToolTip(tr("The secant's step h, from ±0.000001 to ±2. The arrows halve or "
                             "double it."));
    m_spinBox->setAccessibleName(tr("Step h"));
    label->setBuddy(m_spinBox);
    // Room for the longest h it shows, such as "-1.95313e-06".
    m_spinBox->setMinimumWidth(
        m_spinBox->fontMetrics().horizontalAdvance(QStringLiteral("-1.95313e-06"))
        + PlotStyle::spinBoxPadding);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(PlotStyle::controlMargins());
    layout->addWidget(label);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spinBox);

    connect(m_slider, &QSlider::valueChanged, this,
            [this](int position) { m_state->setStep(LogStepScale::toStep(position)); });
    connect(m_spinBox, &QDoubleSpinBox::valueChanged, this, [this](double h) {
        m_state->setStep(h);
        // The state clamps or refuses (h = 0); show what it kept.
        if (m_state->step() != h)
            showStep(m_state->step());
    });
    connect(m_state, &ExplorerState::stepChanged, this, &StepControl::showStep);
    showStep(m_state->step());
}

void StepControl::showStep(double h)
{
    // Showing h is no request to change it.
    const QSignalBlocker blockSlider(m_slider);
    const QSignalBlocker blockSpinBox(m_spinBox);
    m_slider->setValue(LogStepScale::toPosition(h));
    m_spinBox->setValue(h);
}
