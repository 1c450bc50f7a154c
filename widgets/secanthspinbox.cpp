// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secanthspinbox.h"

#include "sessionlimits.h"

#include <QLocale>

#include <cmath>

SecantHSpinBox::SecantHSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    // QDoubleSpinBox rounds to its decimals; 12 keep six significant digits at the smallest h.
    setDecimals(12);
    setRange(-SessionLimits::maxSecantH, SessionLimits::maxSecantH);
    setKeyboardTracking(false);
    setAccelerated(true);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
}

void SecantHSpinBox::stepBy(int steps)
{
    const double h = value();
    const double magnitude = std::clamp(std::abs(h) * std::pow(2.0, steps),
                                        SessionLimits::minSecantH, SessionLimits::maxSecantH);
    setValue(std::copysign(magnitude, h));
}

QAbstractSpinBox::StepEnabled SecantHSpinBox::stepEnabled() const
{
    const double magnitude = std::abs(value());
    StepEnabled enabled;
    if (magnitude < SessionLimits::maxSecantH)
        enabled |= StepUpEnabled;
    if (magnitude > SessionLimits::minSecantH)
        enabled |= StepDownEnabled;
    return enabled;
}

QString SecantHSpinBox::textFromValue(double value) const
{
    return QLocale::c().toString(value, 'g', 6);
}

double SecantHSpinBox::valueFromText(const QString &text) const
{
    return QLocale::c().toDouble(text.trimmed());
}

QValidator::State SecantHSpinBox::validate(QString &text, int &) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("-") || trimmed == QLatin1String("+")
        || trimmed.endsWith(QLatin1Char('e'), Qt::CaseInsensitive)
        || trimmed.endsWith(QLatin1String("e-")) || trimmed.endsWith(QLatin1Char('.')))
        return QValidator::Intermediate;
    bool ok = false;
    const double h = QLocale::c().toDouble(trimmed, &ok);
    if (!ok)
        return QValidator::Invalid;
    const double magnitude = std::abs(h);
    if (magnitude >= SessionLimits::minSecantH && magnitude <= SessionLimits::maxSecantH)
        return QValidator::Acceptable;
    return QValidator::Intermediate;
}

void SecantHSpinBox::fixup(QString &input) const
{
    bool ok = false;
    const double h = QLocale::c().toDouble(input.trimmed(), &ok);
    if (!ok || h == 0.0 || !std::isfinite(h))
        return;
    const double magnitude
        = std::clamp(std::abs(h), SessionLimits::minSecantH, SessionLimits::maxSecantH);
    input = textFromValue(std::copysign(magnitude, h));
}
