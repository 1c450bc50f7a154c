// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "expressiontree.h"
#include "stablemath.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Expression {

/** The condition of `?:`: true where it is not 0. */
inline bool truth(double v)
{
    return v != 0.0;
}

constexpr double undefined = std::numeric_limits<double>::quiet_NaN();

inline double relu(double u)
{
    return u > 0 ? u : (std::isnan(u) ? u : 0.0);
}

inline double sign(double u)
{
    return u > 0 ? 1.0 : (u < 0 ? -1.0 : (std::isnan(u) ? u : 0.0));
}

/** max and min as torch.maximum and torch.minimum compute them: NaN wins. */
inline double maximum(double a, double b)
{
    return std::isnan(a) || std::isnan(b) ? std::numeric_limits<double>::quiet_NaN()
                                          : (a < b ? b : a);
}

inline double minimum(double a, double b)
{
    return std::isnan(a) || std::isnan(b) ? std::numeric_limits<double>::quiet_NaN()
                                          : (b < a ? b : a);
}

/** The value of one node from its arguments' values, in double precision. */
inline double apply(Op op, double a, double b, double c)
{
    switch (op) {
    case Op::Constant:
    case Op::X:
    case Op::Parameter: return a;
    case Op::Negate: return -a;
    case Op::Add: return a + b;
    case Op::Subtract: return a - b;
    case Op::Multiply: return a * b;
    case Op::Divide: return a / b;
    case Op::Power: return std::pow(a, b);
    // A comparison with an undefined side is undefined, not "false" (C's NaN != x is true).
    case Op::Less: return std::isnan(a) || std::isnan(b) ? undefined : (a < b ? 1.0 : 0.0);
    case Op::Greater: return std::isnan(a) || std::isnan(b) ? undefined : (a > b ? 1.0 : 0.0);
    case Op::LessEqual: return std::isnan(a) || std::isnan(b) ? undefined : (a <= b ? 1.0 : 0.0);
    case Op::GreaterEqual: return std::isnan(a) || std::isnan(b) ? undefined : (a >= b ? 1.0 : 0.0);
    case Op::Equal: return std::isnan(a) || std::isnan(b) ? undefined : (a == b ? 1.0 : 0.0);
    case Op::NotEqual: return std::isnan(a) || std::isnan(b) ? undefined : (a != b ? 1.0 : 0.0);
    case Op::And:
        return std::isnan(a) || std::isnan(b) ? undefined : (truth(a) && truth(b) ? 1.0 : 0.0);
    case Op::Or:
        return std::isnan(a) || std::isnan(b) ? undefined : (truth(a) || truth(b) ? 1.0 : 0.0);
    case Op::Select: return std::isnan(a) ? undefined : (truth(a) ? b : c);
    case Op::Abs: return std::abs(a);
    case Op::Relu: return relu(a);
    case Op::Sign: return sign(a);
    case Op::Floor: return std::floor(a);
    case Op::Ceil: return std::ceil(a);
    case Op::Rint: return std::floor(a + 0.5);
    case Op::Max: return maximum(a, b);
    case Op::Min: return minimum(a, b);
    case Op::Clamp: return minimum(maximum(a, b), c);
    case Op::Sqrt: return std::sqrt(a);
    case Op::Cbrt: return std::cbrt(a);
    case Op::Exp: return std::exp(a);
    case Op::Log: return std::log(a);
    case Op::Log2: return std::log2(a);
    case Op::Log10: return std::log10(a);
    case Op::Sin: return std::sin(a);
    case Op::Cos: return std::cos(a);
    case Op::Tan: return std::tan(a);
    case Op::Asin: return std::asin(a);
    case Op::Acos: return std::acos(a);
    case Op::Atan: return std::atan(a);
    case Op::Atan2: return std::atan2(a, b);
    case Op::Sinh: return std::sinh(a);
    case Op::Cosh: return std::cosh(a);
    case Op::Tanh: return std::tanh(a);
    case Op::Asinh: return std::asinh(a);
    case Op::Acosh: return std::acosh(a);
    case Op::Atanh: return std::atanh(a);
    case Op::Sigmoid: return StableMath::sigmoid(a);
    case Op::Softplus: return StableMath::softplus(a);
    case Op::Erf: return std::erf(a);
    case Op::Erfc: return std::erfc(a);
    }
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace Expression
