#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Measure what PyTorch's autograd returns at the kinks, for issue 13.

What it does
    For every case below (each built-in activation at each of its kinks and
    breakpoints, the non-smooth primitives at their switching points, and the
    gallery expressions at 0) it puts x = c, exactly, into a tensor with
    requires_grad, evaluates the PyTorch function, calls backward(ones) and
    reads x.grad. It does so in float32 and in float64, each in a 1-element
    tensor (PyTorch's scalar CPU code) and in a 64-element tensor of copies of
    c (the vectorized CPU code). It prints one CSV row per (case, dtype),
    header

        case,expression,x,framework,version,dtype,value,note

    value is the 1-element result, written as Python's repr of the float (the
    shortest decimal that reads back as the same double; a float32 value is
    written exactly, as the double it converts to), or nan when the call has
    no value. When the 64-element tensor gives another value, or not the same
    value in every element, note says so. note also records an exception, and
    facts that qualify a row (a tie, a branch, a bound that overflows float32).

    expression is the case in the app's syntax: a built-in's catalog
    specification (relu, leaky_relu:negative_slope=0.2,
    hardtanh:min_val=-2,max_val=3) or an expression in the app's expression
    language (max(x,0), (x>0)?x:0, relu(x)-relu(-x), sqrt(x*x)). Two cases
    have no spelling in the app: clamp(x,min=0) (torch.clamp with only a
    lower bound, a separate kernel) is written so and says so in its note.

Run (Debian's Python with python3-torch from apt; a tool-only dependency,
never the app's):
    /usr/bin/python3 tools/measure_pytorch_kinks.py > tests/core/data/framework_pytorch.csv
    /usr/bin/python3 tools/measure_pytorch_kinks.py --check tests/core/data/framework_pytorch.csv

If torch cannot be imported it says how to install it and exits with 2;
with --install it runs `apt-get install -y python3-torch` (through sudo when
not root) first.

Exit status: 0 when every case was measured (and, with --check, the file
holds exactly the rows measured now); 1 when --check finds a difference;
2 when torch is missing or a case raised an unexpected exception.
"""

import argparse
import csv
import io
import math
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ in tools/

HEADER = ["case", "expression", "x", "framework", "version", "dtype", "value", "note"]
SIZES = (1, 64)  # scalar kernel, vectorized kernel
# torch.clamp refuses a bound that a float32 cannot hold: that refusal is the result.
EXPECTED_ERRORS = {("clampbig_0", "float32"), ("clampbig_minus_relu_0", "float32")}


def install_torch():
    cmd = ["apt-get", "install", "-y", "python3-torch"]
    if os.geteuid() != 0:
        cmd = ["sudo"] + cmd
    print("running: " + " ".join(cmd), file=sys.stderr)
    return subprocess.run(cmd).returncode


def import_torch(allow_install):
    try:
        import torch  # noqa: F401
        return True
    except ImportError:
        pass
    if allow_install and install_torch() == 0:
        try:
            import torch  # noqa: F401,F811
            return True
        except ImportError:
            pass
    print("measure_pytorch_kinks: cannot import torch; install Debian's package with\n"
          "    sudo apt-get install -y python3-torch\n"
          "(or run this script with --install)", file=sys.stderr)
    return False


def debian_version():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "python3-torch"],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def fmt(v):
    """repr of a Python float: shortest round-trip decimal; nan, inf, -inf."""
    if isinstance(v, str):
        return v
    v = float(v)
    if math.isnan(v):
        return "nan"
    return repr(v)


def make_cases(torch, F):
    """(case id, app expression, x, function of a tensor, note).

    note is a string, or a dict with the keys all, float32, float64.
    """
    z = torch.zeros_like

    def tmax(a, b):
        return torch.maximum(a, b)

    big_f32 = {"float32": "1e308 is above float32's largest value, 3.4028235e38"}
    return [
        # Built-in functions at every kink (default parameters) ...
        ("relu_0", "relu", 0.0, torch.relu, ""),
        ("leaky_relu_0", "leaky_relu", 0.0, F.leaky_relu, "negative_slope=0.01"),
        ("relu6_0", "relu6", 0.0, F.relu6, ""),
        ("relu6_6", "relu6", 6.0, F.relu6, ""),
        ("hardtanh_m1", "hardtanh", -1.0, F.hardtanh, ""),
        ("hardtanh_1", "hardtanh", 1.0, F.hardtanh, ""),
        ("selu_0", "selu", 0.0, F.selu, ""),
        ("hardsigmoid_m3", "hardsigmoid", -3.0, F.hardsigmoid, ""),
        ("hardsigmoid_3", "hardsigmoid", 3.0, F.hardsigmoid, ""),
        ("hardswish_m3", "hardswish", -3.0, F.hardswish, ""),
        ("hardswish_3", "hardswish", 3.0, F.hardswish, ""),
        ("abs_0", "abs", 0.0, torch.abs, ""),
        # ... breakpoints that are not kinks at the default parameters ...
        ("elu_0", "elu", 0.0, F.elu, "alpha=1: not a kink (both one-sided slopes are 1)"),
        ("celu_0", "celu", 0.0, F.celu, "alpha=1: not a kink"),
        ("softplus_20", "softplus", 20.0, F.softplus,
         "beta=1,threshold=20: the switch to f(x)=x is taken only for beta*x > threshold, "
         "so x=20 is on the log1p(exp) side; a jump of f, not a kink"),
        # ... and one non-default parameter set each.
        ("leaky_relu_0.2_0", "leaky_relu:negative_slope=0.2", 0.0,
         lambda x: F.leaky_relu(x, negative_slope=0.2), ""),
        ("elu_0.5_0", "elu:alpha=0.5", 0.0, lambda x: F.elu(x, alpha=0.5), "a kink: slopes 0.5 | 1"),
        ("celu_2_0", "celu:alpha=2", 0.0, lambda x: F.celu(x, alpha=2.0),
         "not a kink for any alpha: celu'(0-) = exp(0/alpha) = 1"),
        ("hardtanh_m2_3_m2", "hardtanh:min_val=-2,max_val=3", -2.0,
         lambda x: F.hardtanh(x, min_val=-2.0, max_val=3.0), ""),
        ("hardtanh_m2_3_3", "hardtanh:min_val=-2,max_val=3", 3.0,
         lambda x: F.hardtanh(x, min_val=-2.0, max_val=3.0), ""),
        # Primitives at their switching points (gradient with respect to x).
        ("expr_relu_0", "relu(x)", 0.0, torch.relu, "torch.relu"),
        ("expr_abs_0", "abs(x)", 0.0, torch.abs, "torch.abs"),
        ("max_x0_0", "max(x,0)", 0.0, lambda x: tmax(x, z(x)),
         "torch.maximum(x, zeros_like(x)): a tie"),
        ("max_0x_0", "max(0,x)", 0.0, lambda x: tmax(z(x), x),
         "torch.maximum(zeros_like(x), x): a tie, x second"),
        ("min_x0_0", "min(x,0)", 0.0, lambda x: torch.minimum(x, z(x)),
         "torch.minimum(x, zeros_like(x)): a tie"),
        ("min_0x_0", "min(0,x)", 0.0, lambda x: torch.minimum(z(x), x),
         "torch.minimum(zeros_like(x), x): a tie, x second"),
        ("clamp01_0", "clamp(x,0,1)", 0.0, lambda x: torch.clamp(x, 0.0, 1.0),
         "torch.clamp(x, 0, 1): at the lower bound"),
        ("clamp01_1", "clamp(x,0,1)", 1.0, lambda x: torch.clamp(x, 0.0, 1.0),
         "torch.clamp(x, 0, 1): at the upper bound"),
        ("clampmin_0", "clamp(x,min=0)", 0.0, lambda x: torch.clamp(x, min=0.0),
         "torch.clamp(x, min=0) (clamp_min); not the app's syntax, whose clamp takes 3 arguments"),
        ("where_0", "(x>0)?x:0", 0.0, lambda x: torch.where(x > 0, x, z(x)),
         "torch.where(x > 0, x, zeros_like(x)): the branch 0 is taken"),
        ("sign_0", "sign(x)", 0.0, torch.sign, "torch.sign"),
        ("floor_0", "floor(x)", 0.0, torch.floor, "torch.floor"),
        ("floor_1", "floor(x)", 1.0, torch.floor, "torch.floor"),
        # The gallery, at 0 (relu(x), max(x,0) and (x>0)?x:0 are above).
        ("clampbig_0", "clamp(x,0,1e308)", 0.0, lambda x: torch.clamp(x, 0.0, 1e308),
         dict(big_f32, all="torch.clamp(x, 0, 1e308)")),
        ("x_times_gt_0", "x*(x>0)", 0.0, lambda x: x * (x > 0),
         "x * (x > 0): the bool factor is promoted and has no gradient"),
        ("relu_minus_relu_neg_0", "relu(x)-relu(-x)", 0.0,
         lambda x: torch.relu(x) - torch.relu(-x), "equals x, whose derivative is 1"),
        ("clampbig_minus_relu_0", "clamp(x,0,1e308)-relu(x)", 0.0,
         lambda x: torch.clamp(x, 0.0, 1e308) - torch.relu(x),
         dict(big_f32, all="equals 0 everywhere; torch.clamp(x, 0, 1e308)")),
        ("clampmin_minus_relu_0", "clamp(x,min=0)-relu(x)", 0.0,
         lambda x: torch.clamp(x, min=0.0) - torch.relu(x),
         "equals 0 everywhere; torch.clamp(x, min=0); not the app's syntax"),
        ("sqrt_x_x_0", "sqrt(x*x)", 0.0, lambda x: torch.sqrt(x * x), "equals |x|"),
        ("prelu_form_0", "relu(x)-0.25*relu(-x)", 0.0,
         lambda x: torch.relu(x) - 0.25 * torch.relu(-x),
         "leaky_relu with slope 0.25 written as relu(x) - a*relu(-x)"),
    ]


def measure(torch, fn, c, dtype, n):
    """x.grad at x = c in an n-element tensor: one float, or a sorted list."""
    x = torch.full((n,), c, dtype=dtype, requires_grad=True)
    y = fn(x)
    y.backward(torch.ones_like(y))
    vals = sorted({repr(v): v for v in x.grad.tolist()}.values(), key=repr)  # nan == nan here
    return vals[0] if len(vals) == 1 else vals


def same(a, b):
    if isinstance(a, list) or isinstance(b, list):
        return a == b
    return repr(float(a)) == repr(float(b))


def rows(torch, F):
    version = "%s (Debian python3-torch %s)" % (torch.__version__, debian_version())
    out = []
    errors = 0
    for case, expr, c, fn, note in make_cases(torch, F):
        for dname, dtype in (("float32", torch.float32), ("float64", torch.float64)):
            if isinstance(note, dict):  # per dtype: all, float32, float64
                notes = [note[k] for k in ("all", dname) if note.get(k)]
            else:
                notes = [note] if note else []
            got = {}
            for n in SIZES:
                try:
                    got[n] = measure(torch, fn, c, dtype, n)
                except Exception as e:  # a framework error is a result too
                    got[n] = "%s: %s" % (type(e).__name__, str(e).splitlines()[0])
                    if (case, dname) not in EXPECTED_ERRORS:
                        errors += 1
            v1, v64 = got[1], got[64]
            if isinstance(v1, str):
                notes.append("raises " + v1)
                value = "nan"
            elif isinstance(v1, list):
                notes.append("1-element tensor: several values")
                value = "nan"
            else:
                value = fmt(v1)
            if isinstance(v64, str):
                if v64 != v1:
                    notes.append("64-element tensor: " + v64)
            elif isinstance(v64, list):
                notes.append("64-element tensor (vectorized kernel): elements differ: "
                             + " ".join(fmt(v) for v in v64))
            elif not isinstance(v1, str) and not same(v1, v64):
                notes.append("64-element tensor (vectorized kernel) gives " + fmt(v64))
            else:
                if not isinstance(v1, str):
                    notes.append("same in a 64-element tensor")
            out.append([case, expr, fmt(c), "pytorch", version, dname, value, "; ".join(notes)])
    return out, errors


def to_csv(table):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(table)
    return buf.getvalue()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", metavar="CSV",
                    help="compare with this file instead of printing; exit 1 on a difference")
    ap.add_argument("--install", action="store_true",
                    help="apt-get install python3-torch when torch is missing")
    args = ap.parse_args()
    if not import_torch(args.install):
        return 2
    import torch
    import torch.nn.functional as F

    table, errors = rows(torch, F)
    text = to_csv(table)
    if errors:
        print("measure_pytorch_kinks: %d measurements raised an unexpected exception "
              "(see note)" % errors, file=sys.stderr)
    if not args.check:
        sys.stdout.write(text)
        return 2 if errors else 0
    with open(args.check, encoding="utf-8", newline="") as fh:
        old = fh.read()
    if old == text:
        print("measure_pytorch_kinks: %s matches (%d rows)" % (args.check, len(table)))
        return 2 if errors else 0
    old_rows = {tuple(r[:6]): r for r in csv.reader(io.StringIO(old))}
    new_rows = {tuple(r[:6]): r for r in csv.reader(io.StringIO(text))}
    for key in sorted(set(old_rows) | set(new_rows)):
        if old_rows.get(key) != new_rows.get(key):
            print("differs: file %s / now %s" % (old_rows.get(key), new_rows.get(key)))
    return 1


if __name__ == "__main__":
    sys.exit(main())
