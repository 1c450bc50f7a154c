#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference values for the activation functions, computed to high precision.

What it writes
    tests/core/data/activation_reference.csv, header

        spec,x,f,df,df_left,df_right

    with one row per (case, x):
      spec      the case as the app names it, e.g. "leaky_relu:negative_slope=0.2"
                (specs that contain a comma are quoted, as CSV requires);
      x         the input, a double;
      f         the function value;
      df        what PyTorch's autograd returns at x: at a kink the framework's
                value (the branch PyTorch's backward takes), elsewhere the exact
                derivative;
      df_left,  the limits of f' from the left and from the right at x; equal
      df_right  to df wherever f is differentiable, the one-sided derivatives at
                a kink.

    Parameters are the exact decimals written in the spec (negative_slope=0.2
    is 1/5), and so are SELU's scale and alpha and GELU's 0.044715.

    The definitions follow PyTorch 1.13 (torch.nn.functional), including the
    branch choices at kinks and softplus's switch to f(x) = x once
    beta*x > threshold (the product computed in IEEE double, as PyTorch does).

How
    Each x is a double and is taken exactly (mpmath.mpf(x)). Every value is the
    exact mathematical value, evaluated with mpmath at 60 significant digits
    using cancellation-free forms (expm1, log1p, sigma(2u) for (1+tanh u)/2,
    sech^2 for 1-tanh^2, ...), then rounded to the nearest double. As a check
    every value is evaluated a second time at 700 digits, which must round to
    the same double; the script stops with an error otherwise. Numbers are
    written with Python's repr(float): the shortest string that reads back as
    the same double ("0.1", "1e-09"); every zero is written 0.0.

    x values per case: the grid -20, -19.75, ..., 20 (step 0.25, 161 values);
    each kink or breakpoint c together with c - 1e-9 and c + 1e-9 (computed in
    double); and +-1e-300, +-1e-12, +-0.1, +-0.7, +-3.3, +-19.9. Sorted by x,
    duplicates dropped, zero written as 0.0.

    The output is deterministic: the same file, byte for byte, on every run.

Run (Debian's Python, with python3-mpmath from apt; a tool-only dependency):
    /usr/bin/python3 tools/make_reference_tables.py

It prints a one-line summary: the number of cases and rows written.
The PyTorch cross-check is tools/check_pytorch.py.
"""

import csv
import os
import sys

import mpmath
from mpmath import mp, mpf

DPS = 60  # working precision, significant decimal digits
CHECK_DPS = 700  # second evaluation, to confirm every rounding

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "core", "data", "activation_reference.csv")

# SELU's constants as PyTorch states them, taken as exact decimals.
SELU_SCALE = "1.0507009873554804934193349852946"
SELU_ALPHA = "1.6732632423543772848170429916717"
GELU_KAPPA = "0.044715"


def sigma(t):
    """Logistic sigmoid 1/(1+e^-t), accurate for any sign of t."""
    return 1 / (1 + mpmath.exp(-t))


def log1pexp(t):
    """ln(1 + e^t)."""
    return mpmath.log1p(mpmath.exp(t))


class Case:
    """One activation at fixed parameters.

    value(x) and deriv(x) work on exact mpf x. kinks maps each kink c to
    (df_left, df_right, framework df) as zero-argument callables, evaluated in
    the current precision. points are the breakpoints around which c +- 1e-9
    are sampled (the kinks, plus breakpoints that are not kinks).
    """

    def __init__(self, spec, value, deriv, kinks=None, breakpoints=(), one_sided=None):
        self.spec = spec
        self.value = value
        self.deriv = deriv
        self.kinks = kinks or {}
        self.points = sorted(set(self.kinks) | set(breakpoints))
        # one_sided(x) -> (left, right) or None: non-default one-sided limits
        # at a point that is not a kink of the framework (softplus's switch).
        self.one_sided = one_sided


def const(v):
    return lambda: mpf(v)


def sixth():
    return mpf(1) / 6


def make_cases():
    cases = []

    # relu
    cases.append(Case("relu",
                      lambda x: x if x > 0 else mpf(0),
                      lambda x: mpf(1) if x > 0 else mpf(0),
                      {0.0: (const(0), const(1), const(0))}))

    # leaky_relu
    # The slope is the exact decimal of the spec (1/5, not the double nearest
    # 0.2), like SELU's and GELU's constants; f = round(0.2 x) can then differ
    # by one ulp from the double product double(0.2) * x that PyTorch computes.
    for s_txt in ("0.01", "0.2"):
        def lr(s_txt=s_txt):
            return (lambda x: x if x > 0 else mpf(s_txt) * x,
                    lambda x: mpf(1) if x > 0 else mpf(s_txt))
        v, d = lr()
        cases.append(Case("leaky_relu:negative_slope=" + s_txt, v, d,
                          {0.0: (const(s_txt), const(1), const(s_txt))}))

    # relu6 = clamp(x, 0, 6)
    cases.append(Case("relu6",
                      lambda x: min(max(x, mpf(0)), mpf(6)),
                      lambda x: mpf(1) if 0 < x < 6 else mpf(0),
                      {0.0: (const(0), const(1), const(0)),
                       6.0: (const(1), const(0), const(0))}))

    # hardtanh = clamp(x, min_val, max_val)
    for lo_txt, hi_txt in (("-1", "1"), ("-2", "0.5")):
        lo, hi = float(lo_txt), float(hi_txt)

        def ht(lo=lo, hi=hi):
            return (lambda x: min(max(x, mpf(lo)), mpf(hi)),
                    lambda x: mpf(1) if lo < x < hi else mpf(0))
        v, d = ht()
        cases.append(Case("hardtanh:min_val=%s,max_val=%s" % (lo_txt, hi_txt), v, d,
                          {lo: (const(0), const(1), const(0)),
                           hi: (const(1), const(0), const(0))}))

    # elu
    for a_txt in ("1", "0.5"):
        a = float(a_txt)

        def elu(a=a):
            return (lambda x: x if x > 0 else mpf(a) * mpmath.expm1(x),
                    lambda x: mpf(1) if x > 0 else mpf(a) * mpmath.exp(x))
        v, d = elu()
        if a == 1.0:  # left = right = 1 at 0: not a kink
            cases.append(Case("elu:alpha=" + a_txt, v, d, breakpoints=[0.0]))
        else:  # PyTorch takes the x <= 0 branch at 0
            cases.append(Case("elu:alpha=" + a_txt, v, d,
                              {0.0: (const(a), const(1), const(a))}))

    # selu
    def selu_scale():
        return mpf(SELU_SCALE)

    def selu_alpha():
        return mpf(SELU_ALPHA)
    cases.append(Case("selu",
                      lambda x: selu_scale() * (x if x > 0 else selu_alpha() * mpmath.expm1(x)),
                      lambda x: selu_scale() * (mpf(1) if x > 0 else selu_alpha() * mpmath.exp(x)),
                      {0.0: (lambda: selu_scale() * selu_alpha(), selu_scale,
                             lambda: selu_scale() * selu_alpha())}))

    # celu: smooth at 0 for every alpha (f' -> 1 from both sides)
    for a_txt in ("1", "2"):
        a = float(a_txt)

        def celu(a=a):
            return (lambda x: x if x > 0 else mpf(a) * mpmath.expm1(x / mpf(a)),
                    lambda x: mpf(1) if x > 0 else mpmath.exp(x / mpf(a)))
        v, d = celu()
        cases.append(Case("celu:alpha=" + a_txt, v, d, breakpoints=[0.0]))

    # gelu, exact: x * Phi(x)
    def Phi(x):
        return mpmath.erfc(-x / mpmath.sqrt(2)) / 2

    def phi(x):
        return mpmath.exp(-x * x / 2) / mpmath.sqrt(2 * mpmath.pi)
    cases.append(Case("gelu:approximate=none",
                      lambda x: x * Phi(x),
                      lambda x: Phi(x) + x * phi(x)))

    # gelu, tanh form: 0.5 x (1 + tanh u) = x sigma(2u), 1 - tanh^2 u = 4 sigma(2u) sigma(-2u)
    def gelu_u(x):
        return mpmath.sqrt(2 / mpmath.pi) * (x + mpf(GELU_KAPPA) * x ** 3)

    def gelu_du(x):
        return mpmath.sqrt(2 / mpmath.pi) * (1 + 3 * mpf(GELU_KAPPA) * x ** 2)

    def gelu_tanh_d(x):
        u = gelu_u(x)
        return sigma(2 * u) + 2 * x * sigma(2 * u) * sigma(-2 * u) * gelu_du(x)
    cases.append(Case("gelu:approximate=tanh",
                      lambda x: x * sigma(2 * gelu_u(x)),
                      gelu_tanh_d))

    # silu
    cases.append(Case("silu",
                      lambda x: x * sigma(x),
                      lambda x: sigma(x) * (1 + x * sigma(-x))))

    # mish
    def mish_d(x):
        sp = log1pexp(x)
        return mpmath.tanh(sp) + x * sigma(x) * mpmath.sech(sp) ** 2
    cases.append(Case("mish",
                      lambda x: x * mpmath.tanh(log1pexp(x)),
                      mish_d))

    # softplus: x once float(beta * x) > threshold, else ln(1 + e^(beta x)) / beta
    for b_txt, t_txt in (("1", "20"), ("2", "20")):
        b, t = float(b_txt), float(t_txt)

        def sp(b=b, t=t):
            def linear(x):
                return float(b * float(x)) > t  # the product in IEEE double

            def value(x):
                return x if linear(x) else log1pexp(mpf(b) * x) / mpf(b)

            def deriv(x):
                return mpf(1) if linear(x) else sigma(mpf(b) * x)

            def one_sided(x):
                # At the switch point f jumps: f(c) is the softplus branch's value, the limit
                # from the right is c itself, a little below it. The left derivative is then
                # sigma(threshold); the right difference quotient (c + h - f(c))/h runs off to
                # -inf. f'(c) does not exist (df = nan).
                return (sigma(mpf(t)), mpf("-inf")) if float(x) == t / b else None
            return value, deriv, one_sided
        v, d, o = sp()
        cases.append(Case("softplus:beta=%s,threshold=%s" % (b_txt, t_txt), v, d,
                          breakpoints=[t / b], one_sided=o))

    # sigmoid, tanh
    cases.append(Case("sigmoid", sigma, lambda x: sigma(x) * sigma(-x)))
    cases.append(Case("tanh", mpmath.tanh, lambda x: mpmath.sech(x) ** 2))

    # hardsigmoid = clamp(x + 3, 0, 6) / 6
    cases.append(Case("hardsigmoid",
                      lambda x: min(max(x + 3, mpf(0)), mpf(6)) / 6,
                      lambda x: sixth() if -3 < x < 3 else mpf(0),
                      {-3.0: (const(0), sixth, const(0)),
                       3.0: (sixth, const(0), const(0))}))

    # hardswish = x * clamp(x + 3, 0, 6) / 6
    def hswish(x):
        if x <= -3:
            return mpf(0)
        if x >= 3:
            return x
        return x * (x + 3) / 6

    def hswish_d(x):
        if x <= -3:
            return mpf(0)
        if x >= 3:
            return mpf(1)
        return (2 * x + 3) / 6
    cases.append(Case("hardswish", hswish, hswish_d,
                      {-3.0: (const(0), const("-0.5"), const("-0.5")),
                       3.0: (const("1.5"), const(1), const("1.5"))}))

    # softsign, logsigmoid, abs
    cases.append(Case("softsign",
                      lambda x: x / (1 + abs(x)),
                      lambda x: 1 / (1 + abs(x)) ** 2))
    cases.append(Case("logsigmoid",
                      lambda x: -log1pexp(-x),
                      lambda x: sigma(-x)))
    cases.append(Case("abs",
                      lambda x: abs(x),
                      lambda x: mpf(1) if x > 0 else mpf(-1),
                      {0.0: (const(-1), const(1), const(0))}))
    return cases


EXTRA = [1e-300, 1e-12, 0.1, 0.7, 3.3, 19.9]


def xs_for(case):
    xs = set(-20.0 + 0.25 * i for i in range(161))  # exact in double
    for c in case.points:
        xs.update((c, c - 1e-9, c + 1e-9))
    for e in EXTRA:
        xs.update((e, -e))
    return sorted(x + 0.0 for x in xs)  # x + 0.0 turns a -0.0 into 0.0


def to_double(v):
    if mpmath.isnan(v) or mpmath.isinf(v):
        return float(v)
    d = float(v)  # mpmath rounds to nearest here (the context's rounding)
    if d != 0.0 and abs(d) < sys.float_info.min:
        raise ValueError("subnormal result %r: rounding not guaranteed" % d)
    if d == 0.0:
        d = 0.0  # exact zeros: always +0.0
    return d


def row_values(case, x):
    """(f, df, df_left, df_right) as doubles, evaluated at the current precision."""
    X = mpf(x)
    f = case.value(X)
    if x in case.kinks:
        left, right, fw = (g() for g in case.kinks[x])
        df = fw
    else:
        df = case.deriv(X)
        left = right = df
        if case.one_sided is not None:
            o = case.one_sided(X)
            if o is not None:
                left, right = o
                df = mpf("nan")
    return tuple(to_double(v) for v in (f, df, left, right))


def main():
    cases = make_cases()
    rows = []
    for case in cases:
        for x in xs_for(case):
            with mp.workdps(DPS):
                vals = row_values(case, x)
            with mp.workdps(CHECK_DPS):
                check = row_values(case, x)
            if any(not (a == b or (a != a and b != b)) for a, b in zip(vals, check)):  # NaN equals NaN
                raise SystemExit("%s at x=%r: %r at %d digits but %r at %d digits"
                                 % (case.spec, x, vals, DPS, check, CHECK_DPS))
            rows.append((case.spec, x) + vals)

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["spec", "x", "f", "df", "df_left", "df_right"])
        for r in rows:
            w.writerow([r[0]] + [repr(v) for v in r[1:]])
    print("make_reference_tables: %d cases, %d rows -> %s"
          % (len(cases), len(rows), os.path.relpath(OUT, ROOT)))


if __name__ == "__main__":
    main()
