#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference truths for the expression language (docs/expressions.md): values,
derivatives, one-sided derivatives, breakpoints and their kinds, and what
PyTorch's autograd returns, for the expressions in TABLE below.

What it writes (tests/core/data/; CSV by Python's csv module, so expressions with
commas are quoted; a header line first, no comments)

    expression_points.csv             expression,x,f,df,df_left,df_right,kind,autograd
    expression_breakpoints.csv        expression,from,to,x,kind,df_left,df_right
    expression_breakpoint_counts.csv  expression,from,to,count

    Numbers are the nearest double of the exact value, written with repr(float)
    (the shortest string that reads back as that double), every zero as 0.0,
    and inf, -inf, nan literally. An exact value beyond the largest double is
    written inf (IEEE rounding to nearest overflows), one below half the
    smallest subnormal 0.0.

The mathematics it assumes
    A number literal stands for the double it reads as (strtod, Python's float):
    "0.03" is 0.0299999999999999988897769753748..., so relu(x-0.03) has its kink
    exactly at the double 0.03. Everything after that is exact real arithmetic:
    "1/3" is the real number 1/3 (not a double), "_pi" is pi. A value is undefined
    (nan) where it has no real value: division by 0, log of u <= 0, sqrt of
    u < 0, asin/acos of |u| > 1, acosh of u < 1, atanh of |u| >= 1, tan where
    cos u = 0, u^b with u < 0 and b not an integer, 0^b with b < 0 (0^0 = 1, as
    C's pow). Undefined propagates through every operator and function,
    comparisons, && and || included; only ?: does not evaluate the branch it
    does not take. sign(0) = 0, rint(u) = floor(u + 1/2), atan2(0, 0) = 0 (C),
    softplus(u) = ln(1 + e^u) (no threshold), sigmoid(u) = 1/(1 + e^-u),
    cbrt the real cube root, max/min nested from the left, clamp(u, a, b) =
    min(max(u, a), b), comparisons 1 or 0. Precedence and grouping are those of
    docs/expressions.md; parse() below is a small recursive-descent parser for
    exactly that grammar.

How: resolving f into analytic branches (sympy)
    resolve() rewrites the expression, near a point, into one sympy expression
    without any switch: every abs, relu, sign, max, min, clamp, floor, ceil,
    rint, comparison, &&, ||, ?:, cbrt, atan2 and every domain test (division,
    log, sqrt, pow, tan, asin, acos, acosh, atanh) is decided by the sign of its
    switching function (for floor/ceil/rint: whether the argument is an integer,
    and from which side it approaches it).
    - At the point x0 itself (AtPoint) each sign is the exact sign of the
      switching function at x0 (sympy numbers; rationals exactly, transcendental
      ones by sympy or, where sympy cannot decide, nonzero when mpmath gives
      more than 10^-50 in magnitude at 100 digits or 10^-500 at 1000 digits; the
      script stops if neither holds). This gives f(x0), or "undefined".
      If no switching function is exactly at its switch there, x0 is a regular
      point: the same branch holds on a whole neighbourhood, f is analytic
      there, and
          f  = the branch at x0,
          df = df_left = df_right = sympy.diff(branch) at x0,  kind = smooth.
    - Otherwise (a critical point) the expression is resolved again on each
      side, x = x0 + s*t with s = -1, +1 and t -> 0+ (OneSide): a sign there is
      the sign of the switching function for all small t > 0, from its
      one-sided limit, or when that is 0 from its leading term
      (Expr.as_leading_term, confirmed by mpmath at t = 1e-30), or exactly 0
      when it vanishes identically. A side whose branch is undefined is
      undefined on a whole one-sided neighbourhood.
    acosh and atanh are resolved in their log forms, log(u + sqrt(u^2 - 1)) and
    log((1 + u)/(1 - u))/2: sympy 1.11 gets lim_{t->0+} acosh(1 + t)/t wrong
    (it answers 0; the truth is +oo) and leaves lim atanh(t - 1) unevaluated.

How: limits and one-sided derivatives at critical points
    lim f from side s = lim_{t->0+} branch_s(t): by substitution t = 0 when the
    branch is a polynomial in t ("exact"), otherwise sympy.limit(..., t, 0, '+')
    ("sympy.limit"; an AccumBounds answer means the limit does not exist). If
    sympy fails or takes over 60 s the limit would be taken by mpmath at 150
    digits from t = 1e-10 down to 1e-40, accepted only when it visibly
    converges (or diverges monotonically); no row of the current table needs
    that fallback, and the script prints every row that would.
    df_left, df_right = lim_{h->0-}, lim_{h->0+} of (f(x0+h) - f(x0))/h:
      nan   where f(x0) is undefined, f is undefined on that side, or the
            one-sided limit of f does not exist;
      +-inf where the one-sided limit L of f differs from f(x0) (including
            L = +-inf): the sign of (L - f(x0))/h, so a jump up seen from the
            right is +inf and seen from the left -inf;
      else  sympy.limit of (branch_s - f(x0))/(s t) as t -> 0+ (nan if it does
            not exist, +-inf if it diverges).
    kind, by the rules in this order:
      1. one side undefined: pole if the other side's limit of f is +-inf,
         else edge (both sides undefined: not a breakpoint, the point is not
         listed);
      2. a one-sided limit of f is +-inf: pole;
      3. a one-sided limit of f does not exist: oscillation;
      4. finite one-sided limits that differ: jump;
      5. equal limits L but f(x0) undefined or != L: removable, unless the
         difference quotient of the continuous extension, (branch_s - L)/(s t),
         has no limit on a side: oscillation;
      6. f continuous at x0: a one-sided derivative without a limit:
         oscillation; else one of them +-inf: cusp; else they differ: kink;
         else smooth (f is differentiable: df = df_left = df_right).
    df is nan unless the kind is smooth.

How: numbers
    A rational value is rounded exactly (fractions.Fraction). Every other exact
    value (a sympy expression in rationals, pi, e and elementary functions) is
    evaluated by mpmath at 60 significant digits and again at 1500
    (3000 if those two disagree: sin(1e300) needs more than 60), and both must
    round to the same double (correct rounding, subnormals included, via
    fractions.Fraction); the script stops otherwise. sympy's own evalf is not
    used: in sympy 1.11 log(1 + exp(-1000)).evalf(30, strict=True) returns 0.

How: breakpoints
    Breakpoints can only be critical points (above), and a critical point is a
    zero of a switching function: of the argument of abs, relu, sign, cbrt,
    sqrt, log, ln, log2, log10; a - b of every max/min pair (nested from the
    left), clamp and comparison; each operand of && and ||; the condition of
    ?:; a denominator; cos u for tan u; u - 1 and u + 1 for asin, acos, atanh,
    u - 1 for acosh; the base of a power whose exponent is not a non-negative
    integer constant; both arguments of atan2; or a point where the argument
    of floor, ceil (or u + 1/2 of rint) is an integer. These are found with
    sympy.solveset on [from, to] (or on the reals, the periodic solution sets
    such as {2 n pi + pi} then listed n by n), on the switching function with
    any inner switches kept as Abs, Max, Min, floor, Piecewise; a function
    vanishing on a whole interval contributes its ends. Integer crossings use
    the argument's range on [from, to] (calculus.util.function_range). Every
    candidate in [from, to] (closed) is classified as above; the non-smooth
    ones are the breakpoints, their x the nearest double of the exact location
    (pi/2, sqrt(2), 1/3 ...). Each TABLE entry also states its breakpoints in
    closed form (bps); the script stops unless the two lists agree.
    from = -1000, to = 1000 except where an entry says otherwise: kinks beyond
    +-1000, and periodic or staircase functions kept to a short range (floor(x)
    itself keeps [-1000, 1000]: 2001 rows; abs(sin(x)) 637 rows).

Which x (expression_points.csv)
    For every expression: DEFAULT_XS, the entry's own pts (large |x|, tails,
    tiny x), and for each candidate c (all of them, or with more than 60 those
    with |c| <= 4 and the two outermost) the double nearest c and that double
    +-1e-9; where c is not a double, also the double on c's other side. All
    columns describe f at that double x: at the double nearest a breakpoint
    that is not a double (1/3, pi/2, k pi, sqrt 2, ln 2, 0.05 = 1/20 ...) f is
    analytic and the row says smooth; the breakpoint itself is the row of
    expression_breakpoints.csv. Points where f is undefined on both sides
    (sqrt(x) at x < 0) have no kind and are not listed.

The autograd column
    Measured with PyTorch 1.13 (Debian's python3-torch), float64, CPU:
        t = torch.tensor(x, dtype=torch.float64, requires_grad=True)
        y = F(t); y.backward(); autograd = t.grad.item()
    (0.0 when y does not require grad, e.g. x>0). F is the expression
    translated by this mapping (torch_value below):
      relu -> torch.relu; abs -> torch.abs; sign -> torch.sign;
      max(a, b) -> torch.maximum(a, b), min -> torch.minimum, nested from the
        left, constants as float64 tensors of x's shape (torch.full_like);
      clamp(u, a, b) -> torch.clamp(u, a, b) with a, b Python floats when both
        are constants, else torch.minimum(torch.maximum(u, a), b);
      a < b etc. -> (a < b).to(torch.float64) (no gradient);
      c ? a : b -> torch.where(c != 0, a, b) (both branches evaluated);
      a && b -> ((a != 0) & (b != 0)).to(torch.float64), || likewise with |;
      floor, ceil -> torch.floor, torch.ceil; rint(u) -> torch.floor(u + 0.5);
      sigmoid -> torch.sigmoid; softplus(u) -> torch.logaddexp(u, 0*u);
      erf, erfc -> torch.erf, torch.erfc; sqrt exp log log2 log10 sin cos tan
        asin acos atan sinh cosh tanh asinh acosh atanh -> the torch function
        of that name, ln -> torch.log; atan2(y, x) -> torch.atan2;
      sum -> a + b + ...; avg -> (a + b + ...)/n;
      a^b -> torch.pow(a, b) with b a Python float when the exponent contains
        no x, else torch.pow(a, b_tensor);
      cbrt(u) -> a torch.autograd.Function: forward sign(u)*|u|^(1/3),
        backward grad/(3 cbrt(u)^2) (+inf at 0);
      _pi -> math.pi, _e -> math.e, numbers -> Python floats; a subexpression
        without x is evaluated once in float64 by the same mapping (on 0-d
        tensors) and used as a Python float.

Cross-checks (they decide nothing; the script stops if one fails)
    An independent mpmath evaluator of the expression (ev below, at 400 digits
    or more) must give f at every listed double x to 25 digits; at regular
    points a central difference with h = 1e-60 min(1, |x|)^3 (1e-700 at x = 0)
    must match df to
    20 digits; at critical points f(x0 +- 1e-30) and f(x0 +- 1e-20) must agree
    with every finite one-sided limit of f and one-sided derivative to 6
    digits, and with the sign and growth of every infinite one. Sympy's answer
    for lim acosh(1 + t)/t was caught this way.

Run (Debian's Python with python3-sympy, python3-mpmath and python3-torch from
apt; tool-only dependencies, never the app's):
    /usr/bin/python3 tools/make_expression_reference.py [--verbose] [EXPR ...]
With expressions named, it derives only those and prints their rows instead of
writing the files. It prints how many rows each method gave and a one-line
summary. The output is deterministic: the same files, byte for byte, on every
run (about a minute).
"""

import csv
import math
import os
import re
import signal
import sys
from fractions import Fraction

import mpmath
import sympy as sp
from mpmath import mp, mpf

sys.dont_write_bytecode = True  # leave no __pycache__ in tools/

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "tests", "core", "data")
OUT_POINTS = os.path.join(DATA, "expression_points.csv")
OUT_BREAKPOINTS = os.path.join(DATA, "expression_breakpoints.csv")
OUT_COUNTS = os.path.join(DATA, "expression_breakpoint_counts.csv")

DPS = 60  # numeric evaluation of every exact value ...
CHECK_DPS = 1500  # ... and again at this precision: both must round to the same double
LIMIT_TIMEOUT = 60  # seconds for one sympy.limit before the mpmath fallback

X = sp.Symbol("x")  # the variable while resolving at a point (no assumptions: no auto Abs)
XR = sp.Symbol("x", real=True)  # the variable for solveset
T = sp.Symbol("t", positive=True)  # one-sided offset: x = x0 + s*t, t -> 0+


class Unsupported(Exception):
    """An expression or point this derivation does not handle (a table error)."""


class Timeout(BaseException):
    """sympy took too long (BaseException: sympy's own except clauses must not eat it)."""


def _alarm(signum, frame):
    raise Timeout()


def with_timeout(seconds, fn, *args):
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
    try:
        return fn(*args)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


# ---------------------------------------------------------------------------
# The expression language: a small recursive-descent parser (docs/expressions.md)
# ---------------------------------------------------------------------------

TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)"
                      r"|([A-Za-z_]\w*)|(\|\||&&|<=|>=|==|!=|[-+*/^(),?:<>]))")

ARITY = {name: 1 for name in (
    "sin cos tan asin acos atan sinh cosh tanh asinh acosh atanh exp ln log log2 log10 "
    "sqrt abs sign rint relu sigmoid softplus erf erfc floor ceil cbrt").split()}
ARITY.update({"atan2": 2, "clamp": 3, "sum": -1, "avg": -1, "min": -1, "max": -1})


def tokenize(s):
    pos, out = 0, []
    s = s.rstrip()
    while pos < len(s):
        m = TOKEN_RE.match(s, pos)
        if not m or m.end() == pos:
            raise Unsupported("cannot tokenize %r at %d" % (s, pos))
        num, ident, op = m.groups()
        out.append(("num", num) if num else ("id", ident) if ident else ("op", op))
        pos = m.end()
    out.append(("end", None))
    return out


class Parser:
    """Nodes: ('num', value) ('x',) ('const', 'pi'|'e') ('neg', a) ('bin', op, a, b)
    for + - * / ^, ('cmp', op, a, b), ('and', a, b), ('or', a, b),
    ('tern', c, a, b), ('call', name, (args...))."""

    def __init__(self, text):
        self.toks = tokenize(text)
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self, kind=None, val=None):
        tok = self.toks[self.i]
        if (kind and tok[0] != kind) or (val and tok[1] != val):
            raise Unsupported("expected %s %s, got %r" % (kind, val, tok))
        self.i += 1
        return tok

    def is_op(self, *ops):
        tok = self.peek()
        return tok[0] == "op" and tok[1] in ops

    def parse(self):
        n = self.ternary()
        self.take("end")
        return n

    def ternary(self):  # right associative
        c = self.orr()
        if self.is_op("?"):
            self.take()
            a = self.ternary()
            self.take("op", ":")
            b = self.ternary()
            return ("tern", c, a, b)
        return c

    def orr(self):
        a = self.andd()
        while self.is_op("||"):
            self.take()
            a = ("or", a, self.andd())
        return a

    def andd(self):
        a = self.cmp()
        while self.is_op("&&"):
            self.take()
            a = ("and", a, self.cmp())
        return a

    def cmp(self):
        a = self.add()
        while self.is_op("<", ">", "<=", ">=", "==", "!="):
            op = self.take()[1]
            a = ("cmp", op, a, self.add())
        return a

    def add(self):
        a = self.mul()
        while self.is_op("+", "-"):
            op = self.take()[1]
            a = ("bin", op, a, self.mul())
        return a

    def mul(self):
        a = self.unary()
        while self.is_op("*", "/"):
            op = self.take()[1]
            a = ("bin", op, a, self.unary())
        return a

    def unary(self):  # a sign binds like * and may not follow another sign
        if self.is_op("-", "+"):
            op = self.take()[1]
            a = self.power()
            return ("neg", a) if op == "-" else a
        return self.power()

    def power(self):  # right associative; the exponent may carry a sign
        a = self.primary()
        if self.is_op("^"):
            self.take()
            if self.is_op("-", "+"):
                op = self.take()[1]
                b = self.power()
                b = ("neg", b) if op == "-" else b
            else:
                b = self.power()
            return ("bin", "^", a, b)
        return a

    def primary(self):
        tok = self.take()
        if tok[0] == "num":
            return ("num", float(tok[1]))  # the double the literal reads as
        if tok == ("op", "("):
            n = self.ternary()
            self.take("op", ")")
            return n
        if tok[0] == "id":
            name = tok[1]
            if name == "x":
                return ("x",)
            if name == "_pi":
                return ("const", "pi")
            if name == "_e":
                return ("const", "e")
            if name in ARITY:
                self.take("op", "(")
                args = [self.ternary()]
                while self.is_op(","):
                    self.take()
                    args.append(self.ternary())
                self.take("op", ")")
                k = ARITY[name]
                if (k > 0 and len(args) != k) or len(args) < 1:
                    raise Unsupported("%s takes %d arguments" % (name, k))
                return ("call", name, tuple(args))
        raise Unsupported("unexpected token %r" % (tok,))


def parse(text):
    return Parser(text).parse()


def has_x(n):
    k = n[0]
    if k == "x":
        return True
    if k in ("num", "const"):
        return False
    if k == "call":
        return any(has_x(a) for a in n[2])
    if k in ("bin", "cmp"):
        return has_x(n[2]) or has_x(n[3])
    return any(has_x(a) for a in n[1:])


# ---------------------------------------------------------------------------
# Exact numbers: signs, integrality, rounding to the nearest double
# ---------------------------------------------------------------------------

MP_FUNCS = {
    sp.exp: mpmath.exp, sp.log: mpmath.log, sp.sin: mpmath.sin, sp.cos: mpmath.cos,
    sp.tan: mpmath.tan, sp.cot: mpmath.cot, sp.sec: mpmath.sec, sp.csc: mpmath.csc,
    sp.asin: mpmath.asin, sp.acos: mpmath.acos, sp.atan: mpmath.atan, sp.acot: mpmath.acot,
    sp.sinh: mpmath.sinh, sp.cosh: mpmath.cosh, sp.tanh: mpmath.tanh, sp.coth: mpmath.coth,
    sp.sech: mpmath.sech, sp.csch: mpmath.csch,
    sp.asinh: mpmath.asinh, sp.acosh: mpmath.acosh, sp.atanh: mpmath.atanh,
    sp.erf: mpmath.erf, sp.erfc: mpmath.erfc, sp.Abs: mpmath.fabs, sp.atan2: mpmath.atan2,
}


def mpeval(e, subs=None):
    """Evaluate a sympy expression with mpmath at the current precision.
    subs: {symbol: mpf}."""
    if e.is_Integer:
        return mpf(int(e))
    if e.is_Rational:
        return mpf(int(e.p)) / int(e.q)
    if e.is_Float:
        return mpf(e._mpf_)
    if e is sp.pi:
        return +mp.pi
    if e is sp.E:
        return +mp.e
    if e.is_Symbol:
        return subs[e]
    if e.is_Add:
        return mpmath.fsum([mpeval(a, subs) for a in e.args])
    if e.is_Mul:
        r = mpf(1)
        for a in e.args:
            r *= mpeval(a, subs)
        return r
    if e.is_Pow:
        b, p = e.args
        if p == sp.Rational(1, 2):
            return mpmath.sqrt(mpeval(b, subs))
        if p.is_Integer:
            return mpeval(b, subs) ** int(p)
        return mpmath.power(mpeval(b, subs), mpeval(p, subs))
    fn = MP_FUNCS.get(e.func)
    if fn is not None:
        return fn(*[mpeval(a, subs) for a in e.args])
    raise Unsupported("mpeval: %s" % (e.func,))


def mp_value(e, dps):
    with mp.workdps(dps):
        v = mpeval(e)
        if isinstance(v, mpmath.mpc):
            if v.imag != 0:
                raise Unsupported("complex value %s" % (e,))
            v = v.real
        return v


def mpf_to_double(v):
    """Correctly rounded nearest double of an mpf (overflow gives +-inf)."""
    if v == 0:
        return 0.0
    if mpmath.isinf(v):
        return math.inf if v > 0 else -math.inf
    sign, man, exp, bc = v._mpf_
    if exp + bc < -1080:  # |v| < 2^-1080: below half the smallest subnormal
        return -0.0 if sign else 0.0
    if exp + bc > 1030:  # |v| >= 2^1029: beyond the largest double
        return -math.inf if sign else math.inf
    fr = Fraction(int(man) * (2 ** exp if exp >= 0 else 1), 1 if exp >= 0 else 2 ** (-exp))
    try:
        d = float(fr)
    except OverflowError:
        d = math.inf
    return -d if sign else d


_double_cache = {}


def to_double(e):
    """The nearest double of the exact real number e (a sympy number)."""
    e = sp.sympify(e)
    if e == 0:
        return 0.0
    if e in _double_cache:
        return _double_cache[e]
    if e.is_Rational:
        try:
            d = float(Fraction(int(e.p), int(e.q)))
        except OverflowError:
            d = math.inf if e > 0 else -math.inf
    else:
        d = mpf_to_double(mp_value(e, DPS))
        d2 = mpf_to_double(mp_value(e, CHECK_DPS))
        if d != d2:  # too few digits at DPS (e.g. sin(1e300)): confirm at twice CHECK_DPS
            d = mpf_to_double(mp_value(e, 2 * CHECK_DPS))
            if d != d2:
                raise Unsupported("%s: %r at %d digits, %r at %d"
                                  % (e, d, 2 * CHECK_DPS, d2, CHECK_DPS))
    _double_cache[e] = d
    return d


def is_zero_num(v):
    v = sp.sympify(v)
    if v == 0:
        return True
    z = v.is_zero
    if z is not None:
        return z
    if v.is_Rational:
        return False
    for dps in (100, 1000):
        a = mp_value(v, dps)
        if abs(a) > mpf(10) ** (-(dps // 2)):
            return False
    raise Unsupported("cannot decide whether %s is zero" % (v,))


def sign_num(v):
    """Exact sign of a sympy real number."""
    v = sp.sympify(v)
    if is_zero_num(v):
        return 0
    if v.is_positive:
        return 1
    if v.is_negative:
        return -1
    a = mp_value(v, 200)
    return 1 if a > 0 else -1


def as_integer(v):
    """The integer v if the real number v is one, else None."""
    v = sp.sympify(v)
    if v.is_Integer:
        return v
    if v.is_Rational:
        return None
    if v.is_integer is False:
        return None
    n = sp.Integer(int(mpmath.nint(mp_value(v, 100))))
    return n if is_zero_num(v - n) else None


def same(a, b):
    """a == b for real numbers (exact), one of them perhaps an mpmath estimate."""
    if isinstance(a, sp.Float) or isinstance(b, sp.Float):
        d = mp_value(sp.sympify(a) - sp.sympify(b), 100)
        return abs(d) <= mpf(10) ** -40 * (1 + abs(mp_value(sp.sympify(a), 100)))
    return is_zero_num(sp.sympify(a) - sp.sympify(b))


# ---------------------------------------------------------------------------
# One-sided limits t -> 0+ (sympy.limit; mpmath fallback)
# ---------------------------------------------------------------------------

class Method:
    """Which method produced the values of the row being derived."""
    used = set()


_lim_cache = {}


def lim0(e):
    """lim_{t->0+} e(t): ('fin', v) | ('inf', +-1) | ('osc',)."""
    e = sp.sympify(e)
    if e in _lim_cache:
        r = _lim_cache[e]
        Method.used.add(r[1])
        return r[0]
    if not e.has(T):
        res, how = classify_number(e), "exact"
    elif e.is_polynomial(T):
        res, how = ("fin", e.subs(T, 0)), "exact"
    else:
        res, how = None, "sympy.limit"
        try:
            r = with_timeout(LIMIT_TIMEOUT, sp.limit, e, T, 0, "+")
            res = interpret_limit(r)
        except (Timeout, Exception):  # any failure of sympy: the mpmath fallback
            res = None
        if res is None:
            res, how = mp_limit(e), "mpmath"
    _lim_cache[e] = (res, how)
    Method.used.add(how)
    return res


def classify_number(v):
    if v is sp.oo:
        return ("inf", 1)
    if v is sp.S.NegativeInfinity:
        return ("inf", -1)
    if isinstance(v, sp.AccumBounds):
        return ("osc",)
    if v is sp.nan or v is sp.zoo or v.has(sp.I) or not v.is_number:
        return None
    return ("fin", v)


def interpret_limit(r):
    if isinstance(r, sp.Limit) or r.has(sp.Limit):
        return None
    return classify_number(r)


def mp_limit(e):
    """lim_{t->0+} by mpmath at 150 digits, t = 1e-10 ... 1e-40, checking convergence."""
    ks = (10, 15, 20, 25, 30, 35, 40)
    with mp.workdps(150):
        vals = []
        for k in ks:
            v = mpeval(e, {T: mpf(10) ** -k})
            if isinstance(v, mpmath.mpc):
                v = v.real if v.imag == 0 else mpmath.nan
            vals.append(v)
        if any(mpmath.isnan(v) for v in vals):
            raise Unsupported("mpmath limit: nan for %s" % (e,))
        d = [abs(vals[i + 1] - vals[i]) for i in range(len(vals) - 1)]
        scale = 1 + abs(vals[-1])
        if d[-1] <= mpf(10) ** -30 * scale and d[-2] <= mpf(10) ** -25 * scale:
            return ("fin", sp.Float(vals[-1], 60))
        # diverging: one sign, |v| growing at every step, the steps not shrinking
        # (a power of 1/t or a logarithm)
        mags = [abs(v) for v in vals]
        signs = set(1 if v > 0 else -1 for v in vals[2:])
        if (len(signs) == 1 and all(mags[i + 1] > mags[i] for i in range(2, len(vals) - 1))
                and all(d[i + 1] >= d[i] / 2 for i in range(2, len(d) - 1))):
            return ("inf", signs.pop())
        raise Unsupported("mpmath limit did not converge for %s: %s" % (e, vals))


_sign_cache = {}


def sign_near(g):
    """The sign of g(t) for all small t > 0 (0: g vanishes identically there)."""
    g = sp.sympify(g)
    if not g.has(T):
        return sign_num(g)
    if g in _sign_cache:
        return _sign_cache[g]
    r = lim0(g)
    if r[0] == "inf":
        s = r[1]
    elif r[0] == "osc":
        raise Unsupported("switching function oscillates: %s" % (g,))
    elif sign_num(r[1]) != 0:
        s = sign_num(r[1])
    elif g.is_polynomial(T):
        p = sp.Poly(g, T)
        if p.is_zero:
            s = 0
        else:
            low = min(p.terms(), key=lambda term: term[0][0])
            s = sign_num(low[1])
    else:
        lt = with_timeout(LIMIT_TIMEOUT, g.as_leading_term, T)
        if lt == 0:
            if sp.simplify(g) != 0:
                raise Unsupported("no leading term for %s" % (g,))
            s = 0
        else:
            tiny = sp.Rational(1, 10 ** 30)
            s = sign_num(lt.subs(T, tiny))
            with mp.workdps(200):  # numeric confirmation
                v = mpeval(g, {T: mpf(tiny.p) / tiny.q})
            if (v > 0) != (s > 0) or v == 0:
                raise Unsupported("sign of %s: leading term %s says %d, value %s" % (g, lt, s, v))
    _sign_cache[g] = s
    return s


# ---------------------------------------------------------------------------
# Resolving an expression at a point, or on one side of it, to an analytic branch
# ---------------------------------------------------------------------------

UNDEF = None  # "no real value"


class AtPoint:
    """Decisions by the exact values at x0; flags whether any was at its switch."""

    def __init__(self, x0):
        self.x0 = x0
        self.var = X
        self.critical = False

    def value(self, g):
        return g.subs(X, self.x0) if g.has(X) else g

    def has_var(self, g):
        return g.has(X)

    def sign(self, g):
        s = sign_num(self.value(g))
        if s == 0 and g.has(X):
            self.critical = True
        return s

    def floor(self, u, ceil=False):
        v = self.value(u)
        n = as_integer(v)
        if n is not None:
            if u.has(X):
                self.critical = True
            return n
        return sp.ceiling(v) if ceil else sp.floor(v)


class OneSide:
    """Decisions on the one-sided neighbourhood x = x0 + s*t, small t > 0."""

    def __init__(self, x0, s):
        self.var = x0 + s * T

    def has_var(self, g):
        return g.has(T)

    def sign(self, g):
        return sign_near(g)

    def floor(self, u, ceil=False):
        r = lim0(u)
        if r[0] != "fin" or isinstance(r[1], sp.Float):
            raise Unsupported("floor of %s near the point" % (u,))
        L = r[1]
        n = as_integer(L)
        if n is None:
            return sp.ceiling(L) if ceil else sp.floor(L)
        s = sign_near(u - n)
        if ceil:
            return n + 1 if s > 0 else n
        return n if s >= 0 else n - 1


def rnum(v):
    return sp.Rational(Fraction(v)) if v != 0 else sp.Integer(0)


def resolve(n, c):
    """The expression as a sympy expression in c.var without any switch, or UNDEF."""
    k = n[0]
    if k == "num":
        return rnum(n[1])
    if k == "x":
        return c.var
    if k == "const":
        return sp.pi if n[1] == "pi" else sp.E
    if k == "neg":
        a = resolve(n[1], c)
        return UNDEF if a is UNDEF else -a
    if k == "bin":
        op = n[1]
        a = resolve(n[2], c)
        if a is UNDEF:
            return UNDEF
        b = resolve(n[3], c)
        if b is UNDEF:
            return UNDEF
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            return UNDEF if c.sign(b) == 0 else a / b
        return power(a, b, c)
    if k == "cmp":
        a = resolve(n[2], c)
        b = resolve(n[3], c)
        if a is UNDEF or b is UNDEF:
            return UNDEF
        s = c.sign(a - b)
        op = n[1]
        r = {"<": s < 0, ">": s > 0, "<=": s <= 0, ">=": s >= 0, "==": s == 0, "!=": s != 0}[op]
        return sp.Integer(1 if r else 0)
    if k in ("and", "or"):
        a = resolve(n[1], c)
        b = resolve(n[2], c)
        if a is UNDEF or b is UNDEF:
            return UNDEF
        sa, sb = c.sign(a) != 0, c.sign(b) != 0
        r = (sa and sb) if k == "and" else (sa or sb)
        return sp.Integer(1 if r else 0)
    if k == "tern":
        cond = resolve(n[1], c)
        if cond is UNDEF:
            return UNDEF
        return resolve(n[2], c) if c.sign(cond) != 0 else resolve(n[3], c)
    if k == "call":
        args = [resolve(a, c) for a in n[2]]
        if any(a is UNDEF for a in args):
            return UNDEF
        return call(n[1], args, c)
    raise Unsupported(str(n))


def power(a, b, c):
    if not c.has_var(b):
        bi = as_integer(b)
        if bi is not None:
            if bi >= 0:
                return a ** bi
            return UNDEF if c.sign(a) == 0 else a ** bi
        s = c.sign(a)
        if s > 0:
            return a ** b
        if s == 0:
            return sp.Integer(0) if sign_num(b) > 0 else UNDEF
        return UNDEF
    s = c.sign(a)
    if s > 0:
        return a ** b
    if isinstance(c, AtPoint):
        bv = c.value(b)
        if s == 0:
            sb = sign_num(bv)
            return sp.Integer(0) if sb > 0 else sp.Integer(1) if sb == 0 else UNDEF
        bi = as_integer(bv)
        return UNDEF if bi is None else c.value(a) ** bi
    if s == 0:
        raise Unsupported("0^(variable) on a side")
    return UNDEF  # negative base, exponent not constant: integer only at isolated points


def call(name, a, c):
    u = a[0]
    if name == "relu":
        return u if c.sign(u) > 0 else sp.Integer(0)
    if name == "abs":
        s = c.sign(u)
        return u if s > 0 else -u if s < 0 else sp.Integer(0)
    if name == "sign":
        return sp.Integer(c.sign(u))
    if name in ("max", "min"):
        m = u
        for b in a[1:]:
            s = c.sign(m - b)
            if name == "max":
                m = m if s >= 0 else b
            else:
                m = m if s <= 0 else b
        return m
    if name == "clamp":
        m = u if c.sign(u - a[1]) >= 0 else a[1]
        return m if c.sign(m - a[2]) <= 0 else a[2]
    if name == "floor":
        return c.floor(u)
    if name == "ceil":
        return c.floor(u, ceil=True)
    if name == "rint":
        return c.floor(u + sp.Rational(1, 2))
    if name == "sqrt":
        s = c.sign(u)
        return sp.sqrt(u) if s > 0 else sp.Integer(0) if s == 0 else UNDEF
    if name == "cbrt":
        s = c.sign(u)
        third = sp.Rational(1, 3)
        return u ** third if s > 0 else -((-u) ** third) if s < 0 else sp.Integer(0)
    if name in ("log", "ln", "log2", "log10"):
        if c.sign(u) <= 0:
            return UNDEF
        base = {"log": 1, "ln": 1, "log2": sp.log(2), "log10": sp.log(10)}[name]
        return sp.log(u) / base
    if name == "tan":
        return UNDEF if c.sign(sp.cos(u)) == 0 else sp.tan(u)
    if name in ("asin", "acos"):
        if c.sign(1 - u) < 0 or c.sign(1 + u) < 0:
            return UNDEF
        return sp.asin(u) if name == "asin" else sp.acos(u)
    # acosh and atanh in their log forms (equal on the domain): sympy 1.11's limit
    # gets acosh wrong (lim acosh(1+t)/t = 0) and leaves atanh(t-1) unevaluated
    if name == "acosh":
        return UNDEF if c.sign(u - 1) < 0 else sp.log(u + sp.sqrt(u ** 2 - 1))
    if name == "atanh":
        if c.sign(1 - u) <= 0 or c.sign(1 + u) <= 0:
            return UNDEF
        return sp.log((1 + u) / (1 - u)) / 2
    if name == "atan2":
        y, xx = a
        sx = c.sign(xx)
        if sx > 0:
            return sp.atan(y / xx)
        sy = c.sign(y)
        if sx < 0:
            return sp.atan(y / xx) + (sp.pi if sy >= 0 else -sp.pi)
        return sp.pi / 2 if sy > 0 else -sp.pi / 2 if sy < 0 else sp.Integer(0)
    if name == "sigmoid":
        return 1 / (1 + sp.exp(-u))
    if name == "softplus":
        return sp.log(1 + sp.exp(u))
    if name == "sum":
        return sp.Add(*a)
    if name == "avg":
        return sp.Add(*a) / len(a)
    simple = {"sin": sp.sin, "cos": sp.cos, "exp": sp.exp, "sinh": sp.sinh, "cosh": sp.cosh,
              "tanh": sp.tanh, "asinh": sp.asinh, "atan": sp.atan, "erf": sp.erf,
              "erfc": sp.erfc}
    if name in simple:
        return simple[name](u)
    raise Unsupported(name)


# ---------------------------------------------------------------------------
# What f does at a point: value, one-sided limits and derivatives, kind
# ---------------------------------------------------------------------------

NAN = ("nan",)


class Result:
    def __init__(self, f0, kind, df, dl, dr, methods):
        self.f0, self.kind, self.df, self.dl, self.dr = f0, kind, df, dl, dr
        self.methods = methods
        self.limits = {}  # side -> lim of f (for the numeric cross-check)


def quotient(b, L, f0, s):
    """lim_{t->0+} (f(x0+s t) - f(x0)) / (s t), given the branch b and lim f = L."""
    if b is UNDEF or f0 is UNDEF:
        return NAN
    if L[0] == "osc":
        return NAN
    if L[0] == "inf":
        return ("inf", L[1] * s)
    if not same(L[1], f0):
        return ("inf", s * sign_num(sp.sympify(L[1]) - f0))
    if isinstance(L[1], sp.Float):
        f0 = L[1]
    q = lim0((b - f0) / (s * T))
    return NAN if q[0] == "osc" else q


_analysis_cache = {}


def analyse(text, ast, x0):
    """x0: an exact real (sympy). None where f is undefined on both sides of x0."""
    key = (text, x0)
    if key in _analysis_cache:
        return _analysis_cache[key]
    Method.used = set()
    at = AtPoint(x0)
    br = resolve(ast, at)
    f0 = UNDEF if br is UNDEF else at.value(br)
    if not at.critical:
        if f0 is UNDEF:
            res = None
        else:
            d = ("fin", sp.diff(br, X).subs(X, x0))
            res = Result(f0, "smooth", d, d, d, {"regular point: sympy.diff"})
        _analysis_cache[key] = res
        return res
    branch, L = {}, {}
    for s in (-1, 1):
        branch[s] = resolve(ast, OneSide(x0, s))
        L[s] = None if branch[s] is UNDEF else lim0(branch[s])
    dl = quotient(branch[-1], L[-1], f0, -1)
    dr = quotient(branch[1], L[1], f0, 1)
    if branch[-1] is UNDEF and branch[1] is UNDEF:
        res = None
    elif branch[-1] is UNDEF or branch[1] is UNDEF:  # rule 1
        other = L[1] if branch[-1] is UNDEF else L[-1]
        kind = "pole" if other[0] == "inf" else "edge"
        res = Result(f0, kind, NAN, dl, dr, None)
    elif L[-1][0] == "inf" or L[1][0] == "inf":  # rule 2
        res = Result(f0, "pole", NAN, dl, dr, None)
    elif L[-1][0] == "osc" or L[1][0] == "osc":  # rule 3
        res = Result(f0, "oscillation", NAN, dl, dr, None)
    elif not same(L[-1][1], L[1][1]):  # rule 4
        res = Result(f0, "jump", NAN, dl, dr, None)
    elif f0 is UNDEF or not same(f0, L[1][1]):  # rule 5
        lim = L[1][1]
        ext = [lim0((branch[s] - lim) / (s * T)) for s in (-1, 1)]
        kind = "oscillation" if any(q[0] == "osc" for q in ext) else "removable"
        res = Result(f0, kind, NAN, dl, dr, None)
    else:  # rule 6: f continuous at x0
        if dl[0] == "nan" or dr[0] == "nan":
            kind = "oscillation"
        elif dl[0] == "inf" or dr[0] == "inf":
            kind = "cusp"
        elif not same(dl[1], dr[1]):
            kind = "kink"
        else:
            kind = "smooth"
        res = Result(f0, kind, dl if kind == "smooth" else NAN, dl, dr, None)
    if res is not None:
        res.methods = set(Method.used)
        res.limits = L
        res.branch = branch
    _analysis_cache[key] = res
    return res


def value_to_double(v):
    if v[0] == "nan":
        return math.nan
    if v[0] == "inf":
        return math.inf if v[1] > 0 else -math.inf
    if isinstance(v[1], sp.Float):
        return mpf_to_double(mpf(v[1]._mpf_))
    return to_double(v[1])


def fmt(d):
    if math.isnan(d):
        return "nan"
    if math.isinf(d):
        return "inf" if d > 0 else "-inf"
    if d == 0:
        return "0.0"
    return repr(d)


# ---------------------------------------------------------------------------
# An independent mpmath evaluator of the expression, for the cross-checks
# ---------------------------------------------------------------------------

def ev(n, xv):
    """f at the mpf xv with mpmath (None: undefined). Used only to cross-check."""
    k = n[0]
    if k == "num":
        return mpf(n[1])
    if k == "x":
        return xv
    if k == "const":
        return +mp.pi if n[1] == "pi" else +mp.e
    if k == "neg":
        a = ev(n[1], xv)
        return None if a is None else -a
    if k == "tern":
        c = ev(n[1], xv)
        if c is None:
            return None
        return ev(n[2], xv) if c != 0 else ev(n[3], xv)
    if k in ("bin", "cmp"):
        a, b = ev(n[2], xv), ev(n[3], xv)
        if a is None or b is None:
            return None
        op = n[1]
        if k == "cmp":
            return mpf(int({"<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b,
                            "==": a == b, "!=": a != b}[op]))
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            return None if b == 0 else a / b
        if b == int(b):
            return None if (a == 0 and b < 0) else a ** int(b)
        if a < 0:
            return None
        if a == 0:
            return mpf(0) if b > 0 else None
        return mpmath.power(a, b)
    if k in ("and", "or"):
        a, b = ev(n[1], xv), ev(n[2], xv)
        if a is None or b is None:
            return None
        return mpf(int((a != 0 and b != 0) if k == "and" else (a != 0 or b != 0)))
    args = [ev(a, xv) for a in n[2]]
    if any(a is None for a in args):
        return None
    name, u = n[1], args[0]
    if name == "relu":
        return max(u, mpf(0))
    if name == "abs":
        return abs(u)
    if name == "sign":
        return mpf(mpmath.sign(u))
    if name == "max":
        m = u
        for b in args[1:]:
            m = m if m >= b else b
        return m
    if name == "min":
        m = u
        for b in args[1:]:
            m = m if m <= b else b
        return m
    if name == "clamp":
        m = u if u >= args[1] else args[1]
        return m if m <= args[2] else args[2]
    if name == "floor":
        return mpmath.floor(u)
    if name == "ceil":
        return mpmath.ceil(u)
    if name == "rint":
        return mpmath.floor(u + mpf(0.5))
    if name == "sqrt":
        return None if u < 0 else mpmath.sqrt(u)
    if name == "cbrt":
        return mpmath.sign(u) * mpmath.cbrt(abs(u))
    if name in ("log", "ln", "log2", "log10"):
        if u <= 0:
            return None
        base = {"log": 1, "ln": 1, "log2": mpmath.log(2), "log10": mpmath.log(10)}[name]
        return mpmath.log(u) / base
    if name == "tan":
        return None if mpmath.cos(u) == 0 else mpmath.tan(u)
    if name in ("asin", "acos"):
        return None if abs(u) > 1 else (mpmath.asin(u) if name == "asin" else mpmath.acos(u))
    if name == "acosh":
        return None if u < 1 else mpmath.acosh(u)
    if name == "atanh":
        return None if abs(u) >= 1 else mpmath.atanh(u)
    if name == "atan2":
        return mpmath.atan2(u, args[1]) if (u != 0 or args[1] != 0) else mpf(0)
    if name == "sigmoid":
        return 1 / (1 + mpmath.exp(-u))
    if name == "softplus":
        return mpmath.log1p(mpmath.exp(u))
    if name == "sum":
        return mpmath.fsum(args)
    if name == "avg":
        return mpmath.fsum(args) / len(args)
    return {"sin": mpmath.sin, "cos": mpmath.cos, "exp": mpmath.exp, "sinh": mpmath.sinh,
            "cosh": mpmath.cosh, "tanh": mpmath.tanh, "asinh": mpmath.asinh,
            "atan": mpmath.atan, "erf": mpmath.erf, "erfc": mpmath.erfc}[name](u)


def cross_check(text, ast, x0, res):
    """Compare the derivation with direct high-precision evaluation of f near x0.
    Only a guard against errors in this script: it decides nothing."""
    with mp.workdps(400):
        xv = mpeval(x0)
        f_here = ev(ast, xv)
        if not x0.is_Rational:
            pass  # f at an irrational x0 cannot be sampled exactly: sides only
        elif res.f0 is UNDEF:
            if f_here is not None:
                raise Unsupported("%s at %s: derived undefined, evaluates to %s"
                                  % (text, x0, f_here))
        else:
            f0 = mpeval(sp.sympify(res.f0))
            if f_here is None or abs(f_here - f0) > mpf(10) ** -25 * abs(f0) + mpf(10) ** -100:
                raise Unsupported("%s at %s: derived f=%s, evaluates to %s"
                                  % (text, x0, f0, f_here))
        if not res.limits:  # a regular point: f' against a central difference
            if x0.is_Rational and res.df[0] == "fin":
                scale = min(abs(xv), mpf(1))
                h = mpf(10) ** -60 * scale ** 3 if xv != 0 else mpf(10) ** -700
                dps = 200 + int(-mpmath.log10(h)) + max(0, int(mpmath.log10(abs(xv) + 1)))
                with mp.workdps(dps):
                    xv = mpeval(x0)
                    a, b = ev(ast, xv + h), ev(ast, xv - h)
                    dv = mpeval(sp.sympify(res.df[1]))
                    q = (a - b) / (2 * h)
                    if abs(q - dv) > mpf(10) ** -20 * abs(dv) + mpf(10) ** -100:
                        raise Unsupported("%s at %s: f' = %s, central difference %s"
                                          % (text, x0, dv, q))
            return
        h, h2 = mpf(10) ** -30, mpf(10) ** -20
        for s, d in ((-1, res.dl), (1, res.dr)):
            v, v2 = ev(ast, xv + s * h), ev(ast, xv + s * h2)
            L = res.limits[s]
            where = "%s at %s side %d" % (text, x0, s)
            if L is None:
                if v is not None or v2 is not None:
                    raise Unsupported(where + ": derived undefined, evaluates")
                continue
            if v is None or v2 is None:
                raise Unsupported(where + ": derived defined, evaluates undefined")
            check_lim(where + " f", L, v, v2)
            if res.f0 is UNDEF or d[0] == "nan":
                continue
            f0 = mpeval(sp.sympify(res.f0))
            check_lim(where + " f'", d, (v - f0) / (s * h), (v2 - f0) / (s * h2))


def check_lim(where, L, v, v2):
    """v at offset 1e-30, v2 at 1e-20."""
    if L[0] == "fin":
        lv = mpeval(sp.sympify(L[1]))
        if abs(v - lv) > mpf(10) ** -6 * (1 + abs(lv)):
            raise Unsupported("%s: limit %s, sampled %s" % (where, lv, v))
    elif L[0] == "inf":
        if (v > 0) != (L[1] > 0) or (v2 > 0) != (L[1] > 0) or abs(v) <= abs(v2):
            raise Unsupported("%s: limit %s, sampled %s, %s" % (where, L, v, v2))


# ---------------------------------------------------------------------------
# Where the breakpoints can be: zeros of the switching functions (solveset)
# ---------------------------------------------------------------------------

def full(n):
    """The expression as one sympy expression in the real symbol XR (switches kept)."""
    k = n[0]
    if k == "num":
        return rnum(n[1])
    if k == "x":
        return XR
    if k == "const":
        return sp.pi if n[1] == "pi" else sp.E
    if k == "neg":
        return -full(n[1])
    if k == "bin":
        a, b = full(n[2]), full(n[3])
        return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
                "/": lambda: a / b, "^": lambda: a ** b}[n[1]]()
    if k == "cmp":
        a, b = full(n[2]), full(n[3])
        rel = {"<": sp.Lt, ">": sp.Gt, "<=": sp.Le, ">=": sp.Ge, "==": sp.Eq, "!=": sp.Ne}[n[1]]
        return sp.Piecewise((1, rel(a, b)), (0, True))
    if k in ("and", "or"):
        a, b = full(n[1]), full(n[2])
        cond = (sp.And if k == "and" else sp.Or)(sp.Ne(a, 0), sp.Ne(b, 0))
        return sp.Piecewise((1, cond), (0, True))
    if k == "tern":
        return sp.Piecewise((full(n[2]), sp.Ne(full(n[1]), 0)), (full(n[3]), True))
    a = [full(m) for m in n[2]]
    name, u = n[1], a[0]
    f = {"relu": lambda: sp.Max(0, u), "abs": lambda: sp.Abs(u), "sign": lambda: sp.sign(u),
         "max": lambda: sp.Max(*a), "min": lambda: sp.Min(*a),
         "clamp": lambda: sp.Min(sp.Max(u, a[1]), a[2]), "floor": lambda: sp.floor(u),
         "ceil": lambda: sp.ceiling(u), "rint": lambda: sp.floor(u + sp.Rational(1, 2)),
         "sqrt": lambda: sp.sqrt(u), "cbrt": lambda: sp.sign(u) * sp.Abs(u) ** sp.Rational(1, 3),
         "log": lambda: sp.log(u), "ln": lambda: sp.log(u), "log2": lambda: sp.log(u, 2),
         "log10": lambda: sp.log(u, 10), "sigmoid": lambda: 1 / (1 + sp.exp(-u)),
         "softplus": lambda: sp.log(1 + sp.exp(u)), "sum": lambda: sp.Add(*a),
         "avg": lambda: sp.Add(*a) / len(a), "atan2": lambda: sp.atan2(u, a[1]),
         "sin": lambda: sp.sin(u), "cos": lambda: sp.cos(u), "tan": lambda: sp.tan(u),
         "asin": lambda: sp.asin(u), "acos": lambda: sp.acos(u), "atan": lambda: sp.atan(u),
         "sinh": lambda: sp.sinh(u), "cosh": lambda: sp.cosh(u), "tanh": lambda: sp.tanh(u),
         "asinh": lambda: sp.asinh(u), "acosh": lambda: sp.acosh(u),
         "atanh": lambda: sp.atanh(u), "exp": lambda: sp.exp(u), "erf": lambda: sp.erf(u),
         "erfc": lambda: sp.erfc(u)}[name]
    return f()


def switches(n, out):
    """Collect (what, g): 'zero' (f may switch where g = 0) or 'int' (where g is an integer)."""
    k = n[0]
    if k in ("num", "x", "const"):
        return out
    if k == "bin":
        if n[1] == "/":
            out.append(("zero", full(n[3])))
        elif n[1] == "^":
            e = full(n[3])
            if e.has(XR) or as_integer(e) is None or as_integer(e) < 0:
                out.append(("zero", full(n[2])))
        switches(n[2], out)
        switches(n[3], out)
        return out
    if k == "cmp":
        out.append(("zero", full(n[2]) - full(n[3])))
        switches(n[2], out)
        switches(n[3], out)
        return out
    if k in ("and", "or"):
        out.append(("zero", full(n[1])))
        out.append(("zero", full(n[2])))
    elif k == "tern":
        out.append(("zero", full(n[1])))
    elif k == "call":
        name = n[1]
        a = [full(m) for m in n[2]]
        u = a[0]
        if name in ("relu", "abs", "sign", "sqrt", "cbrt", "log", "ln", "log2", "log10"):
            out.append(("zero", u))
        elif name in ("max", "min"):
            m = u
            for b in a[1:]:
                out.append(("zero", m - b))
                m = (sp.Max if name == "max" else sp.Min)(m, b)
        elif name == "clamp":
            out.append(("zero", u - a[1]))
            out.append(("zero", sp.Max(u, a[1]) - a[2]))
        elif name in ("floor", "ceil"):
            out.append(("int", u))
        elif name == "rint":
            out.append(("int", u + sp.Rational(1, 2)))
        elif name == "tan":
            out.append(("zero", sp.cos(u)))
        elif name in ("asin", "acos", "atanh"):
            out.append(("zero", u - 1))
            out.append(("zero", u + 1))
        elif name == "acosh":
            out.append(("zero", u - 1))
        elif name == "atan2":
            out.append(("zero", a[0]))
            out.append(("zero", a[1]))
        for m in n[2]:
            switches(m, out)
        return out
    for m in n[1:]:
        switches(m, out)
    return out


def enumerate_set(S, lo, hi):
    if S is sp.S.EmptySet:
        return []
    if isinstance(S, sp.FiniteSet):
        return [e for e in S if e.is_real and lo <= e <= hi]
    if isinstance(S, sp.Interval):
        return [e for e in (S.start, S.end) if e.is_finite and lo <= e <= hi]
    if isinstance(S, sp.Union):
        return [e for a in S.args for e in enumerate_set(a, lo, hi)]
    if isinstance(S, sp.Intersection):
        others = [a for a in S.args if not isinstance(a, sp.Interval)]
        if len(others) == 1:
            return enumerate_set(others[0], lo, hi)
    if isinstance(S, sp.ImageSet) and S.base_sets == (sp.S.Integers,):
        lam = S.lamda
        nn = lam.variables[0]
        expr = lam.expr
        if expr.is_polynomial(nn) and sp.degree(expr, nn) == 1:
            a = expr.coeff(nn, 1)
            b = expr.coeff(nn, 0)
            n_lo = sp.ceiling(((lo - b) / a) if a > 0 else ((hi - b) / a))
            n_hi = sp.floor(((hi - b) / a) if a > 0 else ((lo - b) / a))
            return [a * j + b for j in range(int(n_lo), int(n_hi) + 1)]
    raise Unsupported("cannot enumerate %s" % (S,))


def zeros_in(g, lo, hi):
    g = sp.sympify(g)
    if g == 0:
        return [sp.sympify(lo), sp.sympify(hi)]  # vanishes throughout: only the ends
    if not g.has(XR):
        return [sp.sympify(lo), sp.sympify(hi)] if is_zero_num(g) else []
    if g.is_polynomial(XR) and sp.degree(g, XR) == 1:
        r = -g.coeff(XR, 0) / g.coeff(XR, 1)
        return [r] if lo <= r <= hi else []
    try:
        S = with_timeout(120, sp.solveset, g, XR, sp.Interval(lo, hi))
        return enumerate_set(S, lo, hi)
    except (Unsupported, Timeout, NotImplementedError):
        pass
    S = with_timeout(120, sp.solveset, g, XR, sp.S.Reals)
    return enumerate_set(S, lo, hi)


def integer_crossings(g, lo, hi):
    g = sp.sympify(g)
    if not g.has(XR):
        return []
    if g.is_polynomial(XR) and sp.degree(g, XR) == 1:
        a, b = g.coeff(XR, 1), g.coeff(XR, 0)
        v1, v2 = sorted((a * lo + b, a * hi + b))
        return [(j - b) / a for j in range(int(sp.ceiling(v1)), int(sp.floor(v2)) + 1)]
    rng = with_timeout(120, sp.calculus.util.function_range, g, XR, sp.Interval(lo, hi))
    if not isinstance(rng, sp.Interval):
        raise Unsupported("range of %s: %s" % (g, rng))
    out = []
    for j in range(int(sp.ceiling(rng.start)), int(sp.floor(rng.end)) + 1):
        out += zeros_in(g - j, lo, hi)
    return out


def candidates(ast, lo, hi):
    """Every point of [lo, hi] where a switching function hits its switch value."""
    pts = []
    for what, g in switches(ast, []):
        pts += zeros_in(g, lo, hi) if what == "zero" else integer_crossings(g, lo, hi)
    return pts


def dedupe_sorted(pts):
    keyed = []
    for p in pts:
        p = sp.nsimplify(p) if isinstance(p, sp.Float) else sp.sympify(p)
        with mp.workdps(60):
            keyed.append((mpeval(p), p))
    keyed.sort(key=lambda kp: kp[0])
    out = []
    for v, p in keyed:
        if (out and abs(v - out[-1][0]) <= mpf(10) ** -50 * (1 + abs(v))
                and is_zero_num(p - out[-1][1])):
            continue
        out.append((v, p))
    return [p for _, p in out]


# ---------------------------------------------------------------------------
# The autograd column: the expression in PyTorch, float64, reverse mode
# ---------------------------------------------------------------------------

def torch_value(ast, xt):
    """f(xt) in torch, by the mapping of the module docstring."""
    import torch
    f64 = torch.float64

    class Cbrt(torch.autograd.Function):
        @staticmethod
        def forward(ctx, u):
            y = torch.sign(u) * torch.pow(torch.abs(u), 1.0 / 3.0)
            ctx.save_for_backward(y)
            return y

        @staticmethod
        def backward(ctx, grad):
            (y,) = ctx.saved_tensors
            return grad / (3.0 * y * y)

    def ten(a):
        return a if isinstance(a, torch.Tensor) else torch.tensor(a, dtype=f64)

    def like(a):  # a constant as a float64 tensor of x's shape
        return a if isinstance(a, torch.Tensor) else torch.full_like(xt, a)

    def go(n):
        if not has_x(n):
            v = konst(n)
            return v
        return ev_t(n)

    def konst(n):
        v = ev_t(n, const=True)
        return float(v.item()) if isinstance(v, torch.Tensor) else float(v)

    def ev_t(n, const=False):
        k = n[0]
        sub = (lambda m: ev_t(m, True)) if const else go
        if k == "num":
            return torch.tensor(n[1], dtype=f64) if const else n[1]
        if k == "x":
            return xt
        if k == "const":
            v = math.pi if n[1] == "pi" else math.e
            return torch.tensor(v, dtype=f64) if const else v
        if k == "neg":
            return -sub(n[1])
        if k == "bin":
            op = n[1]
            if op == "^":
                a = sub(n[2])
                if not has_x(n[3]):
                    return torch.pow(ten(a) if const else a, konst(n[3]))
                return torch.pow(a, sub(n[3]))
            a, b = sub(n[2]), sub(n[3])
            return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
                    "/": lambda: a / b}[op]()
        if k == "cmp":
            a, b = ten(sub(n[2])), ten(sub(n[3]))
            r = {"<": lambda: a < b, ">": lambda: a > b, "<=": lambda: a <= b,
                 ">=": lambda: a >= b, "==": lambda: a == b, "!=": lambda: a != b}[n[1]]()
            return r.to(f64)
        if k in ("and", "or"):
            a, b = ten(sub(n[1])) != 0, ten(sub(n[2])) != 0
            return ((a & b) if k == "and" else (a | b)).to(f64)
        if k == "tern":
            c = ten(sub(n[1]))
            return torch.where(c != 0, like(sub(n[2])), like(sub(n[3])))
        name = n[1]
        args = [sub(m) for m in n[2]]
        u = args[0]
        if name in ("max", "min"):
            op = torch.maximum if name == "max" else torch.minimum
            m = like(u)
            for b in args[1:]:
                m = op(m, like(b))
            return m
        if name == "clamp":
            if not has_x(n[2][1]) and not has_x(n[2][2]):
                return torch.clamp(ten(u), konst(n[2][1]), konst(n[2][2]))
            return torch.minimum(torch.maximum(like(u), like(args[1])), like(args[2]))
        if name == "sum":
            r = args[0]
            for b in args[1:]:
                r = r + b
            return r
        if name == "avg":
            r = args[0]
            for b in args[1:]:
                r = r + b
            return r / len(args)
        if name == "atan2":
            return torch.atan2(ten(args[0]), ten(args[1]))
        u = ten(u)
        if name == "rint":
            return torch.floor(u + 0.5)
        if name == "softplus":
            return torch.logaddexp(u, 0 * u)
        if name == "cbrt":
            return Cbrt.apply(u)
        fn = {"relu": torch.relu, "abs": torch.abs, "sign": torch.sign, "floor": torch.floor,
              "ceil": torch.ceil, "sigmoid": torch.sigmoid, "erf": torch.erf,
              "erfc": torch.erfc, "sqrt": torch.sqrt, "exp": torch.exp, "log": torch.log,
              "ln": torch.log, "log2": torch.log2, "log10": torch.log10, "sin": torch.sin,
              "cos": torch.cos, "tan": torch.tan, "asin": torch.asin, "acos": torch.acos,
              "atan": torch.atan, "sinh": torch.sinh, "cosh": torch.cosh, "tanh": torch.tanh,
              "asinh": torch.asinh, "acosh": torch.acosh, "atanh": torch.atanh}[name]
        return fn(u)

    return go(ast)


def autograd(ast, x):
    import torch
    t = torch.tensor(x, dtype=torch.float64, requires_grad=True)
    y = torch_value(ast, t)
    if not isinstance(y, torch.Tensor) or not y.requires_grad:
        return 0.0
    y.backward()
    return 0.0 if t.grad is None else float(t.grad.item())


# ---------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------

class Entry:
    def __init__(self, expr, lo=-1000, hi=1000, pts=(), bps=None):
        self.expr = expr
        self.lo, self.hi = lo, hi
        self.pts = tuple(pts)  # extra x, beside DEFAULT_XS and those around the candidates
        self.bps = bps  # closed form of the breakpoints in [lo, hi]: must match


def kpi(k0, k1, shift=0):
    return lambda: [k * sp.pi + shift for k in range(k0, k1 + 1)]


def ints(a, b, shift=0):
    return lambda: [sp.Integer(k) + shift for k in range(a, b + 1)]


def rat(v):
    return sp.Rational(Fraction(v))


FIFTY_RELUS = "relu(x)+" + "+".join("relu(x-%d)" % k for k in range(1, 50))
PI = sp.pi

TABLE = [
    # ReLU and its relatives
    Entry("relu(x)", pts=(1e-300, -1e-300, 1e4, -1e4), bps=lambda: [0]),
    Entry("relu(x)+relu(x-0.03)", pts=(0.015, 0.0299, 0.0301), bps=lambda: [0, rat(0.03)]),
    Entry("max(0,x)+max(0,x-1e-6)", pts=(5e-7, 2e-6), bps=lambda: [0, rat(1e-6)]),
    Entry("1e-6*relu(x)", bps=lambda: [0]),
    Entry("relu(x)-relu(-x)", bps=lambda: []),
    Entry("max(x,0)", bps=lambda: [0]),
    Entry("max(0,x)", bps=lambda: [0]),
    Entry("relu(x)-0.25*relu(-x)", bps=lambda: [0]),
    Entry(FIFTY_RELUS, pts=(-1e-9, 49.5, 100.0), bps=ints(0, 49)),
    Entry("relu(x)^2", pts=(1e-3, -1e-3, 1e-100), bps=lambda: []),
    Entry("relu(relu(x)-1)", bps=lambda: [1]),
    Entry("relu(x)+relu(-x)-abs(x)", bps=lambda: []),
    Entry("x*(x>0)", bps=lambda: [0]),
    Entry("(x>0)?x:0", bps=lambda: [0]),
    Entry("clamp(x,0,1e308)", pts=(1e308, 1.7e308), bps=lambda: [0]),
    Entry("clamp(x,0,1e308)-relu(x)", bps=lambda: []),
    Entry("min(1,max(-1,x))", bps=lambda: [-1, 1]),
    Entry("clamp(x,-1,1)", bps=lambda: [-1, 1]),
    Entry("relu(x-1e-6)", bps=lambda: [rat(1e-6)]),
    Entry("relu(x+1000)", pts=(-1000.5, -999.5), bps=lambda: [-1000]),
    Entry("relu(1-x)", bps=lambda: [1]),
    Entry("relu(x)*relu(1-x)", bps=lambda: [0, 1]),
    Entry("x-relu(x)", bps=lambda: [0]),
    Entry("0.01*x+0.99*relu(x)", bps=lambda: [0]),
    Entry("relu(2*x-1)", bps=lambda: [sp.Rational(1, 2)]),
    Entry("relu(x)^0.5", pts=(1e-300,), bps=lambda: [0]),
    Entry("sqrt(relu(x))", bps=lambda: [0]),
    Entry("relu(sin(x))", lo=-10, hi=10, bps=kpi(-3, 3)),
    Entry("max(x,x)", bps=lambda: []),
    Entry("max(x,2*x)", bps=lambda: [0]),
    Entry("min(x,x^2)", bps=lambda: [0, 1]),
    Entry("max(0,x,x-1)", bps=lambda: [0]),
    Entry("min(x,1,2-x)", bps=lambda: [1]),
    Entry("sum(relu(x),relu(-x))", bps=lambda: [0]),
    Entry("avg(x,abs(x))", bps=lambda: [0]),
    Entry("min(0,x)", bps=lambda: [0]),
    Entry("max(x,0)+min(x,0)", bps=lambda: []),
    Entry("relu(x)-relu(x-1)", bps=lambda: [0, 1]),
    Entry("relu(x)-relu(x-1e-9)", pts=(5e-10, 2e-9), bps=lambda: [0, rat(1e-9)]),
    Entry("relu(x+1000)+relu(x-1000)", pts=(999.5, 1000.5), bps=lambda: [-1000, 1000]),
    Entry("relu(x-1/3)", bps=lambda: [sp.Rational(1, 3)]),
    Entry("softplus(x)-relu(x)", bps=lambda: [0]),
    Entry("relu(x)*sigmoid(x)", bps=lambda: [0]),
    Entry("max(sin(x),cos(x))", lo=-10, hi=10, bps=kpi(-3, 2, PI / 4)),
    Entry("min(x^2,1)", bps=lambda: [-1, 1]),
    Entry("clamp(x^3,-1,8)", bps=lambda: [-1, 2]),
    Entry("clamp(x,0.5,0.25)", bps=lambda: []),
    Entry("clamp(x,-1,x)", bps=lambda: []),
    # abs
    Entry("abs(x)", pts=(1e-300, -1e-300), bps=lambda: [0]),
    Entry("abs(x-1000)", pts=(1000.5, 999.5), bps=lambda: [1000]),
    Entry("abs(x+1000)", pts=(-1000.5, -999.5), bps=lambda: [-1000]),
    Entry("abs(x-700.12345674)", pts=(700.0, 701.0), bps=lambda: [rat(700.12345674)]),
    Entry("abs(x-1500)", lo=-2000, hi=2000, pts=(1499.0, 1501.0), bps=lambda: [1500]),
    Entry("abs(x+2500)", lo=-3000, hi=3000, pts=(-2501.0, -2499.0), bps=lambda: [-2500]),
    Entry("abs(x)+abs(x-1e-9)", pts=(5e-10, 2e-9, -1e-9), bps=lambda: [0, rat(1e-9)]),
    Entry("abs(x-1/3)", pts=(0.3333333333, 0.3333333334), bps=lambda: [sp.Rational(1, 3)]),
    Entry("abs(x-1e-6)", bps=lambda: [rat(1e-6)]),
    Entry("abs(x-1e-300)", pts=(1e-300, 2e-300, -1e-300), bps=lambda: [rat(1e-300)]),
    Entry("abs(x-0.1)", bps=lambda: [rat(0.1)]),
    Entry("abs(abs(x)-1)", bps=lambda: [-1, 0, 1]),
    Entry("max(abs(x),0.5)", bps=lambda: [sp.Rational(-1, 2), sp.Rational(1, 2)]),
    Entry("abs(x)^3", pts=(1e-3, -1e-3, 1e-100, -1e-100), bps=lambda: []),
    Entry("x*abs(x)", pts=(1e-3, -1e-3, 1e-100), bps=lambda: []),
    Entry("abs(x^3)", bps=lambda: []),
    Entry("abs(x)^2", bps=lambda: []),
    Entry("abs(x)^1.5", pts=(1e-3, -1e-3), bps=lambda: []),
    Entry("abs(sin(x))", bps=kpi(-318, 318)),
    Entry("abs(cos(x))", lo=-10, hi=10, bps=kpi(-3, 2, PI / 2)),
    Entry("sqrt(abs(x))", pts=(1e-300, -1e-300), bps=lambda: [0]),
    Entry("sqrt(x*x)", bps=lambda: [0]),
    Entry("(x^2)^0.5", bps=lambda: [0]),
    Entry("abs(x^2-1)", bps=lambda: [-1, 1]),
    Entry("abs(exp(x)-2)", bps=lambda: [sp.log(2)]),
    Entry("abs(x)/2+x/2", bps=lambda: [0]),
    Entry("abs(1000*x)", bps=lambda: [0]),
    Entry("1e-6*abs(x)", bps=lambda: [0]),
    Entry("abs(tanh(x))", bps=lambda: [0]),
    Entry("abs(x)-x", bps=lambda: [0]),
    Entry("-x^2+abs(x)", bps=lambda: [0]),
    # sign, comparisons, logic, ?:
    Entry("sign(x)", pts=(1e-300, -1e-300), bps=lambda: [0]),
    Entry("x>0", pts=(1e-300, -1e-300), bps=lambda: [0]),
    Entry("x>=0", bps=lambda: [0]),
    Entry("x<0", bps=lambda: [0]),
    Entry("x<=0", bps=lambda: [0]),
    Entry("x==0", bps=lambda: [0]),
    Entry("x!=0", bps=lambda: [0]),
    Entry("x+(x>0)", bps=lambda: [0]),
    Entry("x/abs(x)", bps=lambda: [0]),
    Entry("sign(x)*x", bps=lambda: [0]),
    Entry("sign(x)*x^2", bps=lambda: []),
    Entry("sign(x-1)+sign(x+1)", bps=lambda: [-1, 1]),
    Entry("(x>0)-(x<0)", bps=lambda: [0]),
    Entry("(x>=1)*(x<=2)", bps=lambda: [1, 2]),
    Entry("x>0&&x<1", bps=lambda: [0, 1]),
    Entry("x<0||x>1", bps=lambda: [0, 1]),
    Entry("(x>0)*x^2", bps=lambda: []),
    Entry("(x>0)*sin(x)", bps=lambda: [0]),
    Entry("x==1?5:x", bps=lambda: [1]),
    Entry("x!=0?sin(x)/x:1", bps=lambda: []),
    Entry("x<0?-x:x", bps=lambda: [0]),
    Entry("x<0?0:1/x", bps=lambda: [0]),
    Entry("x>0?1/x:0", bps=lambda: [0]),
    Entry("x>0?sqrt(x):-sqrt(-x)", bps=lambda: [0]),
    Entry("x<1?x:2-x", bps=lambda: [1]),
    Entry("x<1?x:x+1", bps=lambda: [1]),
    Entry("x<0?-1:x<1?0:1", bps=lambda: [0, 1]),
    Entry("(x>0)+(x>1)+(x>2)", bps=lambda: [0, 1, 2]),
    Entry("x>1e-6", bps=lambda: [rat(1e-6)]),
    Entry("(x>=0)*(1-x)", bps=lambda: [0]),
    Entry("1<x<3", bps=lambda: []),
    Entry("2*x>1", bps=lambda: [sp.Rational(1, 2)]),
    Entry("x>=1/3", bps=lambda: [sp.Rational(1, 3)]),
    Entry("x^2>1", bps=lambda: [-1, 1]),
    Entry("x*x==x", bps=lambda: [0, 1]),
    Entry("x>0?x^2:-x^2", bps=lambda: []),
    Entry("(x<1||x>2)&&x!=5", bps=lambda: [1, 2, 5]),
    # floor, ceil, rint
    Entry("floor(x)", pts=(1e-300, -1e-300, 999.5), bps=ints(-1000, 1000)),
    Entry("ceil(x)", lo=-5, hi=5, bps=ints(-5, 5)),
    Entry("rint(x)", lo=-5, hi=5, pts=(2.5, -2.5, 0.5, -0.5), bps=ints(-5, 4, sp.Rational(1, 2))),
    Entry("floor(x)+x", lo=-5, hi=5, bps=ints(-5, 5)),
    Entry("x-floor(x)", lo=-3, hi=3, bps=ints(-3, 3)),
    Entry("floor(2*x)/2", lo=-2, hi=2, bps=lambda: [sp.Rational(k, 2) for k in range(-4, 5)]),
    Entry("floor(x^2)", lo=-2, hi=2,
          bps=lambda: [-2, -sp.sqrt(3), -sp.sqrt(2), -1, 1, sp.sqrt(2), sp.sqrt(3), 2]),
    Entry("ceil(x)-floor(x)", lo=-3, hi=3, bps=ints(-3, 3)),
    Entry("floor(sin(x))", lo=-10, hi=10,
          bps=lambda: sorted([k * sp.pi for k in range(-3, 4)]
                             + [sp.pi / 2 + 2 * k * sp.pi for k in range(-1, 2)],
                             key=lambda v: float(v))),
    Entry("rint(10*x)/10", lo=-0.5, hi=0.5,
          bps=lambda: [sp.Rational(2 * k + 1, 20) for k in range(-5, 5)]),
    Entry("x*floor(x)", lo=-3, hi=3, bps=lambda: [-3, -2, -1, 0, 1, 2, 3]),
    Entry("floor(x)+floor(-x)", lo=-3, hi=3, bps=ints(-3, 3)),
    # smooth functions, tails, large |x|
    Entry("sin(x)", pts=(1e4, -1e4, 1e6, 3.141592653589793, 1e-300), bps=lambda: []),
    Entry("cos(x)", pts=(1e4, 1.5707963267948966), bps=lambda: []),
    Entry("tan(x)", lo=-10, hi=10, pts=(1.5707963267948966, 1.5707963267948968, 1.5, 1e4),
          bps=kpi(-3, 2, PI / 2)),
    Entry("1/tan(x)", lo=-4, hi=4, bps=lambda: [-sp.pi, -sp.pi / 2, 0, sp.pi / 2, sp.pi]),
    Entry("x/sin(x)", lo=-10, hi=10, bps=kpi(-3, 3)),
    Entry("exp(x)", pts=(-745.0, -744.0, -700.0, 705.0, 709.0, 709.7), bps=lambda: []),
    Entry("exp(-x)", pts=(-709.0, 745.0), bps=lambda: []),
    Entry("exp(-x^2)", pts=(27.0, 30.0), bps=lambda: []),
    Entry("exp(x)-1", pts=(1e-20, -1e-20, 1e-300), bps=lambda: []),
    Entry("cos(x)-1", pts=(1e-10, -1e-10), bps=lambda: []),
    Entry("x*exp(-x)", pts=(700.0, -700.0), bps=lambda: []),
    Entry("sinh(x)", pts=(700.0, -700.0, 1e-20), bps=lambda: []),
    Entry("cosh(x)", pts=(700.0, -700.0), bps=lambda: []),
    Entry("tanh(x)", pts=(20.0, -20.0, 1e-20), bps=lambda: []),
    Entry("tanh(1e5*x)", pts=(1e-5, -1e-5, 1e-6, 1e-4), bps=lambda: []),
    Entry("log(x)", pts=(1e-300, 1e300, 5e-324), bps=lambda: [0]),
    Entry("ln(x)", pts=(1e-300,), bps=lambda: [0]),
    Entry("log2(x)", pts=(1024.0, 1e-300), bps=lambda: [0]),
    Entry("log10(x)", pts=(1000.0, 1e-300), bps=lambda: [0]),
    Entry("log(-x)", bps=lambda: [0]),
    Entry("log(abs(x))", pts=(1e-300, -1e-300), bps=lambda: [0]),
    Entry("log(x^2)", bps=lambda: [0]),
    Entry("log(1+x)", pts=(1e-20, -0.999999), bps=lambda: [-1]),
    Entry("log(relu(x))", bps=lambda: [0]),
    Entry("x*log(x)", pts=(1e-300,), bps=lambda: [0]),
    Entry("sqrt(x)", pts=(1e-300, 5e-324, 1e300), bps=lambda: [0]),
    Entry("sqrt(-x)", bps=lambda: [0]),
    Entry("sqrt(1-x^2)", bps=lambda: [-1, 1]),
    Entry("sqrt(x)^2", bps=lambda: [0]),
    Entry("sqrt(x^2+1e-12)", pts=(1e-6, 1e-7), bps=lambda: []),
    Entry("x^0.5", pts=(1e-300,), bps=lambda: [0]),
    Entry("x^1.5", pts=(1e-300, 1e-3), bps=lambda: [0]),
    Entry("x^2", pts=(1e154, 1e-200), bps=lambda: []),
    Entry("x^3-x", bps=lambda: []),
    Entry("x^-2", bps=lambda: [0]),
    Entry("x^-0.5", bps=lambda: [0]),
    Entry("x^(1/3)", bps=lambda: [0]),
    Entry("x^2^0.5", bps=lambda: [0]),
    Entry("2^x", pts=(1023.0, -1074.0, -1075.0), bps=lambda: []),
    Entry("_e^x", bps=lambda: []),
    Entry("_pi*x", bps=lambda: []),
    Entry("2^3^2*x", bps=lambda: []),
    Entry("-x^2", bps=lambda: []),
    Entry("1/x", pts=(1e-300, -1e-300), bps=lambda: [0]),
    Entry("1/x^2", bps=lambda: [0]),
    Entry("1/(x-1)", bps=lambda: [1]),
    Entry("1/relu(x)", bps=lambda: [0]),
    Entry("relu(x)/x", bps=lambda: [0]),
    Entry("x/(x>0)", bps=lambda: [0]),
    Entry("sin(x)/x", pts=(1e-300, 1e-10), bps=lambda: [0]),
    Entry("x/x", bps=lambda: [0]),
    Entry("(x^2-1)/(x-1)", bps=lambda: [1]),
    Entry("x*sin(1/x)", pts=(1e-3, 1e-300), bps=lambda: [0]),
    Entry("sin(1/x)", pts=(1e-3,), bps=lambda: [0]),
    Entry("x^2*sin(1/x)", pts=(1e-3,), bps=lambda: [0]),
    Entry("exp(-1/x^2)", pts=(0.1, 0.05), bps=lambda: [0]),
    Entry("exp(1/x)", pts=(-1e-3, 1e-3), bps=lambda: [0]),
    Entry("exp(-1/x)", bps=lambda: [0]),
    Entry("atan(1/x)", bps=lambda: [0]),
    Entry("cbrt(x)", pts=(-8.0, 27.0, 1e-300, -1e-300), bps=lambda: [0]),
    Entry("cbrt(x-1)", bps=lambda: [1]),
    Entry("cbrt(x^2)", bps=lambda: [0]),
    Entry("cbrt(x)^3", bps=lambda: []),
    Entry("asin(x)", bps=lambda: [-1, 1]),
    Entry("acos(x)", bps=lambda: [-1, 1]),
    Entry("atan(x)", pts=(1e300,), bps=lambda: []),
    Entry("asinh(x)", pts=(1e300, -1e300), bps=lambda: []),
    Entry("acosh(x)", pts=(1e300,), bps=lambda: [1]),
    Entry("atanh(x)", pts=(0.999999,), bps=lambda: [-1, 1]),
    Entry("atan2(1,x)", bps=lambda: []),
    Entry("atan2(x,-1)", bps=lambda: [0]),
    Entry("atan2(x,1)", bps=lambda: []),
    # sigmoid, softplus, erf, erfc
    Entry("sigmoid(x)", pts=(40.0, -40.0, 800.0, -800.0, 745.0, -745.0), bps=lambda: []),
    Entry("sigmoid(1000*x)", pts=(1e-3, -1e-3, 0.5), bps=lambda: []),
    Entry("softplus(x)", pts=(30.0, -30.0, 800.0, -800.0, -745.0, 1e-20), bps=lambda: []),
    Entry("softplus(1000*x)/1000", pts=(1e-3, -1e-3, 1.0, -1.0, 0.5, -0.5), bps=lambda: []),
    Entry("softplus(-x)", pts=(-800.0, 800.0), bps=lambda: []),
    Entry("log(sigmoid(x))", pts=(-800.0, 800.0, 40.0), bps=lambda: []),
    Entry("x*sigmoid(x)", pts=(-800.0, 800.0, -40.0), bps=lambda: []),
    Entry("erf(x)", pts=(6.0, -6.0, 30.0, -30.0, 1e-300), bps=lambda: []),
    Entry("erfc(x)", pts=(5.0, 26.0, 27.5, 30.0, -30.0), bps=lambda: []),
    Entry("erf(1000*x)", pts=(1e-3, -1e-3), bps=lambda: []),
    Entry("x*erf(x)", bps=lambda: []),
    Entry("sum(x,x^2,x^3)", bps=lambda: []),
    Entry("avg(x,-x)", bps=lambda: []),
    Entry("x*x-x^2", bps=lambda: []),
]

DEFAULT_XS = (-3.7, -1.25, -0.4, 0.0, 0.3, 0.7, 1.6, 3.3)
NEAR = 4.0  # with more than 60 candidates, only those with |c| <= NEAR (and the two ends)
STEP = 1e-9  # c - STEP and c + STEP (in double) around every listed candidate c


def nearest_double(c):
    return to_double(c) + 0.0


def point_xs(entry, cands):
    xs = set(DEFAULT_XS) | set(entry.pts)
    listed = cands
    if len(cands) > 60:
        with mp.workdps(30):
            listed = [c for c in cands if abs(mpeval(c)) <= NEAR] + [cands[0], cands[-1]]
    for c in listed:
        d = nearest_double(c)
        xs.update((d, d - STEP, d + STEP))
        if not (sp.Rational(Fraction(d)) - c).is_zero:  # not a double: its other neighbour too
            xs.add(math.nextafter(d, math.inf if sp.Rational(Fraction(d)) < c else -math.inf))
    return sorted(x + 0.0 for x in xs if math.isfinite(x))


def process(entry):
    text = entry.expr
    ast = parse(text)
    lo, hi = sp.Rational(Fraction(entry.lo)), sp.Rational(Fraction(entry.hi))
    cands = dedupe_sorted(candidates(ast, lo, hi))
    analysed = []
    for c in cands:
        r = analyse(text, ast, c)
        if r is not None:
            analysed.append((c, r))
            cross_check(text, ast, c, r)
    bps = [(c, r) for c, r in analysed if r.kind != "smooth"]
    if entry.bps is not None:
        expected = dedupe_sorted([sp.sympify(v) for v in entry.bps()])
        got = [c for c, _ in bps]
        if len(expected) != len(got) or any(not is_zero_num(a - b) for a, b in zip(expected, got)):
            raise Unsupported("%s: breakpoints %s, closed form says %s"
                              % (text, got[:20], expected[:20]))
    bp_rows = [(text, entry.lo, entry.hi, nearest_double(c), r.kind,
                value_to_double(r.dl), value_to_double(r.dr)) for c, r in bps]
    point_rows, skipped, methods = [], [], {}
    for x in point_xs(entry, [c for c, _ in analysed] or cands):
        x0 = sp.Rational(Fraction(x)) if x != 0 else sp.Integer(0)
        r = analyse(text, ast, x0)
        if r is None:
            skipped.append(x)
            continue
        cross_check(text, ast, x0, r)
        f = math.nan if r.f0 is UNDEF else to_double(r.f0)
        point_rows.append((text, x, f, value_to_double(r.df), value_to_double(r.dl),
                           value_to_double(r.dr), r.kind))
        methods[x] = sorted(r.methods)
    return dict(expr=text, points=point_rows, bps=bp_rows, count=len(bp_rows),
                skipped=skipped, methods=methods, lo=entry.lo, hi=entry.hi,
                bp_methods=[sorted(r.methods) for _, r in bps])


def run_one(i):
    try:
        return process(TABLE[i])
    except (Exception, Timeout) as exc:  # report every failing row, not only the first
        import traceback
        return dict(error="%s: %s\n%s" % (TABLE[i].expr, exc, traceback.format_exc(limit=-3)))


def main():
    import time
    t0 = time.time()
    args = sys.argv[1:]
    verbose = "--verbose" in args
    only = [a for a in args if a != "--verbose"]
    idx = [i for i, e in enumerate(TABLE) if not only or e.expr in only]
    results = []
    for i in idx:
        t1 = time.time()
        results.append(run_one(i))
        if verbose:
            print("%6.1f s  %s%s" % (time.time() - t1, TABLE[i].expr,
                                     "  FAILED" if "error" in results[-1] else ""), flush=True)
    errors = [res["error"] for res in results if "error" in res]
    if errors:
        raise SystemExit("make_expression_reference: %d failures\n%s"
                         % (len(errors), "\n".join(errors)))
    points, bps, counts, fallback = [], [], [], []
    tally, bp_tally = {}, {}
    for i, res in zip(idx, results):
        ast = parse(res["expr"])
        for row in res["points"]:
            points.append(row + (autograd(ast, row[1]),))
            if "mpmath" in res["methods"].get(row[1], ()):
                fallback.append((res["expr"], row[1]))
        bps += res["bps"]
        counts.append((res["expr"], res["lo"], res["hi"], res["count"]))
        for x, m in res["methods"].items():
            tally[" + ".join(m)] = tally.get(" + ".join(m), 0) + 1
        for m in res["bp_methods"]:
            bp_tally[" + ".join(m)] = bp_tally.get(" + ".join(m), 0) + 1
        if verbose and res["skipped"]:
            print("note: %s: undefined on both sides of %s: not listed"
                  % (res["expr"], ", ".join(repr(x) for x in res["skipped"])))
    for e, x in fallback:
        print("mpmath fallback: %s at %r" % (e, x))
    for name, t in (("point rows", tally), ("breakpoint rows", bp_tally)):
        print("%s by method: %s" % (name, "; ".join("%s: %d" % kv for kv in sorted(t.items()))))
    tables = (
        (OUT_POINTS, ["expression", "x", "f", "df", "df_left", "df_right", "kind", "autograd"],
         [[e, fmt(x), fmt(f), fmt(df), fmt(dl), fmt(dr), kind, fmt(ag)]
          for e, x, f, df, dl, dr, kind, ag in points]),
        (OUT_BREAKPOINTS, ["expression", "from", "to", "x", "kind", "df_left", "df_right"],
         [[e, fmt(float(lo)), fmt(float(hi)), fmt(x), kind, fmt(dl), fmt(dr)]
          for e, lo, hi, x, kind, dl, dr in bps]),
        (OUT_COUNTS, ["expression", "from", "to", "count"],
         [[e, fmt(float(lo)), fmt(float(hi)), n] for e, lo, hi, n in counts]),
    )
    for path, header, rows in tables:
        if only:  # a partial run shows its rows and leaves the data files alone
            w = csv.writer(sys.stdout, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)
            continue
        os.makedirs(DATA, exist_ok=True)
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)
    print("make_expression_reference: %d expressions, %d points, %d breakpoints (%.0f s)"
          % (len(counts), len(points), len(bps), time.time() - t0))


if __name__ == "__main__":
    main()
