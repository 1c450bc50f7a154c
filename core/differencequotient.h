// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "activation.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/** Which difference quotient the secant overlay shows. */
enum class SecantMode {
    Off,
    Forward, ///< (f(x+h) - f(x)) / h: the secant through x and x + h; one-sided for h > 0 or h < 0
    Central, ///< (f(x+h) - f(x-h)) / 2h: the secant through x - h and x + h
};

/**
 * Difference quotients: the slopes of secant lines, whose limits as h -> 0 define derivatives.
 *
 * At x = 0 for ReLU the forward quotient is 1 for every h > 0 and 0 for every h < 0: the two
 * one-sided limits differ, so the derivative does not exist. The central quotient is 1/2 for
 * every h; it converges to the average of the one-sided derivatives, which is not a derivative
 * at a kink. That is why tools that differentiate numerically with central differences report
 * 0.5 there.
 */
class DifferenceQuotient
{
    Q_DECLARE_TR_FUNCTIONS(DifferenceQuotient)

public:
    static double forward(const Activation &f, double x, double h);
    static double central(const Activation &f, double x, double h);
    /** The quotient for `mode`; NaN for SecantMode::Off. */
    static double of(SecantMode mode, const Activation &f, double x, double h);

    /** The key used on the command line and in files: off, forward, central. */
    static QString key(SecantMode mode);
    static std::optional<SecantMode> fromKey(const QString &key);
    /** The formula as the readout writes it: "(f(x+h) − f(x)) / h". */
    static QString formula(SecantMode mode);
};
