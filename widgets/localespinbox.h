// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDoubleSpinBox>

/**
 * A QDoubleSpinBox that shows its locale's decimal separator ("0,5" in German and French) and
 * also takes a point typed there: QDoubleSpinBox would read "0.5" in German as 5, the point being
 * the group separator, which it never shows.
 */
class LocaleSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit LocaleSpinBox(QWidget *parent = nullptr);

    /** `text` with a point typed for `locale`'s decimal separator: "0.5" → "0,5" in German. */
    static QString withDecimalSeparator(QString text, const QLocale &locale);

    QValidator::State validate(QString &text, int &pos) const override;
    double valueFromText(const QString &text) const override;
};
