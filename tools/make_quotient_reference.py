#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference truths for the shrinking table of difference quotients
(DifferenceQuotient::shrinking, relu-explorer --quotients).

What it writes: tests/core/data/quotient_reference.csv, one row per function,
point x and h = 1, 1/2, ..., 2^-30:

    kind,spec,x,h,q_left,q_right,central,scale

    kind      "function" (spec is a --function specification) or "expression"
    q_left    (f(x-h) - f(x)) / (-h)
    q_right   (f(x+h) - f(x)) / h
    central   (f(x+h) - f(x-h)) / 2h
    scale     max |f| over x-h, x, x+h: a double's rounding of those values
              moves each quotient by about 2^-53 * scale / h, which the test
              allows

The mathematics: every x and h is a dyadic double, so x - h and x + h are exact
reals; f is evaluated there in mpmath at 60 digits from the definitions below,
written from PyTorch's documentation (torch.nn.functional) and not from the
app's code. A quotient is nan where f is undefined at one of its two points.
The result is the nearest double, written with repr(float).
"""

import csv
import os

import mpmath as mp

mp.mp.dps = 60

SELU_ALPHA = mp.mpf("1.6732632423543772848170429916717")
SELU_SCALE = mp.mpf("1.0507009873554804934193349852946")
NAN = mp.nan


def relu(x):
    return max(mp.mpf(0), x)


def clamp(x, lo, hi):
    return min(max(x, lo), hi)


def phi(x):  # the standard normal CDF
    return mp.ncdf(x)


def softplus(x, beta=mp.mpf(1), threshold=mp.mpf(20)):
    # torch: x where beta * x > threshold, else log(1 + exp(beta x)) / beta
    return x if beta * x > threshold else mp.log1p(mp.exp(beta * x)) / beta


def logof(x):
    return mp.log(x) if x > 0 else NAN


def osc(x):
    return mp.mpf(0) if x == 0 else x * mp.sin(1 / x)


def osc_undefined(x):
    return NAN if x == 0 else x * mp.sin(1 / x)


# (kind, spec, f, points)
CASES = [
    ("function", "relu", relu, [0, 2, -2]),
    ("function", "leaky_relu", lambda x: x if x > 0 else mp.mpf("0.01") * x, [0]),
    ("function", "leaky_relu:negative_slope=0.2", lambda x: x if x > 0 else mp.mpf(0.2) * x, [0]),
    ("function", "relu6", lambda x: clamp(x, 0, 6), [0, 6]),
    ("function", "hardtanh", lambda x: clamp(x, -1, 1), [-1, 1]),
    ("function", "selu", lambda x: SELU_SCALE * (x if x > 0 else SELU_ALPHA * mp.expm1(x)), [0]),
    ("function", "elu:alpha=2", lambda x: x if x > 0 else 2 * mp.expm1(x), [0]),
    ("function", "hardsigmoid", lambda x: clamp(x / 6 + mp.mpf(1) / 2, 0, 1), [-3, 3]),
    ("function", "hardswish", lambda x: x * clamp(x + 3, 0, 6) / 6, [-3, 3]),
    ("function", "abs", abs, [0]),
    ("function", "softplus", softplus, [20]),
    ("function", "gelu", lambda x: x * phi(x), [0, 1]),
    ("function", "sigmoid", lambda x: 1 / (1 + mp.exp(-x)), [0]),
    ("expression", "x+(x>0)", lambda x: x + (1 if x > 0 else 0), [0]),
    ("expression", "sqrt(abs(x))", lambda x: mp.sqrt(abs(x)), [0]),
    ("expression", "x==0 ? 0 : x*sin(1/x)", osc, [0]),
    ("expression", "x*sin(1/x)", osc_undefined, [0]),
    ("expression", "log(x)", logof, [0]),
    ("expression", "sin(x)", mp.sin, [1]),
]


def quotient(a, b, width):
    if mp.isnan(a) or mp.isnan(b):
        return NAN
    return (b - a) / width


def text(value):
    value = float(value)
    return "0.0" if value == 0 else repr(value)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "tests", "core", "data", "quotient_reference.csv")
    with open(path, "w", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["kind", "spec", "x", "h", "q_left", "q_right", "central", "scale"])
        for kind, spec, f, points in CASES:
            for x0 in points:
                x = mp.mpf(x0)
                for k in range(31):
                    h = mp.ldexp(1, -k)
                    before, at, after = f(x - h), f(x), f(x + h)
                    scale = max(abs(v) for v in (before, at, after) if not mp.isnan(v)) \
                        if not all(mp.isnan(v) for v in (before, at, after)) else mp.mpf(0)
                    writer.writerow([kind, spec, text(x), text(h),
                                     text(quotient(at, before, -h)),
                                     text(quotient(at, after, h)),
                                     text(quotient(before, after, 2 * h)), text(scale)])


if __name__ == "__main__":
    main()
