// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plotaccessible.h"

#include "plotview.h"

PlotAccessible::PlotAccessible(PlotView *plot)
    : QAccessibleWidget(plot, QAccessible::Slider)
{ }

QAccessibleInterface *PlotAccessible::create(const QString &className, QObject *object)
{
    if (className == QLatin1String("PlotView") && object && object->isWidgetType())
        return new PlotAccessible(static_cast<PlotView *>(object));
    return nullptr;
}

PlotView *PlotAccessible::plot() const
{
    return static_cast<PlotView *>(widget());
}

QString PlotAccessible::text(QAccessible::Text t) const
{
    switch (t) {
    case QAccessible::Description: return plot()->spokenProbe();
    case QAccessible::Value: return plot()->spokenProbeX();
    default: break;
    }
    return QAccessibleWidget::text(t);
}

void *PlotAccessible::interface_cast(QAccessible::InterfaceType t)
{
    if (t == QAccessible::ValueInterface)
        return static_cast<QAccessibleValueInterface *>(this);
    return QAccessibleWidget::interface_cast(t);
}

QVariant PlotAccessible::currentValue() const
{
    return plot()->state()->probeX();
}

void PlotAccessible::setCurrentValue(const QVariant &value)
{
    bool ok = false;
    const double x = value.toDouble(&ok);
    if (ok)
        plot()->state()->setProbeX(x);
}

QVariant PlotAccessible::maximumValue() const
{
    return plot()->state()->xRange().upper;
}

QVariant PlotAccessible::minimumValue() const
{
    return plot()->state()->xRange().lower;
}

QVariant PlotAccessible::minimumStepSize() const
{
    return plot()->state()->keyIncrement();
}
