// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "valueslider.h"

#include "numberformat.h"

#include <QAccessible>
#include <QAccessibleValueInterface>
#include <QAccessibleWidget>

#include <algorithm>
#include <cmath>
#include <utility>

namespace {

/** A slider to assistive technology whose value is the number the slider stands for. */
class AccessibleValueSlider : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit AccessibleValueSlider(ValueSlider *slider)
        : QAccessibleWidget(slider, QAccessible::Slider)
    { }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ValueInterface)
            return static_cast<QAccessibleValueInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return slider()->numberText();
        return QAccessibleWidget::text(t);
    }

    QVariant currentValue() const override { return slider()->number(); }
    void setCurrentValue(const QVariant &value) override
    {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (ok && std::isfinite(number))
            slider()->requestNumber(number);
    }
    QVariant maximumValue() const override { return slider()->maximumNumber(); }
    QVariant minimumValue() const override { return slider()->minimumNumber(); }
    // The step is not the same everywhere on a log scale: none is reported.
    QVariant minimumStepSize() const override { return 0.0; }

private:
    ValueSlider *slider() const { return static_cast<ValueSlider *>(widget()); }
};

QAccessibleInterface *valueSliderFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("ValueSlider") && object && object->isWidgetType())
        return new AccessibleValueSlider(static_cast<ValueSlider *>(object));
    return nullptr;
}

} // namespace

ValueSlider::ValueSlider(double minimum, double maximum, std::function<int(double)> toPosition,
                         QWidget *parent)
    : QSlider(Qt::Horizontal, parent)
    , m_minimum(minimum)
    , m_maximum(maximum)
    , m_toPosition(std::move(toPosition))
{
    installAccessibility();
}

void ValueSlider::installAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(valueSliderFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

QString ValueSlider::numberText() const
{
    return NumberFormat::compact(m_value);
}

void ValueSlider::showNumber(double value)
{
    const QSignalBlocker block(this);
    setValue(m_toPosition(value));
    m_value = value;
    QAccessibleValueChangeEvent event(this, value);
    QAccessible::updateAccessibility(&event);
}

void ValueSlider::requestNumber(double value)
{
    setValue(m_toPosition(std::clamp(value, m_minimum, m_maximum)));
}
