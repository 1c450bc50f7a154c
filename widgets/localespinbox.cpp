// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "localespinbox.h"

#include <QLocale>

LocaleSpinBox::LocaleSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{ }

QString LocaleSpinBox::withDecimalSeparator(QString text, const QLocale &locale)
{
    const QString point = locale.decimalPoint();
    if (point != QLatin1String("."))
        text.replace(QLatin1Char('.'), point);
    return text;
}

QValidator::State LocaleSpinBox::validate(QString &text, int &pos) const
{
    // The line edit takes the changed text: a typed point shows as the comma it stands for.
    text = withDecimalSeparator(text, locale());
    return QDoubleSpinBox::validate(text, pos);
}

double LocaleSpinBox::valueFromText(const QString &text) const
{
    return QDoubleSpinBox::valueFromText(withDecimalSeparator(text, locale()));
}
