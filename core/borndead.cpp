// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "borndead.h"

#include <algorithm>
#include <random>
#include <vector>

BornDead::Result BornDead::measure(int depth, int width, int networks, std::uint64_t seed)
{
    Result result;
    if (depth < 1 || width < 1 || networks < 1)
        return result;
    std::mt19937_64 random(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::vector<double> weights;
    const auto units = static_cast<std::size_t>(width);
    std::vector<double> plus(units), minus(units), next(units);
    for (int n = 0; n < networks; ++n) {
        // The weights of one network: width × 1, then (depth − 1) times width × width.
        weights.resize(std::size_t(width) + std::size_t(depth - 1) * std::size_t(width * width));
        for (double &w : weights)
            w = normal(random);
        // Both inputs through the same layers.
        for (int i = 0; i < width; ++i) {
            plus[std::size_t(i)] = std::max(0.0, weights[std::size_t(i)]);
            minus[std::size_t(i)] = std::max(0.0, -weights[std::size_t(i)]);
        }
        std::size_t offset = std::size_t(width);
        for (int layer = 1; layer < depth; ++layer) {
            for (std::vector<double> *h : { &plus, &minus }) {
                for (int i = 0; i < width; ++i) {
                    double z = 0.0;
                    for (int j = 0; j < width; ++j)
                        z += weights[offset + std::size_t(i * width + j)] * (*h)[std::size_t(j)];
                    next[std::size_t(i)] = std::max(0.0, z);
                }
                h->swap(next);
            }
            offset += std::size_t(width * width);
        }
        const auto zero = [](double v) { return v == 0.0; };
        if (std::all_of(plus.begin(), plus.end(), zero)
            && std::all_of(minus.begin(), minus.end(), zero))
            ++result.dead;
        ++result.networks;
    }
    return result;
}
