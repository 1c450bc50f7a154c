// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "germ.h"

#include "stablemath.h"

#include <algorithm>
#include <array>
#include <boost/math/differentiation/autodiff.hpp>
#include <cmath>

namespace Expression {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double eps = std::numeric_limits<double>::epsilon();
/** Terms kept in an expansion; the rest becomes the O(τ^order) remainder. */
constexpr std::size_t maxTerms = 10;
/** Taylor order of a smooth primitive around its argument's limit. */
constexpr std::size_t taylorOrder = 8;
/** Exponents this close are the same power of τ (they come from sums of ½, ⅓ and integers). */
constexpr double sameExponent = 1e-9;
/** Never expand beyond this: a value and a slope need terms up to τ¹, a few more absorb
 * cancellation. */
constexpr double relativeReach = 3.0;

/** Sorts, merges equal powers, drops negligible coefficients and whatever lies at or past `order`.
 */
void normalize(Germ &g)
{
    if (!g.isExpansion())
        return;
    auto &t = g.terms;
    std::sort(t.begin(), t.end(),
              [](const GermTerm &a, const GermTerm &b) { return a.exponent < b.exponent; });
    std::vector<GermTerm> merged;
    merged.reserve(t.size());
    for (const GermTerm &term : t) {
        if (!merged.empty() && std::abs(merged.back().exponent - term.exponent) <= sameExponent) {
            GermTerm &m = merged.back();
            const double sum = m.coefficient + term.coefficient;
            m.error = m.error + term.error + eps * std::abs(sum);
            m.coefficient = sum;
        } else {
            merged.push_back(term);
        }
    }
    t.clear();
    for (const GermTerm &term : merged) {
        if (term.exponent >= g.order - sameExponent)
            break;
        // A coefficient within its own rounding error of 0 is 0: cos(c)·0 + ... cancels exactly.
        if (!(std::abs(term.coefficient) > 2.0 * term.error) || term.coefficient == 0.0)
            continue;
        if (!std::isfinite(term.coefficient)) {
            g = Germ::unknown();
            return;
        }
        t.push_back(term);
    }
    if (t.size() > maxTerms) {
        g.order = t[maxTerms].exponent;
        g.wild = false;
        t.resize(maxTerms);
    }
    if (!t.empty() && g.order > t.front().exponent + relativeReach + 1.0) {
        // Past this reach no answer depends on more terms; keep the work bounded.
        const double reach = t.front().exponent + relativeReach + 1.0;
        while (!t.empty() && t.back().exponent >= reach)
            t.pop_back();
        if (g.order > reach)
            g.order = reach;
    }
}

/** The exponent of the first term, or the order when there is none: a is O(τ^leading). */
double leading(const Germ &a)
{
    return a.terms.empty() ? a.order : a.terms.front().exponent;
}

Germ exactConstant(double value, double error)
{
    Germ g;
    if (value != 0.0 || error != 0.0)
        g.terms.push_back({ 0.0, value, error });
    normalize(g);
    return g;
}

bool propagatesNonExpansion(const Germ &a, const Germ &b, Germ *out)
{
    if (a.kind == Germ::Kind::Undefined || b.kind == Germ::Kind::Undefined) {
        *out = Germ::undefined();
        return true;
    }
    if (a.kind == Germ::Kind::Unknown || b.kind == Germ::Kind::Unknown) {
        *out = Germ::unknown();
        return true;
    }
    return false;
}

/** a + b when one of them is Infinite. */
Germ addInfinite(const Germ &a, const Germ &b)
{
    const Germ &big = a.kind == Germ::Kind::Infinite ? a : b;
    const Germ &other = a.kind == Germ::Kind::Infinite ? b : a;
    if (other.kind == Germ::Kind::Infinite)
        return big.sign == other.sign && big.logarithmic == other.logarithmic ? big
                                                                              : Germ::unknown();
    // A power-law pole against a logarithm: the pole wins; against e^(1/τ), the exponential.
    const bool pole = !other.terms.empty() && other.terms.front().exponent < 0.0;
    if (!pole)
        return other.wild && other.order <= 0.0 ? Germ::unknown() : big;
    return big.logarithmic ? other : big;
}

Germ scaled(const Germ &a, double k, double kError = 0.0)
{
    if (!a.isExpansion())
        return a;
    Germ g = a;
    for (GermTerm &t : g.terms) {
        t.error = std::abs(k) * t.error + std::abs(t.coefficient) * kError
            + eps * std::abs(k * t.coefficient);
        t.coefficient *= k;
    }
    if (k == 0.0 && kError == 0.0)
        return exactConstant(0.0, 0.0);
    normalize(g);
    return g;
}

/** Σ c_k·δ^k for k = 0..n, with δ an expansion of positive order and no constant term. */
Germ series(const std::array<double, taylorOrder + 1> &coefficients,
            const std::array<double, taylorOrder + 1> &errors, const Germ &delta, std::size_t count)
{
    Germ result = exactConstant(coefficients[0], errors[0]);
    Germ power = exactConstant(1.0, 0.0);
    for (std::size_t k = 1; k < count; ++k) {
        power = multiply(power, delta);
        if (!power.isExpansion())
            return power;
        if (power.terms.empty() && power.order >= result.order)
            break;
        result = add(result, scaled(power, coefficients[k], errors[k]));
    }
    // What the truncated Taylor series leaves out is O(δ^count).
    const double rest = leading(delta) * double(count);
    if (rest < result.order) {
        result.order = rest;
        result.wild = result.wild || delta.wild;
        normalize(result);
    }
    return result;
}

using Taylor = boost::math::differentiation::autodiff_fvar<double, taylorOrder>;

/** The derivatives of a smooth primitive at a, through Boost.Math's forward-mode autodiff. */
bool derivativesAt(Op op, double a, std::array<double, taylorOrder + 1> *out)
{
    using namespace boost::math::differentiation;
    const Taylor u = make_fvar<double, taylorOrder>(a);
    Taylor r = u;
    switch (op) {
    case Op::Exp: r = exp(u); break;
    case Op::Log: r = log(u); break;
    case Op::Log2: r = log(u) / M_LN2; break;
    case Op::Log10: r = log(u) / M_LN10; break;
    case Op::Sin: r = sin(u); break;
    case Op::Cos: r = cos(u); break;
    case Op::Tan: r = tan(u); break;
    case Op::Asin: r = asin(u); break;
    case Op::Acos: r = acos(u); break;
    case Op::Atan: r = atan(u); break;
    case Op::Sinh: r = sinh(u); break;
    case Op::Cosh: r = cosh(u); break;
    case Op::Tanh: r = tanh(u); break;
    case Op::Asinh: r = asinh(u); break;
    case Op::Acosh: r = acosh(u); break;
    case Op::Atanh: r = atanh(u); break;
    case Op::Erf: r = erf(u); break;
    case Op::Erfc: r = erfc(u); break;
    case Op::Sqrt: r = sqrt(u); break;
    case Op::Cbrt: r = a > 0 ? pow(u, 1.0 / 3.0) : -pow(-u, 1.0 / 3.0); break;
    case Op::Sigmoid: r = a >= 0 ? 1.0 / (1.0 + exp(-u)) : exp(u) / (1.0 + exp(u)); break;
    case Op::Softplus: r = a > 0 ? u + log(1.0 + exp(-u)) : log(1.0 + exp(u)); break;
    default: return false;
    }
    double factorial = 1.0;
    for (std::size_t k = 0; k <= taylorOrder; ++k) {
        if (k > 0)
            factorial *= double(k);
        (*out)[k] = r.derivative(k) / factorial;
        if (!std::isfinite((*out)[k]))
            return false;
    }
    return true;
}

/** A smooth primitive around a regular point a0 of it: its Taylor series in δ. */
Germ taylor(Op op, double a0, double a0Error, const Germ &delta)
{
    std::array<double, taylorOrder + 1> c {};
    if (!derivativesAt(op, a0, &c))
        return Germ::unknown();
    std::array<double, taylorOrder + 1> errors {};
    for (std::size_t k = 0; k <= taylorOrder; ++k) {
        // The coefficient's own rounding, and how far a0's error moves it.
        const double sensitivity
            = k < taylorOrder ? std::abs(c[k + 1]) * double(k + 1) : std::abs(c[k]);
        errors[k] = 8 * eps * std::abs(c[k]) + sensitivity * a0Error;
    }
    if (delta.terms.empty()) {
        // δ = O(τ^o): the first nonzero derivative decides the order of the rest.
        Germ result = exactConstant(c[0], errors[0]);
        std::size_t first = 1;
        while (first <= taylorOrder && !(std::abs(c[first]) > errors[first]))
            ++first;
        if (delta.order == inf && !delta.wild)
            return result;
        result.order = delta.order * double(first);
        result.wild = delta.wild;
        result.vanishing = delta.vanishing;
        normalize(result);
        return result;
    }
    // Terms up to the reach past δ's leading power are all that normalize() keeps.
    const double d = leading(delta);
    const std::size_t count
        = std::min<std::size_t>(taylorOrder + 1, std::size_t((relativeReach + 1.0) / d) + 2);
    return series(c, errors, delta, count);
}

/** The germ's value at the limit and the rest: a = a0 + δ. */
void split(const Germ &a, double *a0, double *error, Germ *delta)
{
    *a0 = a.constantTerm();
    *error = a.constantError();
    *delta = a.withoutConstant();
}

/** Where a one-argument primitive meets an argument that runs off to ±∞. */
Germ atInfinity(Op op, int sign, bool logarithmic, const Germ &a)
{
    // `flat`: reached faster than any power, as e^(−1/τ) reaches 0; a logarithmic approach to
    // infinity makes the rest a slow power instead, known only to vanish.
    auto approach = [logarithmic](double value) {
        Germ g = exactConstant(value, 0.0);
        if (logarithmic) {
            g.order = 0.0;
            g.vanishing = true;
        }
        return g;
    };
    switch (op) {
    case Op::Exp:
        return sign > 0 ? Germ::infinite(1, false)
                        : (logarithmic ? Germ::unknown() : exactConstant(0.0, 0.0));
    case Op::Sinh: return Germ::infinite(sign, false);
    case Op::Cosh: return Germ::infinite(1, false);
    case Op::Tanh: return approach(sign);
    case Op::Sigmoid: return approach(sign > 0 ? 1.0 : 0.0);
    case Op::Erf: return approach(sign);
    case Op::Erfc: return approach(sign > 0 ? 0.0 : 2.0);
    case Op::Softplus: return sign > 0 ? a : approach(0.0);
    case Op::Atan: {
        if (a.kind == Germ::Kind::Expansion) // atan(u) = ±π/2 − atan(1/u), and 1/u → 0
            return subtract(exactConstant(sign * M_PI / 2, 2 * eps),
                            compose(Op::Atan, power(a, -1.0)));
        return approach(sign * M_PI / 2);
    }
    case Op::Log:
    case Op::Log2:
    case Op::Log10:
    case Op::Acosh: return sign > 0 ? Germ::infinite(1, true) : Germ::undefined();
    case Op::Asinh: return Germ::infinite(sign, true);
    case Op::Sqrt: return sign > 0 ? Germ::infinite(1, logarithmic) : Germ::undefined();
    case Op::Cbrt: return Germ::infinite(sign, logarithmic);
    case Op::Sin:
    case Op::Cos: {
        // sin of something that runs off: it keeps oscillating between −1 and 1.
        Germ g;
        g.order = 0.0;
        g.wild = true;
        return g;
    }
    case Op::Tan: {
        Germ g;
        g.order = -1.0; // poles without end
        g.wild = true;
        return g;
    }
    case Op::Asin:
    case Op::Acos:
    case Op::Atanh: return Germ::undefined();
    default: return Germ::unknown();
    }
}

} // namespace

Germ Germ::constant(double value)
{
    if (std::isnan(value))
        return undefined();
    if (std::isinf(value))
        return unknown();
    return exactConstant(value, 0.0);
}

Germ Germ::variable(double c, int side)
{
    Germ g;
    if (c != 0.0)
        g.terms.push_back({ 0.0, c, 0.0 });
    g.terms.push_back({ 1.0, double(side), 0.0 });
    return g;
}

Germ Germ::undefined()
{
    Germ g;
    g.kind = Kind::Undefined;
    return g;
}

Germ Germ::unknown()
{
    Germ g;
    g.kind = Kind::Unknown;
    return g;
}

Germ Germ::infinite(int sign, bool logarithmic)
{
    Germ g;
    g.kind = Kind::Infinite;
    g.sign = sign;
    g.logarithmic = logarithmic;
    return g;
}

double Germ::constantTerm() const
{
    for (const GermTerm &t : terms) {
        if (std::abs(t.exponent) <= sameExponent)
            return t.coefficient;
    }
    return 0.0;
}

double Germ::constantError() const
{
    for (const GermTerm &t : terms) {
        if (std::abs(t.exponent) <= sameExponent)
            return t.error;
    }
    return 0.0;
}

Germ Germ::withoutConstant() const
{
    Germ g = *this;
    g.terms.erase(
        std::remove_if(g.terms.begin(), g.terms.end(),
                       [](const GermTerm &t) { return std::abs(t.exponent) <= sameExponent; }),
        g.terms.end());
    return g;
}

GermLimit limitOf(const Germ &g)
{
    GermLimit l;
    switch (g.kind) {
    case Germ::Kind::Undefined: l.kind = GermLimit::Kind::Undefined; return l;
    case Germ::Kind::Unknown: l.kind = GermLimit::Kind::Unknown; return l;
    case Germ::Kind::Infinite:
        l.kind = g.sign > 0 ? GermLimit::Kind::PlusInfinity : GermLimit::Kind::MinusInfinity;
        return l;
    case Germ::Kind::Expansion: break;
    }
    if (!g.terms.empty() && g.terms.front().exponent < -sameExponent) {
        l.kind = g.terms.front().coefficient > 0 ? GermLimit::Kind::PlusInfinity
                                                 : GermLimit::Kind::MinusInfinity;
        return l;
    }
    if (g.order > sameExponent || (g.order >= -sameExponent && g.vanishing)) {
        l.kind = GermLimit::Kind::Finite;
        l.value = g.constantTerm();
        l.error = g.constantError();
        return l;
    }
    l.kind = g.wild ? GermLimit::Kind::Oscillates : GermLimit::Kind::Unknown;
    return l;
}

GermLimit quotientLimitOf(const Germ &g, int side)
{
    const GermLimit base = limitOf(g);
    if (base.kind != GermLimit::Kind::Finite)
        return base;
    GermLimit l;
    for (const GermTerm &t : g.terms) {
        if (t.exponent <= sameExponent)
            continue;
        if (t.exponent < 1.0 - sameExponent) { // √τ/τ → ∞: a vertical tangent from this side
            l.kind = side * t.coefficient > 0 ? GermLimit::Kind::PlusInfinity
                                              : GermLimit::Kind::MinusInfinity;
            return l;
        }
        if (t.exponent <= 1.0 + sameExponent) {
            l.kind = GermLimit::Kind::Finite;
            l.value = side * t.coefficient;
            l.error = t.error;
            return l;
        }
        break;
    }
    if (g.order > 1.0 + sameExponent || (g.order >= 1.0 - sameExponent && g.vanishing)) {
        l.kind = GermLimit::Kind::Finite;
        l.value = 0.0;
        return l;
    }
    l.kind = g.wild ? GermLimit::Kind::Oscillates : GermLimit::Kind::Unknown;
    return l;
}

GermLimit slopeLimitOf(const Germ &g, int side)
{
    GermLimit l = quotientLimitOf(g, side);
    // Differentiating the rest is only safe when it is a truncated power series; a wild rest
    // (x²·sin(1/x)) has a derivative that oscillates even where the quotient converges.
    if (g.isExpansion() && g.wild && l.kind == GermLimit::Kind::Finite)
        l.kind = GermLimit::Kind::Oscillates;
    return l;
}

Germ add(const Germ &a, const Germ &b)
{
    Germ out;
    if (propagatesNonExpansion(a, b, &out))
        return out;
    if (a.kind == Germ::Kind::Infinite || b.kind == Germ::Kind::Infinite)
        return addInfinite(a, b);
    out.terms = a.terms;
    out.terms.insert(out.terms.end(), b.terms.begin(), b.terms.end());
    out.order = std::min(a.order, b.order);
    out.wild = (a.wild && a.order <= out.order + sameExponent)
        || (b.wild && b.order <= out.order + sameExponent);
    out.vanishing = (a.order > out.order + sameExponent || a.vanishing)
        && (b.order > out.order + sameExponent || b.vanishing);
    normalize(out);
    return out;
}

Germ negate(const Germ &a)
{
    if (a.kind == Germ::Kind::Infinite)
        return Germ::infinite(-a.sign, a.logarithmic);
    Germ g = a;
    for (GermTerm &t : g.terms)
        t.coefficient = -t.coefficient;
    return g;
}

Germ subtract(const Germ &a, const Germ &b)
{
    return add(a, negate(b));
}

Germ multiply(const Germ &a, const Germ &b)
{
    Germ out;
    if (propagatesNonExpansion(a, b, &out))
        return out;
    if (a.isExactZero() || b.isExactZero())
        return exactConstant(0.0, 0.0); // 0 at every τ > 0, whatever the other factor does
    if (a.kind == Germ::Kind::Infinite || b.kind == Germ::Kind::Infinite) {
        const Germ &big = a.kind == Germ::Kind::Infinite ? a : b;
        const Germ &other = a.kind == Germ::Kind::Infinite ? b : a;
        if (other.kind == Germ::Kind::Infinite)
            return Germ::infinite(big.sign * other.sign, big.logarithmic && other.logarithmic);
        int s = 0;
        // A factor with a nonzero limit, or a pole, keeps the product infinite.
        if (!other.terms.empty() && other.terms.front().exponent <= sameExponent
            && signOf(other, &s) && s != 0)
            return Germ::infinite(big.sign * s,
                                  big.logarithmic && other.terms.front().exponent > -sameExponent);
        return Germ::unknown(); // 0·∞: x·ln x would need logarithmic terms
    }
    for (const GermTerm &p : a.terms) {
        for (const GermTerm &q : b.terms) {
            const double c = p.coefficient * q.coefficient;
            out.terms.push_back({ p.exponent + q.exponent, c,
                                  std::abs(p.coefficient) * q.error
                                      + std::abs(q.coefficient) * p.error + p.error * q.error
                                      + eps * std::abs(c) });
        }
    }
    const double fromA = a.order + leading(b);
    const double fromB = b.order + leading(a);
    out.order = std::min(fromA, fromB);
    out.wild = (a.wild && fromA <= out.order + sameExponent)
        || (b.wild && fromB <= out.order + sameExponent);
    out.vanishing = (fromA > out.order + sameExponent || a.vanishing)
        && (fromB > out.order + sameExponent || b.vanishing);
    normalize(out);
    return out;
}

Germ power(const Germ &a, double p)
{
    if (a.kind == Germ::Kind::Undefined || a.kind == Germ::Kind::Unknown)
        return a;
    const bool integer = std::floor(p) == p && std::abs(p) < 1e9;
    if (p == 0.0)
        return exactConstant(1.0, 0.0);
    if (integer && p != -1.0 && std::abs(p) <= 16 && a.isExpansion()) {
        // Small whole powers by multiplication: x² near 0 keeps its 2cτ + τ² even where c²
        // underflows, which factoring out the leading term would lose.
        Germ result = exactConstant(1.0, 0.0), base = a;
        for (unsigned n = unsigned(std::abs(p)); n > 0; n >>= 1) {
            if (n & 1u)
                result = multiply(result, base);
            if (n > 1)
                base = multiply(base, base);
        }
        return p > 0 ? result : power(result, -1.0);
    }
    if (a.kind == Germ::Kind::Infinite) {
        if (p < 0)
            return Germ::unknown(); // 1/ln τ → 0 slower than any power: not an expansion here
        if (a.sign < 0 && !integer)
            return Germ::undefined();
        const bool odd = integer && std::fmod(std::abs(p), 2.0) == 1.0;
        return Germ::infinite(a.sign < 0 && odd ? -1 : 1, a.logarithmic);
    }
    if (a.terms.empty()) {
        if (a.isExactZero())
            return p > 0 ? exactConstant(0.0, 0.0) : Germ::undefined();
        if (p < 0)
            return Germ::unknown();
        Germ g; // (O(τ^o))^p = O(τ^(p·o))
        g.order = a.order * p;
        g.wild = a.wild;
        g.vanishing = a.vanishing;
        return g;
    }
    const GermTerm lead = a.terms.front();
    if (!integer && lead.coefficient < 0)
        return Germ::undefined();
    const double scale = std::pow(lead.coefficient, p);
    const double scaleError = std::abs(p * std::pow(lead.coefficient, p - 1.0)) * lead.error
        + 2 * eps * std::abs(scale);
    // a = lead·(1 + w), w = Σ (a_i/lead) τ^(e_i − e_lead)
    Germ w;
    for (std::size_t i = 1; i < a.terms.size(); ++i) {
        const GermTerm &t = a.terms[i];
        const double r = t.coefficient / lead.coefficient;
        w.terms.push_back({ t.exponent - lead.exponent, r,
                            t.error / std::abs(lead.coefficient)
                                + std::abs(r) * lead.error / std::abs(lead.coefficient)
                                + eps * std::abs(r) });
    }
    w.order = a.order - lead.exponent;
    w.wild = a.wild;
    w.vanishing = a.vanishing;
    normalize(w);
    Germ factor;
    if (w.terms.empty() && w.order == inf && !w.wild) {
        factor = exactConstant(1.0, 0.0);
    } else {
        std::array<double, taylorOrder + 1> binomial {};
        std::array<double, taylorOrder + 1> errors {};
        double c = 1.0;
        for (std::size_t k = 0; k <= taylorOrder; ++k) {
            binomial[k] = c;
            errors[k] = 4 * eps * std::abs(c);
            c *= (p - double(k)) / double(k + 1);
        }
        if (w.terms.empty()) {
            factor = exactConstant(1.0, 0.0);
            factor.order = w.order; // (1 + O(τ^o))^p = 1 + O(τ^o)
            factor.wild = w.wild;
            factor.vanishing = w.vanishing;
            normalize(factor);
        } else {
            factor = series(binomial, errors, w, taylorOrder + 1);
        }
    }
    Germ out = scaled(factor, scale, scaleError);
    if (!out.isExpansion())
        return out;
    const double shift = lead.exponent * p;
    for (GermTerm &t : out.terms)
        t.exponent += shift;
    out.order += shift;
    normalize(out);
    return out;
}

Germ divide(const Germ &a, const Germ &b)
{
    return multiply(a, power(b, -1.0));
}

bool signOf(const Germ &g, int *sign)
{
    switch (g.kind) {
    case Germ::Kind::Infinite: *sign = g.sign; return true;
    case Germ::Kind::Expansion:
        if (!g.terms.empty()) {
            *sign = g.terms.front().coefficient > 0 ? 1 : -1;
            return true;
        }
        if (g.isExactZero()) {
            *sign = 0;
            return true;
        }
        return false;
    default: return false;
    }
}

Germ compose(Op op, const Germ &a)
{
    if (a.kind == Germ::Kind::Undefined || a.kind == Germ::Kind::Unknown)
        return a;
    if (a.kind == Germ::Kind::Infinite)
        return atInfinity(op, a.sign, a.logarithmic, a);
    if (!a.terms.empty() && a.terms.front().exponent < -sameExponent) // a pole
        return atInfinity(op, a.terms.front().coefficient > 0 ? 1 : -1, false, a);
    if (a.order <= sameExponent && !(a.order >= -sameExponent && a.vanishing)) {
        // No limit: sin(sin(1/x)) is as wild as its argument; anything else cannot be told.
        if (a.wild && a.terms.empty() && a.order >= -sameExponent
            && (op == Op::Sin || op == Op::Cos || op == Op::Tanh || op == Op::Atan
                || op == Op::Sigmoid || op == Op::Erf)) {
            Germ g;
            g.order = 0.0;
            g.wild = true;
            return g;
        }
        return Germ::unknown();
    }
    double a0 = 0.0, error = 0.0;
    Germ delta;
    split(a, &a0, &error, &delta);
    int towards = 0; // the side from which a approaches a0
    const bool hasSide = signOf(delta, &towards);

    switch (op) {
    case Op::Sqrt: return power(a, 0.5);
    case Op::Cbrt: {
        int s = 0;
        if (!signOf(a, &s))
            return Germ::unknown();
        return s < 0 ? negate(power(negate(a), 1.0 / 3.0)) : power(a, 1.0 / 3.0);
    }
    case Op::Log:
    case Op::Log2:
    case Op::Log10:
        if (a0 == 0.0) {
            if (!hasSide)
                return Germ::unknown();
            return towards > 0 ? Germ::infinite(-1, true) : Germ::undefined();
        }
        if (a0 < 0.0)
            return Germ::undefined();
        break;
    case Op::Asin:
    case Op::Acos: {
        if (std::abs(a0) > 1.0)
            return Germ::undefined();
        if (std::abs(a0) == 1.0) {
            if (!hasSide)
                return Germ::unknown();
            if (towards * a0 > 0)
                return Germ::undefined(); // beyond ±1
            // asin(1 − w) = π/2 − 2·asin(√(w/2)); asin(−1 + w) = −asin(1 − w)
            const Germ w = a0 > 0 ? negate(delta) : delta;
            const Germ inner = compose(Op::Asin, power(scaled(w, 0.5), 0.5));
            Germ s = subtract(exactConstant(M_PI / 2, eps), scaled(inner, 2.0));
            if (a0 < 0)
                s = negate(s);
            return op == Op::Asin ? s : subtract(exactConstant(M_PI / 2, eps), s);
        }
        break;
    }
    case Op::Acosh:
        if (a0 < 1.0)
            return Germ::undefined();
        if (a0 == 1.0) {
            if (!hasSide)
                return Germ::unknown();
            if (towards < 0)
                return Germ::undefined();
            // acosh(1 + w) = 2·asinh(√(w/2))
            return scaled(compose(Op::Asinh, power(scaled(delta, 0.5), 0.5)), 2.0);
        }
        break;
    case Op::Atanh:
        if (std::abs(a0) > 1.0)
            return Germ::undefined();
        if (std::abs(a0) == 1.0) {
            if (!hasSide)
                return Germ::unknown();
            if (towards * a0 > 0)
                return Germ::undefined();
            return Germ::infinite(a0 > 0 ? 1 : -1, true);
        }
        break;
    default: break;
    }
    return taylor(op, a0, error, delta);
}

Germ compose2(Op op, const Germ &a, const Germ &b)
{
    Germ out;
    if (propagatesNonExpansion(a, b, &out))
        return out;
    if (op == Op::Power) {
        // a^b with b varying: e^(b·ln a), where a has a positive limit.
        const GermLimit base = limitOf(a);
        if (base.kind != GermLimit::Kind::Finite || !(base.value > 0.0))
            return Germ::unknown();
        return compose(Op::Exp, multiply(b, compose(Op::Log, a)));
    }
    if (op == Op::Atan2) {
        const GermLimit y = limitOf(a), x = limitOf(b);
        if (y.kind != GermLimit::Kind::Finite || x.kind != GermLimit::Kind::Finite)
            return Germ::unknown();
        int ys = 0, xs = 0;
        if (!signOf(a, &ys) || !signOf(b, &xs))
            return Germ::unknown();
        if (xs > 0)
            return compose(Op::Atan, divide(a, b));
        if (xs < 0) { // atan(y/x) ± π, the sign of y choosing the side of the cut
            if (ys == 0)
                return exactConstant(M_PI, eps);
            return add(compose(Op::Atan, divide(a, b)),
                       exactConstant(ys > 0 ? M_PI : -M_PI, 2 * eps));
        }
        if (ys != 0) // x exactly 0 on this side: ±π/2
            return exactConstant(ys > 0 ? M_PI / 2 : -M_PI / 2, eps);
        return Germ::undefined(); // atan2(0, 0)
    }
    return Germ::unknown();
}

} // namespace Expression
