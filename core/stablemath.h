// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <cmath>

/**
 * Building blocks that stay accurate where the textbook formula cancels: σ(x) for large |x|,
 * ln(1 + eˣ) for very negative or very positive x.
 */
namespace StableMath {

/** σ(x) = 1 / (1 + e⁻ˣ), without overflow and without losing σ(x) for very negative x. */
inline double sigmoid(double x)
{
    if (x >= 0)
        return 1.0 / (1.0 + std::exp(-x));
    const double e = std::exp(x);
    return e / (1.0 + e);
}

/** ln(1 + eˣ): exact to the last bit for x below -37 (≈ eˣ) and above 37 (≈ x). */
inline double softplus(double x)
{
    if (x > 0)
        return x + std::log1p(std::exp(-x));
    return std::log1p(std::exp(x));
}

/** ln σ(x) = -ln(1 + e⁻ˣ). */
inline double logSigmoid(double x)
{
    return -softplus(-x);
}

} // namespace StableMath
