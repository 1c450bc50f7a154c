// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

/**
 * How a framework's reverse-mode autograd differentiates each non-smooth primitive at its
 * switching point, where calculus has no single answer. Away from the switching points every
 * framework computes the same derivative.
 *
 * Each field is the local derivative the framework's backward formula uses there; the sources are
 * cited in pytorch() (and, for other frameworks, in frameworkrules.cpp).
 */
struct AutogradRules
{
    double reluAtZero = 0.0; ///< d relu(u)/du at u = 0
    double absAtZero = 0.0; ///< d |u|/du at u = 0: sgn(0)
    double maxTieFirst = 0.5; ///< d max(a, b)/da at a = b (d/db is 1 − this)
    double minTieFirst = 0.5; ///< d min(a, b)/da at a = b
    /** d clamp(u, lo, hi)/du at u = lo and at u = hi (with constant bounds). */
    double clampAtLower = 1.0;
    double clampAtUpper = 1.0;

    /**
     * PyTorch 1.13 (Debian 12's python3-torch), tools/derivatives.yaml and ATen:
     * relu → threshold_backward(grad, result, 0): grad where result > 0, so 0 at 0;
     * abs → grad * self.sgn(), sgn(0) = 0; maximum/minimum → grad / 2 to each side at a tie;
     * clamp(self, min, max) with scalar bounds → grad where min <= self <= max, so 1 at both
     * bounds. Comparisons, sign, floor, ceil and round have zero gradient; where(c, a, b) passes
     * the gradient to the branch it takes, and 0 to the other.
     */
    static AutogradRules pytorch() { return {}; }
};
