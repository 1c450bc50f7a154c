// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secanthspinbox.h"

#include "sessionlimits.h"

#include <QLocale>

#include <cmath>

namespace {

// The box shows the locale's decimal separator and reads both it and a point; C notation
// underneath, where "1e-06" keeps its exponent.
double readC(const QString &text, const QLocale &locale, bool *ok = nullptr)
{
    QString c = text.trimmed();
    const QString point = locale.decimalPoint();
    if (point != QLatin1String("."))
        c.replace(point, QStringLiteral("."));
    return QLocale::c().toDouble(c, ok);
}

} // namespace

SecantHSpinBox::SecantHSpinBox(QWidget *parent)
    : LocaleSpinBox(parent)
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
    return withDecimalSeparator(QLocale::c().toString(value, 'g', 6), locale());
}

double SecantHSpinBox::valueFromText(const QString &text) const
{
    return readC(text, locale());
}

QValidator::State SecantHSpinBox::validate(QString &text, int &) const
{
    text = withDecimalSeparator(text, locale());
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("-") || trimmed == QLatin1String("+")
        || trimmed.endsWith(QLatin1Char('e'), Qt::CaseInsensitive)
        || trimmed.endsWith(QLatin1String("e-")) || trimmed.endsWith(locale().decimalPoint()))
        return QValidator::Intermediate;
    bool ok = false;
    const double h = readC(trimmed, locale(), &ok);
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
    const double h = readC(input, locale(), &ok);
    if (!ok || h == 0.0 || !std::isfinite(h))
        return;
    const double magnitude
        = std::clamp(std::abs(h), SessionLimits::minSecantH, SessionLimits::maxSecantH);
    input = textFromValue(std::copysign(magnitude, h));
}
