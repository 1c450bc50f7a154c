// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

/**
 * A free name in a user's f(x), such as `a` in `max(a*x, x)`: a number the formula treats as a
 * constant, with the range of its slider. It starts at 1, which leaves a factor as written
 * (a*x is x), and its slider runs from −5 to 5.
 */
struct ExpressionParameter
{
    Q_DECLARE_TR_FUNCTIONS(ExpressionParameter)

public:
    static constexpr double defaultValue = 1.0;
    static constexpr double defaultMinimum = -5.0;
    static constexpr double defaultMaximum = 5.0;

    QString name;
    double value = defaultValue;
    double minimum = defaultMinimum;
    double maximum = defaultMaximum;

    /** A name the parser takes as a parameter: a letter, then letters, digits or '_'. */
    static bool isValidName(const QString &name);
    /** Why `minimum` to `maximum` cannot be a slider's range, in one line; empty when it can. */
    static QString rangeProblem(double minimum, double maximum);
    /** Why this parameter cannot be used, in one line naming it; empty when it can. */
    QString problem() const;

    friend bool operator==(const ExpressionParameter &a, const ExpressionParameter &b)
    {
        return a.name == b.name && a.value == b.value && a.minimum == b.minimum
            && a.maximum == b.maximum;
    }
    friend bool operator!=(const ExpressionParameter &a, const ExpressionParameter &b)
    {
        return !(a == b);
    }
};

/** A formula's parameters, in the order their names first appear in it. */
using ExpressionParameters = QList<ExpressionParameter>;
