// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secanthcontrol.h"

#include "explorerstate.h"
#include "plotstyle.h"
#include "secanthscale.h"
#include "secanthspinbox.h"
#include "sessionlimits.h"
#include "valueslider.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QShortcut>

SecantHControl::SecantHControl(ExplorerState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_slider(new ValueSlider(-SessionLimits::maxSecantH, SessionLimits::maxSecantH,
                               &SecantHScale::toPosition, this))
    , m_spinBox(new SecantHSpinBox(this))
{
    auto *label = new QLabel(tr("h ="), this);
    m_slider->setRange(-SecantHScale::positions, SecantHScale::positions);
    m_slider->setMinimumWidth(PlotStyle::secantHSliderWidth);
    // A toolbar gives a slider all the room left: 800 pixels at 1920 is a long way to drag.
    m_slider->setMaximumWidth(PlotStyle::secantHSliderWidth * PlotStyle::sliderStretchLimit);
    // And the whole no wider than its parts, so "h =" stays beside its slider.
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    // Tab reaches it; while it has the focus its arrow keys are its own (the window's
    // KeyRouter), and [ and ] change h from anywhere.
    m_slider->setFocusPolicy(Qt::StrongFocus);
    m_slider->setPageStep(SecantHScale::positions / 6);
    m_slider->setToolTip(tr("The secant's h: right of the middle h > 0, left h < 0; from ±10⁻⁶ "
                            "in the middle to ±2 at the ends"));
    m_slider->setAccessibleName(tr("Secant h slider"));
    m_slider->setAccessibleDescription(
        tr("The value is h; right of the middle h is positive, left negative"));
    m_spinBox->setToolTip(tr("The secant's h, from ±0.000001 to ±2. The arrows halve or "
                             "double it."));
    m_spinBox->setAccessibleName(tr("Secant h"));
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
            [this](int position) { m_state->setSecantH(SecantHScale::toH(position)); });
    connect(m_spinBox, &QDoubleSpinBox::valueChanged, this, [this](double h) {
        m_state->setSecantH(h);
        // The state clamps or refuses (h = 0); show what it kept.
        if (m_state->secantH() != h)
            showH(m_state->secantH());
    });
    connect(m_state, &ExplorerState::secantHChanged, this, &SecantHControl::showH);
    for (const auto key : { Qt::Key_Return, Qt::Key_Enter, Qt::Key_Escape }) {
        auto *shortcut = new QShortcut(QKeySequence(key), m_spinBox, nullptr, nullptr,
                                       Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, key] {
            if (key == Qt::Key_Escape)
                showH(m_state->secantH());
            else
                m_spinBox->interpretText();
            Q_EMIT finished();
        });
    }
    showH(m_state->secantH());
}

void SecantHControl::showH(double h)
{
    // Showing h is no request to change it.
    const QSignalBlocker blockSlider(m_slider);
    const QSignalBlocker blockSpinBox(m_spinBox);
    m_slider->showNumber(h);
    m_spinBox->setValue(h);
}
