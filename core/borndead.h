// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <cstdint>

/**
 * "Born dead" (issue 14): deep, narrow ReLU networks with one input and no biases, weights drawn
 * from N(0, 1), whose output is constant from the start. Without biases every layer is
 * positively homogeneous, so f(x) = x·f(1) for x > 0 and −x·f(−1) for x < 0, and f is constant
 * (0) exactly when the last hidden layer is all zeros at x = 1 and at x = −1: a test in exact
 * arithmetic, since ReLU's zeros are exact. Lu, Shin, Su and Karniadakis (2019) give the theory;
 * for width 2 about 15 % are born dead at depth 2, 91 % at depth 10, nearly all at depth 50.
 */
class BornDead
{
public:
    struct Result
    {
        int networks = 0;
        int dead = 0;
        double share() const { return networks > 0 ? double(dead) / networks : 0.0; }
    };

    /**
     * Draws `networks` networks of `depth` hidden layers of `width` units, from `seed`
     * (std::mt19937_64, so a seed gives the same count on every machine), and counts the
     * constant ones. depth ≥ 1, width ≥ 1.
     */
    static Result measure(int depth, int width, int networks, std::uint64_t seed);
};
