// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "localespinbox.h"

/**
 * A spin box for the secant's signed h: it shows h compactly ("0.001", "-1e-06"; "0,001" in
 * German), and its arrows halve or double |h| instead of adding a fixed amount, so a few clicks
 * cross decades.
 */
class SecantHSpinBox : public LocaleSpinBox
{
    Q_OBJECT

public:
    explicit SecantHSpinBox(QWidget *parent = nullptr);

    void stepBy(int steps) override;
    QString textFromValue(double value) const override;
    double valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &pos) const override;
    void fixup(QString &input) const override;

protected:
    StepEnabled stepEnabled() const override;
};
