// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "autogradrules.h"
#include "expressiontree.h"

#include <vector>

namespace Expression {

/** A value with its derivative with respect to x, for forward-mode differentiation. */
struct Dual
{
    double value = 0.0;
    double slope = 0.0;
};

/**
 * Evaluates one Tree at points, in double precision: values, derivatives in forward mode, and
 * what reverse-mode autograd returns under a framework's rules.
 *
 * Every node is evaluated, both branches of `?:` included, as a tensor library evaluates
 * torch.where; the value is the same as with short-circuiting. Not thread-safe: it keeps its
 * scratch space between calls.
 */
class Evaluator
{
public:
    explicit Evaluator(const Tree &tree);

    /** The free parameters' values, by index (Op::Parameter). */
    void setParameters(std::vector<double> values) { m_parameters = std::move(values); }
    const std::vector<double> &parameters() const { return m_parameters; }

    double value(double x) const;

    struct Slope
    {
        double value = 0.0;
        double slope = 0.0; ///< f′(x), exact to rounding where no branch is at its switch
        /**
         * True when some branching node sits exactly at its switch (abs at 0, max at a tie, a
         * comparison at equality), or a primitive at a singular point (sqrt at 0, a division by
         * 0). Then `slope` is one branch's, and only the expansions on either side can say what
         * f′ is there.
         */
        bool atSwitch = false;
    };
    /** f(x) and f′(x) in forward mode. */
    Slope slope(double x) const;

    /**
     * What reverse-mode autograd returns for df/dx at x (a single backward pass in float64, as
     * torch.autograd computes it), with `rules` at every primitive's switching point.
     */
    double autograd(double x, const AutogradRules &rules) const;

    /** The values and slopes of every node at x, from the last slope() call. */
    const std::vector<Dual> &nodeSlopes() const { return m_duals; }

    /** The values of every node at x, from the last value(), slope() or autograd() call. */
    const std::vector<double> &nodeValues() const { return m_values; }

    /** Values of the subtree ending at `node` only (the arguments of a switching function). */
    void evaluateSubtree(int node, double x) const;

    const Tree &tree() const { return m_tree; }

private:
    const Tree &m_tree;
    std::vector<double> m_parameters;
    mutable std::vector<double> m_values;
    mutable std::vector<Dual> m_duals;
    mutable std::vector<double> m_adjoints;
};

} // namespace Expression
