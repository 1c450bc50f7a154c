// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "interval.h"

#include <QString>

#include <vector>

/**
 * A network with one input and one hidden layer of ReLU (or leaky ReLU) units, as issue 14's lab
 * builds it: f(x) = Σᵢ aᵢ·act(wᵢx + bᵢ) + c. A sum of kinks: unit i bends at −bᵢ/wᵢ, where its
 * pre-activation is exactly 0, and f is linear between those points.
 *
 * Everything here is exact where arithmetic allows: the kinks come from the weights, not from
 * samples, and a kink whose units' slope changes cancel (or whose units have aᵢ = 0) is not one.
 * Backpropagation is written out for a reader: at an exact zero pre-activation it uses the
 * value the chosen convention gives act′(0), and counts how often that happened.
 */
class ReluNetwork
{
public:
    struct Unit
    {
        double w = 1.0; ///< input weight
        double b = 0.0; ///< bias; the unit's kink is at −b/w
        double a = 1.0; ///< output weight
    };

    /** act(z) = max(z, slope·z): ReLU for slope 0, leaky ReLU for a small slope. */
    double negativeSlope = 0.0;
    /** What backpropagation uses for act′(0) at an exact zero: PyTorch's relu uses 0. */
    double derivativeAtZero = 0.0;
    std::vector<Unit> units;
    double c = 0.0; ///< output bias

    double activation(double z) const { return z > 0 ? z : negativeSlope * z; }
    /** act′(z); at z = 0 exactly, derivativeAtZero. */
    double activationDerivative(double z) const;

    double value(double x) const;
    /** f′(x) where f is differentiable: off every kink. */
    double slope(double x) const;
    /** The one-sided slopes at x: equal off a kink. */
    double leftSlope(double x) const;
    double rightSlope(double x) const;

    /**
     * Where f is not differentiable, sorted: the distinct −bᵢ/wᵢ (wᵢ ≠ 0) at which the slopes
     * on the two sides differ.
     */
    std::vector<double> kinks() const;
    /** The linear pieces f has on `range`: one more than the kinks inside it. */
    int pieceCount(Interval range) const;

    /** The network as a formula in muparser's syntax, which the expression engine analyses. */
    QString formula() const;

    /** The gradient of a loss with respect to every weight, in the order of `parameters()`. */
    struct Gradient
    {
        std::vector<double> values;
        int exactZeros = 0; ///< pre-activations that were exactly 0 (act′ taken by convention)
    };
    /** The weights as one vector: w₀, b₀, a₀, w₁, b₁, a₁, …, c. */
    std::vector<double> parameters() const;
    void setParameters(const std::vector<double> &parameters);

    /**
     * The gradient of the mean squared error ½·mean((f(xⱼ) − yⱼ)²) over the points, by
     * backpropagation: for each point, dL/df = f − y; dL/da = dL/df·act(z); dL/dz =
     * dL/df·a·act′(z); dL/dw = dL/dz·x; dL/db = dL/dz; dL/dc = dL/df; averaged.
     */
    Gradient lossGradient(const std::vector<double> &xs, const std::vector<double> &ys) const;
    double loss(const std::vector<double> &xs, const std::vector<double> &ys) const;

    /**
     * One step of gradient descent on the mean squared error over the points: every weight
     * moves by −learningRate·∂L/∂weight. Returns the gradient used (and its exact zeros).
     */
    Gradient descend(const std::vector<double> &xs, const std::vector<double> &ys,
                     double learningRate);

    /**
     * The units that are dead on the data: ReLU units (negativeSlope 0) whose pre-activation is
     * below 0 at every point, so that no point gives them a gradient, and descent never moves
     * them again. A unit at exactly 0 on a point is not counted: there the convention decides.
     * Leaky units never die.
     */
    std::vector<int> deadUnits(const std::vector<double> &xs) const;

    /** |x| from two units: relu(x) + relu(−x). */
    static ReluNetwork absoluteValue();
    /** A hat on [left, right] peaking at 1 in the middle, from three units. */
    static ReluNetwork hat(double left, double right);
};
