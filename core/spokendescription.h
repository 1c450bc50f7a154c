// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

class ExplorerState;

/**
 * The graph in words a screen reader speaks well: "f prime minus", not "f′₋", which speech
 * synthesisers read as "eff" and a strange symbol; "minus 2", not a dash that some voices skip.
 * The plot's accessible description (the probe) and View ▸ Describe Graph (the whole graph, also
 * the `<desc>` of an exported SVG and the Description of a PNG) come from here, and say what the
 * readout and the legend say, from the same numbers: at a kink both one-sided slopes and the
 * value the convention picks, at a jump both one-sided values of f, and never a number where
 * there is none.
 */
class SpokenDescription
{
    Q_DECLARE_TR_FUNCTIONS(SpokenDescription)

public:
    /**
     * A number in words and digits: "minus 0.5", "2.5 times 10 to the power minus 6",
     * "infinity", "undefined" for NaN. With `decimals` ≥ 0, rounded to that many decimals first
     * and without trailing zeros, as the readout shows it.
     */
    static QString number(double value, int decimals = -1);

    /**
     * The probe in one sentence: "x = 2, f of x = 2, slope 1"; at a kink "kink at x = 0, f of x
     * = 0: slope 0 from the left, 1 from the right; PyTorch uses 0"; with the secant on, its
     * h and slope after a semicolon. `decimals` as the readout's for x and f(x).
     */
    static QString probe(const ExplorerState &state, int decimals = 2);

    /**
     * The whole graph, a sentence per line: the function, the view, its pieces with their slopes
     * or derivatives, every breakpoint in view with both one-sided values, the convention, the
     * probe and the secant.
     */
    static QString graph(const ExplorerState &state, int decimals = 2);

    /**
     * A formula or a legend label with its symbols spelled out: "f′₋(0) = 1" becomes
     * "f prime minus of 0 = 1", "−" "minus", "·" "times", "√" "square root of".
     */
    static QString speak(const QString &text);
};
