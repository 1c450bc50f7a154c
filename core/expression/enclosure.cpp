// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "enclosure.h"

#include "scalarops.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace Expression {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double pi = M_PI;
constexpr int exactUlps = 1; ///< +, −, ×, ÷, sqrt: correctly rounded
constexpr int libmUlps = 4; ///< exp, sin, erf, ...: glibc's documented error, and a margin

double down(double v, int ulps)
{
    if (std::isnan(v))
        return -inf;
    for (int i = 0; i < ulps && v != -inf; ++i)
        v = std::nextafter(v, -inf);
    return v;
}

double up(double v, int ulps)
{
    if (std::isnan(v))
        return inf;
    for (int i = 0; i < ulps && v != inf; ++i)
        v = std::nextafter(v, inf);
    return v;
}

Enclosure bounds(double lo, double hi, int ulps, bool partial)
{
    Enclosure e;
    e.lo = down(std::min(lo, hi), ulps);
    e.hi = up(std::max(lo, hi), ulps);
    e.partial = partial;
    return e;
}

/** The hull of the given values, ignoring NaN (from 0·inf, where the limit is 0). */
Enclosure hullOf(std::initializer_list<double> values, int ulps, bool partial)
{
    double lo = inf, hi = -inf;
    for (double v : values) {
        if (std::isnan(v))
            v = 0.0;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    return bounds(lo, hi, ulps, partial);
}

bool eitherPartial(const Enclosure &a, const Enclosure &b)
{
    return a.partial || b.partial;
}

/**
 * The rounded result r moved one step down (dir −1) where the exact result lies below it
 * (`below`), or up (+1) where it lies above (`above`); otherwise r, which is then a bound.
 */
double outward(double r, bool below, bool above, int dir)
{
    if (dir < 0 && below)
        return std::nextafter(r, -inf);
    if (dir > 0 && above)
        return std::nextafter(r, inf);
    return r;
}

/**
 * a + b rounded down (dir −1) or up (+1): exact sums stay exact, so [1, 1] − [1, 1] is [0, 0]
 * and max(x, x) is seen to have no isolated switching point. Knuth's TwoSum gives the error.
 */
double sumRounded(double a, double b, int dir)
{
    const double s = a + b;
    if (!std::isfinite(s))
        return s;
    const double bb = s - a;
    const double err = (a - (s - bb)) + (b - bb);
    return outward(s, err<0, err> 0, dir);
}

/** a·b rounded down or up; the fma gives the error, except where the product underflows. */
double productRounded(double a, double b, int dir)
{
    const double p = a * b;
    if (!std::isfinite(p) || a == 0.0 || b == 0.0)
        return std::isnan(p) ? 0.0 : p; // 0·inf: the limit of a bound, 0
    if (std::abs(p) < 0x1p-960) // near underflow the fma's error is not exact
        return dir < 0 ? std::nextafter(p, -inf) : std::nextafter(p, inf);
    const double err = std::fma(a, b, -p);
    return outward(p, err<0, err> 0, dir);
}

/** a/b rounded down or up: q·b − a tells on which side of the true quotient q lies. */
double quotientRounded(double a, double b, int dir)
{
    const double q = a / b;
    if (!std::isfinite(q) || a == 0.0)
        return q;
    if (std::abs(q) < 0x1p-960 || std::abs(a) < 0x1p-960)
        return dir < 0 ? std::nextafter(q, -inf) : std::nextafter(q, inf);
    const double r = std::fma(q, b, -a); // q·b − a, exactly
    const bool tooLarge = b > 0 ? r > 0 : r < 0;
    const bool tooSmall = b > 0 ? r < 0 : r > 0;
    return outward(q, tooLarge, tooSmall, dir);
}

Enclosure add(const Enclosure &a, const Enclosure &b)
{
    if (a.isEmpty() || b.isEmpty())
        return Enclosure::undefined();
    const double lo = sumRounded(a.lo, b.lo, -1), hi = sumRounded(a.hi, b.hi, +1);
    if (std::isnan(lo) || std::isnan(hi))
        return Enclosure::whole();
    Enclosure e = Enclosure::of(lo, hi);
    e.partial = eitherPartial(a, b);
    return e;
}

Enclosure negate(const Enclosure &a)
{
    Enclosure e = a;
    e.lo = -a.hi;
    e.hi = -a.lo;
    return e;
}

Enclosure subtract(const Enclosure &a, const Enclosure &b)
{
    return add(a, negate(b));
}

Enclosure multiply(const Enclosure &a, const Enclosure &b)
{
    if (a.isEmpty() || b.isEmpty())
        return Enclosure::undefined();
    if (a.isZero() || b.isZero())
        return Enclosure::point(0.0);
    Enclosure e = Enclosure::of(
        std::min({ productRounded(a.lo, b.lo, -1), productRounded(a.lo, b.hi, -1),
                   productRounded(a.hi, b.lo, -1), productRounded(a.hi, b.hi, -1) }),
        std::max({ productRounded(a.lo, b.lo, +1), productRounded(a.lo, b.hi, +1),
                   productRounded(a.hi, b.lo, +1), productRounded(a.hi, b.hi, +1) }));
    e.partial = eitherPartial(a, b);
    return e;
}

Enclosure scale(double k, const Enclosure &a)
{
    return multiply(Enclosure::point(k), a);
}

Enclosure reciprocal(const Enclosure &b)
{
    if (b.isEmpty() || b.isZero())
        return Enclosure::undefined();
    if (b.contains(0.0)) {
        Enclosure e = Enclosure::whole();
        e.partial = true;
        return e;
    }
    Enclosure e
        = Enclosure::of(std::min(quotientRounded(1.0, b.lo, -1), quotientRounded(1.0, b.hi, -1)),
                        std::max(quotientRounded(1.0, b.lo, +1), quotientRounded(1.0, b.hi, +1)));
    e.partial = b.partial;
    return e;
}

Enclosure divide(const Enclosure &a, const Enclosure &b)
{
    if (a.isEmpty() || b.isEmpty() || b.isZero())
        return Enclosure::undefined();
    if (b.contains(0.0)) {
        Enclosure e = Enclosure::whole();
        e.partial = true;
        return e;
    }
    Enclosure e = Enclosure::of(
        std::min({ quotientRounded(a.lo, b.lo, -1), quotientRounded(a.lo, b.hi, -1),
                   quotientRounded(a.hi, b.lo, -1), quotientRounded(a.hi, b.hi, -1) }),
        std::max({ quotientRounded(a.lo, b.lo, +1), quotientRounded(a.lo, b.hi, +1),
                   quotientRounded(a.hi, b.lo, +1), quotientRounded(a.hi, b.hi, +1) }));
    e.partial = eitherPartial(a, b);
    return e;
}

Enclosure square(const Enclosure &a)
{
    if (a.isEmpty())
        return a;
    const double lDown = productRounded(a.lo, a.lo, -1), lUp = productRounded(a.lo, a.lo, +1);
    const double hDown = productRounded(a.hi, a.hi, -1), hUp = productRounded(a.hi, a.hi, +1);
    Enclosure e = a.contains(0.0) ? Enclosure::of(0.0, std::max(lUp, hUp))
                                  : Enclosure::of(std::min(lDown, hDown), std::max(lUp, hUp));
    e.partial = a.partial;
    return e;
}

/** f monotone increasing on [domainLo, domainHi]; the box is cut to the domain. */
template<typename F>
Enclosure increasing(const Enclosure &a, F f, double domainLo = -inf, double domainHi = inf,
                     int ulps = libmUlps)
{
    if (a.isEmpty() || a.hi < domainLo || a.lo > domainHi)
        return Enclosure::undefined();
    const bool cut = a.lo < domainLo || a.hi > domainHi;
    const double lo = std::max(a.lo, domainLo), hi = std::min(a.hi, domainHi);
    return bounds(f(lo), f(hi), ulps, a.partial || cut);
}

template<typename F>
Enclosure decreasing(const Enclosure &a, F f, double domainLo = -inf, double domainHi = inf)
{
    if (a.isEmpty() || a.hi < domainLo || a.lo > domainHi)
        return Enclosure::undefined();
    const bool cut = a.lo < domainLo || a.hi > domainHi;
    const double lo = std::max(a.lo, domainLo), hi = std::min(a.hi, domainHi);
    return bounds(f(hi), f(lo), libmUlps, a.partial || cut);
}

/** A function of |u| that decreases as |u| grows (σ′, erf′ up to scale): at most g(0). */
template<typename G> Enclosure bellShaped(const Enclosure &a, G g)
{
    if (a.isEmpty())
        return a;
    const double nearest = a.contains(0.0) ? 0.0 : std::min(std::abs(a.lo), std::abs(a.hi));
    const double farthest = std::max(std::abs(a.lo), std::abs(a.hi));
    return bounds(g(farthest), g(nearest), libmUlps, a.partial);
}

/**
 * Whether some t = offset + k·period (k an integer) lies in the box, allowing for the error of
 * computing k·period in doubles at |t| that large.
 */
bool hits(const Enclosure &a, double offset, double period)
{
    const double slack
        = 8 * std::numeric_limits<double>::epsilon() * std::max(std::abs(a.lo), std::abs(a.hi))
        + 1e-15;
    const double k = std::ceil((a.lo - slack - offset) / period);
    return offset + k * period <= a.hi + slack;
}

Enclosure sine(const Enclosure &a, double phase)
{
    // sin(u + phase); cos is sin with phase π/2.
    if (a.isEmpty())
        return a;
    if (!std::isfinite(a.lo) || !std::isfinite(a.hi) || a.hi - a.lo >= 2 * pi)
        return bounds(-1.0, 1.0, 0, a.partial);
    double lo = std::min(std::sin(a.lo + phase), std::sin(a.hi + phase));
    double hi = std::max(std::sin(a.lo + phase), std::sin(a.hi + phase));
    if (phase != 0.0) { // sin(u + π/2) is cos(u): evaluate it as cos, the phase sum rounds
        lo = std::min(std::cos(a.lo), std::cos(a.hi));
        hi = std::max(std::cos(a.lo), std::cos(a.hi));
    }
    Enclosure e = bounds(lo, hi, libmUlps, a.partial);
    if (hits(a, pi / 2 - phase, 2 * pi))
        e.hi = 1.0;
    if (hits(a, -pi / 2 - phase, 2 * pi))
        e.lo = -1.0;
    e.lo = std::max(e.lo, -1.0);
    e.hi = std::min(e.hi, 1.0);
    return e;
}

Enclosure tangent(const Enclosure &a)
{
    if (a.isEmpty())
        return a;
    if (!std::isfinite(a.lo) || !std::isfinite(a.hi) || a.hi - a.lo >= pi || hits(a, pi / 2, pi)) {
        Enclosure e = Enclosure::whole();
        e.partial = a.partial;
        return e;
    }
    return bounds(std::tan(a.lo), std::tan(a.hi), libmUlps, a.partial);
}

Enclosure power(const Enclosure &a, const Enclosure &b, bool exponentIsConstant)
{
    if (a.isEmpty() || b.isEmpty())
        return Enclosure::undefined();
    if (exponentIsConstant && b.lo == b.hi) {
        const double p = b.lo;
        if (p == 0.0)
            return Enclosure::point(1.0);
        const bool integer = std::floor(p) == p && std::abs(p) < 1e15;
        if (integer) {
            const bool even = std::fmod(std::abs(p), 2.0) == 0.0;
            if (p > 0) {
                if (even && a.contains(0.0))
                    return bounds(0.0, std::max(std::pow(a.lo, p), std::pow(a.hi, p)), libmUlps,
                                  a.partial);
                return hullOf({ std::pow(a.lo, p), std::pow(a.hi, p) }, libmUlps, a.partial);
            }
            if (a.contains(0.0)) {
                Enclosure e = Enclosure::whole();
                e.partial = true;
                return e;
            }
            return hullOf({ std::pow(a.lo, p), std::pow(a.hi, p) }, libmUlps, a.partial);
        }
        // A fractional exponent: defined for u >= 0 only.
        if (p > 0)
            return increasing(
                a, [p](double u) { return std::pow(u, p); }, 0.0);
        return decreasing(
            a, [p](double u) { return std::pow(u, p); }, 0.0);
    }
    // exp(b·ln a), for a > 0; a negative base with a varying exponent has no real value but at
    // integers, and is left to the point evaluations.
    if (a.hi <= 0.0)
        return Enclosure::undefined();
    Enclosure base = a;
    if (base.lo <= 0.0) {
        base.lo = std::numeric_limits<double>::min();
        base.partial = true;
    }
    const Enclosure logBase = increasing(
        base, [](double u) { return std::log(u); }, 0.0);
    return increasing(multiply(b, logBase), [](double u) { return std::exp(u); });
}

Enclosure truthOf(const Enclosure &a)
{
    // 1 where a ≠ 0, 0 where a = 0; [0, 1] where both may happen.
    if (a.isEmpty())
        return a;
    if (a.isZero())
        return Enclosure::point(0.0);
    if (a.excludesZero())
        return bounds(1.0, 1.0, 0, a.partial);
    return bounds(0.0, 1.0, 0, a.partial);
}

Enclosure compare(Op op, const Enclosure &a, const Enclosure &b)
{
    if (a.isEmpty() || b.isEmpty())
        return Enclosure::undefined();
    bool canBeTrue = false, canBeFalse = false;
    switch (op) {
    case Op::Less:
        canBeTrue = a.lo < b.hi;
        canBeFalse = a.hi >= b.lo;
        break;
    case Op::Greater:
        canBeTrue = a.hi > b.lo;
        canBeFalse = a.lo <= b.hi;
        break;
    case Op::LessEqual:
        canBeTrue = a.lo <= b.hi;
        canBeFalse = a.hi > b.lo;
        break;
    case Op::GreaterEqual:
        canBeTrue = a.hi >= b.lo;
        canBeFalse = a.lo < b.hi;
        break;
    case Op::Equal:
        canBeTrue = a.lo <= b.hi && b.lo <= a.hi;
        canBeFalse = !(a.lo == a.hi && b.lo == b.hi && a.lo == b.lo);
        break;
    case Op::NotEqual:
        canBeFalse = a.lo <= b.hi && b.lo <= a.hi;
        canBeTrue = !(a.lo == a.hi && b.lo == b.hi && a.lo == b.lo);
        break;
    default: break;
    }
    return bounds(canBeFalse ? 0.0 : 1.0, canBeTrue ? 1.0 : 0.0, 0, eitherPartial(a, b));
}

Enclosure maxOf(const Enclosure &a, const Enclosure &b)
{
    if (a.isEmpty() || b.isEmpty())
        return Enclosure::undefined();
    return bounds(std::max(a.lo, b.lo), std::max(a.hi, b.hi), 0, eitherPartial(a, b));
}

Enclosure minOf(const Enclosure &a, const Enclosure &b)
{
    if (a.isEmpty() || b.isEmpty())
        return Enclosure::undefined();
    return bounds(std::min(a.lo, b.lo), std::min(a.hi, b.hi), 0, eitherPartial(a, b));
}

/** The slope of max(a, b): a's where a is certainly larger, b's where b is, else both. */
Enclosure pickSlope(const SlopeEnclosure &a, const SlopeEnclosure &b, bool larger)
{
    const bool aWins = larger ? a.value.lo > b.value.hi : a.value.hi < b.value.lo;
    const bool bWins = larger ? b.value.lo > a.value.hi : b.value.hi < a.value.lo;
    if (aWins)
        return a.slope;
    if (bWins)
        return b.slope;
    return hull(a.slope, b.slope);
}

constexpr double twoOverSqrtPi = 1.1283791670955125738961589031215452;

Enclosure hyperbolicCosine(const Enclosure &u)
{
    if (u.isEmpty())
        return u;
    const double nearest = u.contains(0.0) ? 0.0 : std::min(std::abs(u.lo), std::abs(u.hi));
    const double farthest = std::max(std::abs(u.lo), std::abs(u.hi));
    return bounds(std::cosh(nearest), std::cosh(farthest), libmUlps, u.partial);
}

} // namespace

Enclosure Enclosure::point(double v)
{
    if (std::isnan(v))
        return undefined();
    Enclosure e;
    e.lo = e.hi = v;
    return e;
}

Enclosure Enclosure::of(double lo, double hi)
{
    Enclosure e;
    e.lo = lo;
    e.hi = hi;
    return e;
}

Enclosure Enclosure::whole()
{
    return of(-inf, inf);
}

Enclosure Enclosure::undefined()
{
    Enclosure e;
    e.partial = true;
    return e;
}

Enclosure hull(const Enclosure &a, const Enclosure &b)
{
    if (a.isEmpty())
        return b.isEmpty() ? Enclosure::undefined() : Enclosure { b.lo, b.hi, true };
    if (b.isEmpty())
        return Enclosure { a.lo, a.hi, true };
    return Enclosure { std::min(a.lo, b.lo), std::max(a.hi, b.hi), a.partial || b.partial };
}

SlopeEnclosure enclose(Op op, const SlopeEnclosure &a, const SlopeEnclosure &b,
                       const SlopeEnclosure &c, bool exponentIsConstant)
{
    const Enclosure zero = Enclosure::point(0.0);
    const Enclosure &u = a.value;
    SlopeEnclosure r;
    switch (op) {
    case Op::Constant:
    case Op::X:
    case Op::Parameter: return a;
    case Op::Negate: return { negate(u), negate(a.slope) };
    case Op::Add: return { add(u, b.value), add(a.slope, b.slope) };
    case Op::Subtract: return { subtract(u, b.value), subtract(a.slope, b.slope) };
    case Op::Multiply:
        return { multiply(u, b.value), add(multiply(u, b.slope), multiply(a.slope, b.value)) };
    case Op::Divide: {
        const Enclosure q = divide(u, b.value);
        return { q, divide(subtract(a.slope, multiply(q, b.slope)), b.value) };
    }
    case Op::Power: {
        r.value = power(u, b.value, exponentIsConstant);
        if (exponentIsConstant && b.value.lo == b.value.hi) {
            const double p = b.value.lo;
            const Enclosure lower
                = p == 0.0 ? zero : scale(p, power(u, Enclosure::point(p - 1.0), true));
            r.slope = multiply(lower, a.slope);
        } else {
            // d/dx e^(b ln a) = a^b (b′ ln a + b a′/a)
            Enclosure base = u;
            if (base.lo <= 0.0)
                base.lo = std::numeric_limits<double>::min();
            const Enclosure logBase = increasing(
                base, [](double v) { return std::log(v); }, 0.0);
            r.slope = multiply(
                r.value, add(multiply(b.slope, logBase), divide(multiply(b.value, a.slope), base)));
        }
        return r;
    }
    case Op::Less:
    case Op::Greater:
    case Op::LessEqual:
    case Op::GreaterEqual:
    case Op::Equal:
    case Op::NotEqual: return { compare(op, u, b.value), zero };
    case Op::And:
    case Op::Or: {
        const Enclosure ta = truthOf(u), tb = truthOf(b.value);
        if (ta.isEmpty() || tb.isEmpty())
            return { Enclosure::undefined(), zero };
        const bool partial = ta.partial || tb.partial;
        if (op == Op::And)
            return { bounds(std::min(ta.lo, tb.lo), std::min(ta.hi, tb.hi), 0, partial), zero };
        return { bounds(std::max(ta.lo, tb.lo), std::max(ta.hi, tb.hi), 0, partial), zero };
    }
    case Op::Select: {
        const Enclosure t = truthOf(u);
        if (t.isEmpty())
            return { Enclosure::undefined(), Enclosure::undefined() };
        if (t.lo == 1.0)
            return b;
        if (t.hi == 0.0)
            return c;
        return { hull(b.value, c.value), hull(b.slope, c.slope) };
    }
    case Op::Abs:
        if (u.isEmpty())
            return { u, u };
        if (u.lo >= 0.0)
            return a;
        if (u.hi <= 0.0)
            return { negate(u), negate(a.slope) };
        return { bounds(0.0, std::max(-u.lo, u.hi), 0, u.partial), hull(a.slope, negate(a.slope)) };
    case Op::Relu:
        if (u.isEmpty())
            return { u, u };
        if (u.lo > 0.0)
            return a;
        if (u.hi <= 0.0)
            return { bounds(0.0, 0.0, 0, u.partial), zero };
        return { bounds(0.0, u.hi, 0, u.partial), hull(a.slope, zero) };
    case Op::Sign:
        if (u.isEmpty())
            return { u, zero };
        return { bounds(sign(u.lo), sign(u.hi), 0, u.partial), zero };
    case Op::Floor:
        return { u.isEmpty() ? u : bounds(std::floor(u.lo), std::floor(u.hi), 0, u.partial), zero };
    case Op::Ceil:
        return { u.isEmpty() ? u : bounds(std::ceil(u.lo), std::ceil(u.hi), 0, u.partial), zero };
    case Op::Rint:
        return { u.isEmpty() ? u
                             : bounds(std::floor(u.lo + 0.5), std::floor(u.hi + 0.5), 0, u.partial),
                 zero };
    case Op::Max: return { maxOf(u, b.value), pickSlope(a, b, true) };
    case Op::Min: return { minOf(u, b.value), pickSlope(a, b, false) };
    case Op::Clamp: {
        const SlopeEnclosure low { maxOf(u, b.value), pickSlope(a, b, true) };
        return { minOf(low.value, c.value), pickSlope(low, c, false) };
    }
    case Op::Sqrt:
        r.value = increasing(
            u, [](double v) { return std::sqrt(v); }, 0.0, inf, exactUlps);
        r.slope = multiply(scale(0.5, reciprocal(r.value)), a.slope);
        return r;
    case Op::Cbrt:
        r.value = increasing(u, [](double v) { return std::cbrt(v); });
        r.slope = multiply(reciprocal(scale(3.0, square(r.value))), a.slope);
        return r;
    case Op::Exp:
        r.value = increasing(u, [](double v) { return std::exp(v); });
        return { r.value, multiply(r.value, a.slope) };
    case Op::Log:
    case Op::Log2:
    case Op::Log10: {
        const double k = op == Op::Log ? 1.0 : (op == Op::Log2 ? 1.0 / M_LN2 : 1.0 / M_LN10);
        r.value = increasing(
            u,
            [op](double v) {
                return op == Op::Log ? std::log(v)
                                     : (op == Op::Log2 ? std::log2(v) : std::log10(v));
            },
            0.0);
        Enclosure positive = u;
        positive.lo = std::max(positive.lo, 0.0);
        return { r.value, multiply(scale(k, reciprocal(positive)), a.slope) };
    }
    case Op::Sin: return { sine(u, 0.0), multiply(sine(u, pi / 2), a.slope) };
    case Op::Cos: return { sine(u, pi / 2), multiply(negate(sine(u, 0.0)), a.slope) };
    case Op::Tan:
        r.value = tangent(u);
        return { r.value, multiply(add(Enclosure::point(1.0), square(r.value)), a.slope) };
    case Op::Asin:
    case Op::Acos: {
        r.value = op == Op::Asin ? increasing(
                      u, [](double v) { return std::asin(v); }, -1.0, 1.0)
                                 : decreasing(
                                     u, [](double v) { return std::acos(v); }, -1.0, 1.0);
        Enclosure inside = u;
        inside.lo = std::max(inside.lo, -1.0);
        inside.hi = std::min(inside.hi, 1.0);
        const Enclosure root = increasing(
            subtract(Enclosure::point(1.0), square(inside)), [](double v) { return std::sqrt(v); },
            0.0, inf, exactUlps);
        const Enclosure slope = reciprocal(root);
        return { r.value, multiply(op == Op::Asin ? slope : negate(slope), a.slope) };
    }
    case Op::Atan:
        r.value = increasing(u, [](double v) { return std::atan(v); });
        return { r.value, multiply(reciprocal(add(Enclosure::point(1.0), square(u))), a.slope) };
    case Op::Atan2: {
        const Enclosure &y = u, &xx = b.value;
        if (y.isEmpty() || xx.isEmpty())
            return { Enclosure::undefined(), Enclosure::undefined() };
        const bool nearCut = xx.lo <= 0.0 && y.contains(0.0);
        if (nearCut) {
            r.value = bounds(-pi, pi, libmUlps, eitherPartial(y, xx));
        } else {
            r.value = hullOf({ std::atan2(y.lo, xx.lo), std::atan2(y.lo, xx.hi),
                               std::atan2(y.hi, xx.lo), std::atan2(y.hi, xx.hi) },
                             libmUlps, eitherPartial(y, xx));
        }
        const Enclosure r2 = add(square(y), square(xx));
        r.slope = divide(subtract(multiply(xx, a.slope), multiply(y, b.slope)), r2);
        return r;
    }
    case Op::Sinh:
        return { increasing(u, [](double v) { return std::sinh(v); }),
                 multiply(hyperbolicCosine(u), a.slope) };
    case Op::Cosh:
        return { hyperbolicCosine(u),
                 multiply(increasing(u, [](double v) { return std::sinh(v); }), a.slope) };
    case Op::Tanh:
        r.value = increasing(u, [](double v) { return std::tanh(v); });
        return { r.value,
                 multiply(bellShaped(u,
                                     [](double v) {
                                         const double t = std::tanh(v);
                                         return 1.0 - t * t;
                                     }),
                          a.slope) };
    case Op::Asinh:
        r.value = increasing(u, [](double v) { return std::asinh(v); });
        return { r.value,
                 multiply(bellShaped(u, [](double v) { return 1.0 / std::sqrt(v * v + 1.0); }),
                          a.slope) };
    case Op::Acosh: {
        r.value = increasing(
            u, [](double v) { return std::acosh(v); }, 1.0);
        Enclosure above = u;
        above.lo = std::max(above.lo, 1.0);
        const Enclosure root = increasing(
            subtract(square(above), Enclosure::point(1.0)), [](double v) { return std::sqrt(v); },
            0.0, inf, exactUlps);
        return { r.value, multiply(reciprocal(root), a.slope) };
    }
    case Op::Atanh: {
        r.value = increasing(
            u, [](double v) { return std::atanh(v); }, -1.0, 1.0);
        Enclosure inside = u;
        inside.lo = std::max(inside.lo, -1.0);
        inside.hi = std::min(inside.hi, 1.0);
        return { r.value,
                 multiply(reciprocal(subtract(Enclosure::point(1.0), square(inside))), a.slope) };
    }
    case Op::Sigmoid:
        r.value = increasing(u, [](double v) { return StableMath::sigmoid(v); });
        return { r.value,
                 multiply(bellShaped(u,
                                     [](double v) {
                                         return StableMath::sigmoid(v) * StableMath::sigmoid(-v);
                                     }),
                          a.slope) };
    case Op::Softplus:
        r.value = increasing(u, [](double v) { return StableMath::softplus(v); });
        return { r.value,
                 multiply(increasing(u, [](double v) { return StableMath::sigmoid(v); }),
                          a.slope) };
    case Op::Erf:
    case Op::Erfc: {
        r.value = op == Op::Erf ? increasing(u, [](double v) { return std::erf(v); })
                                : decreasing(u, [](double v) { return std::erfc(v); });
        const Enclosure bell
            = bellShaped(u, [](double v) { return twoOverSqrtPi * std::exp(-v * v); });
        return { r.value, multiply(op == Op::Erf ? bell : negate(bell), a.slope) };
    }
    }
    return { Enclosure::whole(), Enclosure::whole() };
}

} // namespace Expression
