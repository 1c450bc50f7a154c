// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAccessibleValueInterface>
#include <QAccessibleWidget>

class PlotView;

/**
 * What a screen reader gets of the plot: a slider whose value is the probe's x (the arrow keys
 * and a reader's own value commands move it), named "Function plot", whose description is the
 * readout in words (SpokenDescription::probe): "kink at x = 0, f of x = 0: slope 0 from the
 * left, 1 from the right; PyTorch uses 0". PlotView sends a value-change and a
 * description-change event whenever the probe, the function or the convention changes. Qt 6.4
 * has no announcements (6.8 added QAccessibleAnnouncementEvent); these two events are what
 * Orca speaks on it (docs/accessibility.md has what it said).
 */
class PlotAccessible : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit PlotAccessible(PlotView *plot);

    /** For QAccessible::installFactory: this interface for a PlotView, nothing otherwise. */
    static QAccessibleInterface *create(const QString &className, QObject *object);

    QString text(QAccessible::Text t) const override;
    void *interface_cast(QAccessible::InterfaceType t) override;

    QVariant currentValue() const override;
    void setCurrentValue(const QVariant &value) override;
    QVariant maximumValue() const override;
    QVariant minimumValue() const override;
    QVariant minimumStepSize() const override;

private:
    PlotView *plot() const;
};
