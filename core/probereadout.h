// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class ExplorerState;

/**
 * What the readout says about the probe, line by line:
 * 1. where it is, f there, and the slope, or, on a kink, that f′ is undefined there and which
 *    value the convention uses instead; on any other breakpoint, why f′ does not exist (a jump,
 *    a hole, a pole, ...), and never a number in its place;
 * 2. the one-sided derivatives, on a kink the subgradient interval ∂f, and elsewhere the limits of
 *    f from each side;
 * 3. with the secant on, h and the difference quotient.
 * The number of lines depends only on the secant mode, never on where the probe is, so the plot
 * does not jump while a probe is dragged across a kink.
 */
class ProbeReadout
{
    Q_DECLARE_TR_FUNCTIONS(ProbeReadout)

public:
    /** `decimals` for x and f(x); see NumberFormat::decimalsFor. */
    static ProbeReadout describe(const ExplorerState &state, int decimals);

    QString position; ///< "x = 2.00"
    QString value; ///< "f(x) = 2.00"
    QString slope; ///< "f′(x) = 1", or "f′(0) undefined, set to 0" on a kink
    QString sides; ///< "f′₋(x) = 1     f′₊(x) = 1", or "∂f(0) = [0, 1]     f′₋(0) = 0 ..."
    QString secant; ///< "h = 0.001     (f(x+h) − f(x)) / h = 1"; empty with the secant off
    bool atKink = false;
    bool atBreakpoint = false; ///< a kink, jump, pole, ...

    QStringList lines() const;
    /**
     * A line per compared function at the probe's x: "gelu: f(x) = 1.95     f′(x) = 1.07", with
     * "f′ undefined, set to 0" at one of its kinks and "f′ does not exist" at its other
     * breakpoints.
     */
    static QStringList comparedLines(const ExplorerState &state, int decimals);
    /** What separates the fields of a line ("x = 2.00", "f(x) = 2.00"): where it may wrap. */
    static QString fieldSeparator();
    /** The lines joined with newlines. */
    QString text() const;
};
