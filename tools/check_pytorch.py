#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Cross-check tests/core/data/activation_reference.csv against PyTorch.

What it does
    For every case in the table it evaluates the matching PyTorch function in
    float64 at every x of that case, takes the derivative with autograd
    (x.requires_grad_(), f.backward(ones)), and compares torch's f and df with
    the table's: they agree when |torch - table| <= 1e-13 * |table| or
    <= 1e-15. Every disagreement is printed with the case, x, the table's value
    and torch's.

    It also prints torch's derivative at exactly every kink and breakpoint
    (the framework's convention), next to the table's one-sided limits, both
    in the scalar and in the vectorized CPU kernel (a 1-element and a
    64-element tensor), and measures three facts about ReLU at x = 0.0 (float64):
    torch.relu'(0), torch.clamp(x, min=0)'(0), torch.maximum(x, zeros_like(x))'(0).

Run (Debian's Python with python3-torch, python3-numpy and python3-mpmath from
apt; tool-only dependencies, never the app's):
    /usr/bin/python3 tools/check_pytorch.py

Differences with a known cause are labelled and counted apart: hardsigmoid's
float32 1/6; hardswish'(3), which the vectorized kernel gives as 1 and the
scalar kernel as 1.5; GELU-tanh's derivative for x < about -6, where PyTorch's
double formula cancels (1 + tanh u with tanh u = -1).

Exit status: 0 when every difference has one of those known causes and the
ReLU facts hold, 1 otherwise. The table itself is made by
tools/make_reference_tables.py, whose case list (kinks, breakpoints) this
script imports.
"""

import csv
import math
import os
import subprocess
import sys
from collections import OrderedDict

import numpy as np
import torch
import torch.nn.functional as F

sys.dont_write_bytecode = True  # leave no __pycache__ in tools/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_reference_tables as ref  # noqa: E402

REL_TOL = 1e-13
ABS_TOL = 1e-15
F32_SIXTH = float(np.float32(1.0 / 6.0))
SIXTH = 1.0 / 6.0

TORCH_FUNCS = {
    "relu": torch.relu,
    "leaky_relu:negative_slope=0.01": lambda x: F.leaky_relu(x, negative_slope=0.01),
    "leaky_relu:negative_slope=0.2": lambda x: F.leaky_relu(x, negative_slope=0.2),
    "relu6": F.relu6,
    "hardtanh:min_val=-1,max_val=1": lambda x: F.hardtanh(x, min_val=-1.0, max_val=1.0),
    "hardtanh:min_val=-2,max_val=0.5": lambda x: F.hardtanh(x, min_val=-2.0, max_val=0.5),
    "elu:alpha=1": lambda x: F.elu(x, alpha=1.0),
    "elu:alpha=0.5": lambda x: F.elu(x, alpha=0.5),
    "selu": F.selu,
    "celu:alpha=1": lambda x: F.celu(x, alpha=1.0),
    "celu:alpha=2": lambda x: F.celu(x, alpha=2.0),
    "gelu:approximate=none": lambda x: F.gelu(x, approximate="none"),
    "gelu:approximate=tanh": lambda x: F.gelu(x, approximate="tanh"),
    "silu": F.silu,
    "mish": F.mish,
    "softplus:beta=1,threshold=20": lambda x: F.softplus(x, beta=1, threshold=20),
    "softplus:beta=2,threshold=20": lambda x: F.softplus(x, beta=2, threshold=20),
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "hardsigmoid": F.hardsigmoid,
    "hardswish": F.hardswish,
    "softsign": F.softsign,
    "logsigmoid": F.logsigmoid,
    "abs": torch.abs,
}


def close(table, got):
    return abs(got - table) <= max(REL_TOL * abs(table), ABS_TOL)


def known_cause(spec, x, col, want, got):
    """A short label when a difference has a known, explained cause, else None."""
    if col != "df":
        return None
    if spec == "hardsigmoid" and want == SIXTH and got == F32_SIXTH:
        return "float32 1/6 constant"
    if spec == "hardswish" and x == 3.0 and want == 1.5 and got == 1.0:
        # scalar kernel: x <= 3 -> x/3 + 1/2 = 1.5; vectorized kernel: x >= 3 -> 1
        return "hardswish'(3): vectorized kernel gives 1, scalar kernel 1.5"
    if spec == "gelu:approximate=tanh":
        # PyTorch's backward forms 0.5*(1 + tanh u) + 0.5*x*(1 - tanh^2 u)*u' in
        # double; for x < about -6, tanh u is -1 to within an ulp and it cancels.
        kb = math.sqrt(2.0 / math.pi)
        t = math.tanh(kb * (x + 0.044715 * x * x * x))
        naive = 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * kb * (1 + 3 * 0.044715 * x * x)
        if close(naive, got) and not close(naive, want):
            return "gelu tanh: cancellation of 1 + tanh(u) in double"
    return None


def torch_eval(fn, xs):
    x = torch.tensor(xs, dtype=torch.float64).requires_grad_()
    y = fn(x)
    y.backward(torch.ones_like(y))
    return y.detach().tolist(), x.grad.tolist()


def grad_at(fn, c, n):
    """torch's derivative at x = c in an n-element tensor of copies of c.

    PyTorch's CPU kernels run whole blocks of elements through SIMD code and
    the rest one by one through scalar code: n = 1 measures the scalar code,
    n = 64 the vectorized code.
    """
    x = torch.full((n,), c, dtype=torch.float64, requires_grad=True)
    y = fn(x)
    y.backward(torch.ones_like(y))
    vals = set(x.grad.tolist())
    return vals.pop() if len(vals) == 1 else sorted(vals)


def grad_at_zero(fn):
    x = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)
    fn(x).backward()
    return x.grad.item()


def debian_version():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "python3-torch"],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main():
    torch.set_default_dtype(torch.float64)
    table = OrderedDict()
    with open(ref.OUT, newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            table.setdefault(r["spec"], []).append(
                tuple(float(r[k]) for k in ("x", "f", "df", "df_left", "df_right")))

    print("torch %s (Debian python3-torch %s), numpy %s"
          % (torch.__version__, debian_version(), np.__version__))
    missing = set(TORCH_FUNCS) ^ set(table)
    if missing:
        raise SystemExit("cases in only one of table / torch map: %s" % sorted(missing))

    cases = {c.spec: c for c in ref.make_cases()}
    rows = mismatches = known = 0
    causes = OrderedDict()
    floor = OrderedDict()  # (spec, col) -> [rows, max rel diff, min x, max x]
    per_case = OrderedDict()
    kink_lines = []
    print("\n== mismatches (|torch - table| > max(1e-13 |table|, 1e-15)) ==")
    for spec, data in table.items():
        xs = [d[0] for d in data]
        fs, dfs = torch_eval(TORCH_FUNCS[spec], xs)
        bad = 0
        stats = {"f": [0, 0.0], "df": [0, 0.0]}  # bit-identical rows, max relative diff
        for (x, f, df, dl, dr), tf, tdf in zip(data, fs, dfs):
            rows += 1
            for col, want, got in (("f", f, tf), ("df", df, tdf)):
                st = stats[col]
                if got == want:
                    st[0] += 1
                elif want != 0:
                    st[1] = max(st[1], abs(got - want) / abs(want))
                if close(want, got):
                    if abs(got - want) > REL_TOL * abs(want):  # passes by the 1e-15 floor only
                        fl = floor.setdefault((spec, col), [0, 0.0, x, x])
                        fl[0] += 1
                        fl[1] = max(fl[1], abs(got - want) / abs(want) if want else float("inf"))
                        fl[2], fl[3] = min(fl[2], x), max(fl[3], x)
                    continue
                note = known_cause(spec, x, col, want, got)
                if note:
                    known += 1
                    causes[note] = causes.get(note, 0) + 1
                    note = "  [" + note + "]"
                else:
                    mismatches += 1
                bad += 1
                diff = got - want
                rel = abs(diff) / abs(want) if want else float("inf")
                print("%-32s x=%-24r %-2s table=%-24r torch=%-24r diff=%.3g rel=%.3g%s"
                      % (spec, x, col, want, got, diff, rel, note))
        per_case[spec] = (len(data), bad, stats)

        case = cases[spec]
        by_x = {d[0]: (d, tdf) for d, tdf in zip(data, dfs)}
        for c in case.points:
            (x, f, df, dl, dr), tdf = by_x[c]
            kind = "kink" if c in case.kinks else "breakpoint"
            kink_lines.append((spec, c, kind, dl, dr, df, tdf,
                               grad_at(TORCH_FUNCS[spec], c, 1), grad_at(TORCH_FUNCS[spec], c, 64)))

    if mismatches + known == 0:
        print("(none)")

    print("\n== torch's df at exactly each kink / breakpoint ==")
    print("(torch df: in the table's tensor; n=1: scalar kernel; n=64: vectorized kernel)")
    print("%-32s %-5s %-10s %-19s %-19s %-19s %-19s %-19s %-19s %s"
          % ("case", "x", "kind", "df_left", "df_right", "table df", "torch df",
             "torch df n=1", "torch df n=64", "agree"))
    for spec, c, kind, dl, dr, df, tdf, t1, t64 in kink_lines:
        agree = all(isinstance(t, float) and close(df, t) for t in (tdf, t1, t64))
        print("%-32s %-5r %-10s %-19r %-19r %-19r %-19r %-19r %-19r %s"
              % (spec, c, kind, dl, dr, df, tdf, t1, t64, "yes" if agree else "NO"))

    print("\n== ReLU facts at x = 0.0 (float64) ==")
    facts = [
        ("torch.relu", torch.relu, 0.0),
        ("torch.clamp(x, min=0)", lambda x: torch.clamp(x, min=0), 1.0),
        ("torch.maximum(x, zeros_like(x))", lambda x: torch.maximum(x, torch.zeros_like(x)), 0.5),
    ]
    fact_bad = 0
    for name, fn, expected in facts:
        g = grad_at_zero(fn)
        ok = g == expected
        fact_bad += not ok
        print("%-34s d/dx at 0 = %r (expected %r) %s" % (name, g, expected, "ok" if ok else "DIFFERENT"))

    print("\n== per case (values off: outside the tolerance; identical: bit for bit; "
          "max rel: largest |torch - table| / |table|) ==")
    print("%-32s %5s %10s %12s %10s %12s %10s"
          % ("case", "rows", "values off", "f identical", "f max rel", "df identical", "df max rel"))
    for spec, (n, bad, st) in per_case.items():
        print("%-32s %5d %10d %12d %10.2g %12d %10.2g"
              % (spec, n, bad, st["f"][0], st["f"][1], st["df"][0], st["df"][1]))
    print("\n== within tolerance only through the 1e-15 absolute floor (tiny values) ==")
    print("%-32s %-3s %5s %10s  %s" % ("case", "col", "rows", "max rel", "x range"))
    for (spec, col), (n, rel, lo, hi) in floor.items():
        print("%-32s %-3s %5d %10.2g  [%r, %r]" % (spec, col, n, rel, lo, hi))
    if not floor:
        print("(none)")

    print("\nexplained differences:")
    for note, n in causes.items():
        print("  %4d  %s" % (n, note))
    if not causes:
        print("  (none)")
    print("\ncheck_pytorch: %d cases, %d rows, %d unexplained mismatches, "
          "%d explained differences, %d ReLU facts different"
          % (len(per_case), rows, mismatches, known, fact_bad))
    return 1 if (mismatches or fact_bad) else 0


if __name__ == "__main__":
    sys.exit(main())
