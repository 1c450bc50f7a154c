// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

/**
 * IEEE 754 binary16 (float16) arithmetic as issue 14's exact-zero lab needs it: every value and
 * every operation's result rounded to the nearest float16, ties to even, with subnormals (down to
 * 2⁻²⁴) and overflow to ±∞ (from 65520 on), straight from the double, never through float (a
 * second rounding could miss by one ulp). Results are held in doubles, which hold every float16
 * exactly. tst_float16 checks the rounding against numpy's float16.
 */
namespace Float16 {

/** x rounded to the nearest float16; NaN stays NaN, ±0 keeps its sign. */
double round(double x);

/** One operation in float16: the exact result of the operands, rounded once. */
inline double add(double a, double b)
{
    return round(a + b);
}
inline double multiply(double a, double b)
{
    return round(a * b);
}

/** The largest finite float16, 65504. */
constexpr double maximum = 65504.0;

} // namespace Float16
