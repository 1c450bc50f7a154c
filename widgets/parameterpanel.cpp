// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parameterpanel.h"

#include "activationcatalog.h"
#include "builtinactivation.h"
#include "explorerstate.h"
#include "expressionactivation.h"
#include "localespinbox.h"
#include "numberformat.h"
#include "plotstyle.h"
#include "valueslider.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

#include <cmath>

namespace {

/** Decimals that write `step` exactly: 2 for 0.01, 0 for 5. */
int decimalsOf(double step)
{
    int decimals = 0;
    while (
        decimals < 10
        && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals)))
            > 1e-9)
        ++decimals;
    return decimals;
}

/** Decimals that show `value` as it is (a file's 0.215 is not 0.22), at least `least`. */
int decimalsShowing(double value, int least)
{
    int decimals = least;
    while (decimals < 10 && QString::number(value, 'f', decimals).toDouble() != value)
        ++decimals;
    return decimals;
}

} // namespace

ParameterPanel::ParameterPanel(ExplorerState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(PlotStyle::controlMargins());
    connect(m_state, &ExplorerState::activationChanged, this, &ParameterPanel::rebuild);
    rebuild();
}

double ParameterPanel::step(double minimum, double maximum)
{
    const double span = maximum - minimum;
    if (!(span > 0) || !std::isfinite(span))
        return 1.0;
    const double most = span / 100.0;
    const double decade = std::pow(10.0, std::floor(std::log10(most)));
    for (double nice : { 5.0, 2.0, 1.0 }) {
        if (nice * decade <= most * (1 + 1e-9))
            return snapped(nice * decade, decade / 10);
    }
    return decade;
}

double ParameterPanel::snapped(double value, double step)
{
    const double k = std::round(value / step);
    const double onGrid = QString::number(k * step, 'f', decimalsOf(step)).toDouble();
    return onGrid == 0.0 ? 0.0 : onGrid;
}

ValueSlider *ParameterPanel::slider(int index) const
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

QToolButton *ParameterPanel::rangeButton(int index) const
{
    return index >= 0 && index < controlCount() ? m_controls[std::size_t(index)].range : nullptr;
}

void ParameterPanel::rebuild()
{
    const auto *builtin = dynamic_cast<const BuiltinActivation *>(&m_state->activation());
    const auto *expression = dynamic_cast<const ExpressionActivation *>(&m_state->activation());
    const ActivationFamily *family = builtin ? &builtin->family() : nullptr;
    QStringList names;
    ExpressionParameters parameters;
    if (expression) {
        parameters = expression->parameters();
        for (const ExpressionParameter &p : parameters)
            names << p.name;
    }
    // Same family or the same names, maybe other values (a slider of ours, a loaded session):
    // the controls stay, so a drag goes on. A new range rebuilds them.
    bool sameRanges = true;
    for (int i = 0; expression && i < controlCount() && i < parameters.size(); ++i) {
        const Control &c = m_controls[std::size_t(i)];
        sameRanges = sameRanges && c.minimum == parameters[i].minimum
            && c.maximum == parameters[i].maximum;
    }
    if (family == m_family && bool(expression) == m_expression && names == m_names && sameRanges) {
        if (builtin) {
            m_values = builtin->parameterValues();
        } else {
            m_values.clear();
            for (const ExpressionParameter &p : parameters)
                m_values.push_back(p.value);
        }
        showValues();
        return;
    }
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        // Later: the range button that asked for the new range is still in its signal.
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    m_controls.clear();
    m_family = family;
    m_expression = expression != nullptr;
    m_names = names;
    m_values.clear();
    if (expression) {
        for (int i = 0; i < parameters.size(); ++i) {
            const ExpressionParameter &p = parameters[i];
            m_values.push_back(p.value);
            addNumber(i, p.name, tr("the parameter %1 of your f(x)").arg(p.name), p.minimum,
                      p.maximum);
            Control &control = m_controls.back();
            // Three or four fit a 1024-pixel row only narrower: shorter sliders, "…" alone.
            const bool crowded = parameters.size() > 2;
            if (crowded)
                control.slider->setMinimumWidth(PlotStyle::parameterSliderWidth * 2 / 3);
            control.range = new QToolButton(this);
            control.range->setText(crowded ? QStringLiteral("…") : tr("range…"));
            control.range->setToolTip(tr("Set the range of %1's slider").arg(p.name));
            control.range->setAccessibleName(tr("%1 range").arg(p.name));
            control.range->setFocusPolicy(Qt::TabFocus);
            connect(control.range, &QToolButton::clicked, this, [this, i] { editRange(i); });
            m_layout->addWidget(control.range);
        }
        showValues();
        return;
    }
    if (!family)
        return;
    m_values = builtin->parameterValues();
    for (int i = 0; i < int(family->parameters.size()); ++i) {
        const ParameterSpec &spec = family->parameters[std::size_t(i)];
        // The catalogue keeps its texts in English (it may be built before the translator).
        const QString description = ActivationCatalog::tr(spec.description.toUtf8().constData());
        if (!spec.isChoice()) {
            addNumber(i, spec.name, description, spec.minimum, spec.maximum);
            continue;
        }
        auto *label = new QLabel(spec.name + QLatin1Char(':'), this);
        label->setToolTip(description);
        m_layout->addWidget(label);
        Control control;
        control.choices = new QComboBox(this);
        control.choices->addItems(spec.choices);
        control.choices->setToolTip(description);
        control.choices->setAccessibleName(spec.name);
        // gelu's approximate has no key of its own: Tab reaches it, ↑ ↓ choose.
        control.choices->setFocusPolicy(Qt::StrongFocus);
        label->setBuddy(control.choices);
        connect(control.choices, &QComboBox::activated, this,
                [this, i](int choice) { apply(i, choice); });
        m_layout->addWidget(control.choices);
        m_controls.push_back(control);
    }
    showValues();
}

void ParameterPanel::addNumber(int i, const QString &name, const QString &description,
                               double minimum, double maximum)
{
    auto *label = new QLabel(name + QLatin1Char(':'), this);
    label->setToolTip(description);
    m_layout->addWidget(label);
    Control control;
    control.minimum = minimum;
    control.maximum = maximum;
    control.step = step(minimum, maximum);
    const double grid = control.step;
    // Its accessible value is the parameter, not the position.
    control.slider = new ValueSlider(
        minimum, maximum, [grid](double value) { return int(std::lround(value / grid)); }, this);
    // Positions are the multiples of the step inside the range.
    control.slider->setRange(int(std::ceil(minimum / grid - 1e-9)),
                             int(std::floor(maximum / grid + 1e-9)));
    control.slider->setMinimumWidth(PlotStyle::parameterSliderWidth);
    control.slider->setMaximumWidth(PlotStyle::parameterSliderWidth
                                    * PlotStyle::sliderStretchLimit);
    control.slider->setToolTip(description);
    control.slider->setAccessibleName(tr("%1 slider").arg(name));
    // Tab reaches it; its arrow keys are its own while it has the focus (the window's KeyRouter).
    control.slider->setFocusPolicy(Qt::StrongFocus);
    control.spinBox = new LocaleSpinBox(this);
    control.spinBox->setRange(minimum, maximum);
    control.spinBox->setDecimals(decimalsOf(grid));
    control.spinBox->setSingleStep(grid);
    control.spinBox->setKeyboardTracking(false);
    control.spinBox->setToolTip(
        tr("%1, from %2 to %3")
            .arg(description, NumberFormat::compact(minimum), NumberFormat::compact(maximum)));
    control.spinBox->setAccessibleName(name);
    label->setBuddy(control.spinBox);
    connect(control.slider, &QSlider::valueChanged, this, [this, i, grid, minimum, maximum](int k) {
        apply(i, std::clamp(snapped(k * grid, grid), minimum, maximum));
    });
    connect(control.spinBox, &QDoubleSpinBox::valueChanged, this,
            [this, i](double value) { apply(i, value); });
    m_layout->addWidget(control.slider);
    m_layout->addWidget(control.spinBox);
    m_controls.push_back(control);
}

void ParameterPanel::showValues()
{
    for (int i = 0; i < controlCount() && i < int(m_values.size()); ++i) {
        const Control &control = m_controls[std::size_t(i)];
        const double value = m_values[std::size_t(i)];
        if (control.choices) {
            control.choices->setCurrentIndex(int(value));
        } else {
            // Showing a value is no request to apply it (rounded to the slider's steps).
            const QSignalBlocker blockSlider(control.slider);
            const QSignalBlocker blockSpinBox(control.spinBox);
            control.slider->showNumber(value);
            control.spinBox->setDecimals(decimalsShowing(value, decimalsOf(control.step)));
            control.spinBox->setValue(value);
        }
    }
}

void ParameterPanel::apply(int index, double value)
{
    if (index < 0 || index >= int(m_values.size()))
        return;
    if (m_expression) {
        m_state->setExpressionParameter(index, value);
        showValues();
        return;
    }
    if (!m_family)
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

QString ParameterPanel::setRange(int index, double minimum, double maximum)
{
    if (!m_expression)
        return tr("only your own f(x)'s parameters have a range to set");
    return m_state->setExpressionParameterRange(index, minimum, maximum);
}

void ParameterPanel::editRange(int index)
{
    if (!m_expression || index < 0 || index >= controlCount())
        return;
    const Control current = m_controls[std::size_t(index)];
    const QString name = m_names.value(index);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Range of %1").arg(name));
    auto *form = new QFormLayout(&dialog);
    auto *from = new LocaleSpinBox(&dialog);
    auto *to = new LocaleSpinBox(&dialog);
    for (QDoubleSpinBox *box : { from, to }) {
        box->setRange(-1e6, 1e6);
        box->setDecimals(4);
    }
    from->setValue(current.minimum);
    to->setValue(current.maximum);
    form->addRow(tr("From:"), from);
    form->addRow(tr("To:"), to);
    auto *message = new QLabel(&dialog);
    message->setWordWrap(true);
    form->addRow(message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const QString why = setRange(index, from->value(), to->value());
        if (why.isEmpty())
            dialog.accept();
        else
            message->setText(why); // one line; the range stays as it was
    });
    dialog.exec();
}
