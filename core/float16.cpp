// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "float16.h"

#include <cmath>
#include <limits>

double Float16::round(double x)
{
    if (std::isnan(x) || std::isinf(x) || x == 0.0)
        return x;
    const double magnitude = std::abs(x);
    // Halfway between 65504 and 2¹⁶ (which float16 cannot hold) and beyond: ∞.
    if (magnitude >= 65520.0)
        return std::copysign(std::numeric_limits<double>::infinity(), x);
    // The spacing of float16 values near x: 2^(e − 10) for normals (11 significant bits), 2⁻²⁴
    // for subnormals below 2⁻¹⁴.
    const int exponent = std::ilogb(magnitude);
    const double spacing = std::ldexp(1.0, exponent < -14 ? -24 : exponent - 10);
    // magnitude / spacing is exact (a power of two), and nearbyint rounds ties to even in the
    // default rounding mode.
    const double rounded = std::nearbyint(magnitude / spacing) * spacing;
    return std::copysign(rounded, x);
}
