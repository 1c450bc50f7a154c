// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "expressionfunction.h"

#include "scalarops.h"

#include <algorithm>
#include <boost/math/tools/toms748_solve.hpp>
#include <cmath>
#include <utility>

namespace Expression {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double eps = std::numeric_limits<double>::epsilon();
/** Interval evaluations one search may spend before it says it is incomplete. */
constexpr long searchBudget = 400000;

void addSwitches(const Tree &tree, int index, std::vector<Switch> &out)
{
    const Node &n = tree[index];
    if (!n.hasX)
        return;
    auto add = [&](Switch::Kind kind, int which) { out.push_back({ index, kind, which }); };
    switch (n.op) {
    case Op::Abs:
    case Op::Relu:
    case Op::Sign:
    case Op::Sqrt:
    case Op::Cbrt:
    case Op::Log:
    case Op::Log2:
    case Op::Log10:
    case Op::Select:
        if (tree[n.a].hasX)
            add(Switch::Kind::Argument, 0);
        break;
    case Op::And:
    case Op::Or:
        if (tree[n.a].hasX)
            add(Switch::Kind::Argument, 0);
        if (tree[n.b].hasX)
            add(Switch::Kind::SecondArgument, 1);
        break;
    case Op::Floor:
    case Op::Ceil: add(Switch::Kind::IntegerCrossing, 0); break;
    case Op::Rint: add(Switch::Kind::HalfIntegerCrossing, 0); break;
    case Op::Max:
    case Op::Min:
    case Op::Less:
    case Op::Greater:
    case Op::LessEqual:
    case Op::GreaterEqual:
    case Op::Equal:
    case Op::NotEqual: add(Switch::Kind::Difference, 0); break;
    case Op::Clamp:
        add(Switch::Kind::Difference, 0);
        add(Switch::Kind::DifferenceThird, 1);
        break;
    case Op::Divide:
        if (tree[n.b].hasX)
            add(Switch::Kind::SecondArgument, 0);
        break;
    case Op::Power: {
        const Node &exponent = tree[n.b];
        const bool naturalPower = !exponent.hasX && exponent.op == Op::Constant
            && exponent.value >= 0 && std::floor(exponent.value) == exponent.value;
        if (tree[n.a].hasX && !naturalPower)
            add(Switch::Kind::Argument, 0);
        break;
    }
    case Op::Asin:
    case Op::Acos:
    case Op::Atanh:
        add(Switch::Kind::MinusOne, 0);
        add(Switch::Kind::PlusOne, 1);
        break;
    case Op::Acosh: add(Switch::Kind::MinusOne, 0); break;
    case Op::Tan: add(Switch::Kind::CosineOfArgument, 0); break;
    case Op::Atan2:
        if (tree[n.a].hasX)
            add(Switch::Kind::Argument, 0);
        if (tree[n.b].hasX)
            add(Switch::Kind::SecondArgument, 1);
        break;
    default: break;
    }
}

bool isCrossing(Switch::Kind kind)
{
    return kind == Switch::Kind::IntegerCrossing || kind == Switch::Kind::HalfIntegerCrossing;
}

/** Between a and b, never outside; at least one double past a when they are apart. */
double middle(double a, double b)
{
    const double m = a + 0.5 * (b - a);
    return std::isfinite(m) ? m : 0.5 * a + 0.5 * b;
}

/**
 * Where to cut a box: at 0 when it holds 0 (zeros at 0 are common, and x² is monotone on each
 * side), at the geometric mean when it spans many powers of ten (so 1e-300 is reached in tens of
 * cuts, not a thousand), else in the middle.
 */
double splitPoint(double a, double b)
{
    if (a < 0.0 && b > 0.0)
        return 0.0;
    const double lo = std::min(std::abs(a), std::abs(b)), hi = std::max(std::abs(a), std::abs(b));
    const double sign = b > 0.0 ? 1.0 : -1.0;
    if (hi > 64.0 * lo) {
        const double m = lo == 0.0 ? hi * 0x1p-64 : std::sqrt(lo) * std::sqrt(hi);
        if (m > lo && m < hi)
            return sign * m;
    }
    return middle(a, b);
}

int signum(double v)
{
    return v > 0 ? 1 : (v < 0 ? -1 : 0);
}

const Switch *ownerOf(const std::vector<Switch> &owners, int node, int index)
{
    for (const Switch &s : owners) {
        if (s.node == node && s.index == index)
            return &s;
    }
    return nullptr;
}

bool owns(const std::vector<Switch> &owners, int node, int index)
{
    return ownerOf(owners, node, index) != nullptr;
}

/**
 * The germ of a switching function at its exact zero c*, when c (a double within an ulp of it)
 * is where it was taken: the constant term is then the rounding of the switching function, and
 * goes. A constant beyond that (a comparison's 1, which owns c because it is 0 on the other side)
 * stays.
 */
Germ atZero(const Germ &g, const Switch *owner, double c)
{
    if (!owner || !g.isExpansion())
        return g;
    const double ulp = std::nextafter(std::abs(c), inf) - std::abs(c);
    Germ result = g;
    const double a0 = g.constantTerm();
    if (a0 != 0.0) {
        double tolerance = 8.0 * g.constantError();
        for (const GermTerm &t : g.terms) {
            if (t.exponent > 1e-9) { // the slope times c's distance from c*
                tolerance
                    += 4.0 * std::abs(t.coefficient) * std::pow(ulp, std::min(t.exponent, 1.0));
                break;
            }
        }
        if (std::abs(a0) > tolerance)
            return g;
        result = g.withoutConstant();
    }
    if (owner->touching) {
        // At a touch the slope vanishes at c* too; at c it is the curvature times the distance.
        double a1 = 0.0, e1 = 0.0, a2 = 0.0;
        for (const GermTerm &t : result.terms) {
            if (std::abs(t.exponent - 1.0) <= 1e-9) {
                a1 = t.coefficient;
                e1 = t.error;
            } else if (t.exponent > 1.0 + 1e-9 && a2 == 0.0) {
                a2 = t.coefficient;
            }
        }
        if (a1 != 0.0 && std::abs(a1) <= 8.0 * e1 + 8.0 * std::abs(a2) * ulp) {
            result.terms.erase(std::remove_if(result.terms.begin(), result.terms.end(),
                                              [](const GermTerm &t) {
                                                  return std::abs(t.exponent - 1.0) <= 1e-9;
                                              }),
                               result.terms.end());
        }
    }
    return result;
}

/** |u|, relu(u) and the like of a germ whose sign oscillates: as wild, and as small. */
Germ wildLike(const Germ &u, double order)
{
    Germ g;
    g.order = order;
    g.wild = true;
    g.vanishing = u.vanishing;
    return g;
}

Germ truthGerm(bool value)
{
    return Germ::constant(value ? 1.0 : 0.0);
}

/**
 * Whether two numbers computed with these rounding-error bounds can be the same exact number:
 * the one test behind "the limits agree", "f is continuous" and "the slopes agree". `slack`
 * is the further difference that comes from c being a double next to the exact point.
 */
bool same(double a, double aError, double b, double bError, double slack = 0.0)
{
    const double tolerance
        = 2.0 * (aError + bError) + 2.0 * eps * std::max(std::abs(a), std::abs(b)) + slack;
    return std::abs(a - b) <= tolerance;
}

bool sameLimit(const GermLimit &a, const GermLimit &b)
{
    return same(a.value, a.error, b.value, b.error);
}

GermLimit infinity(int sign)
{
    GermLimit l;
    l.kind = sign > 0 ? GermLimit::Kind::PlusInfinity : GermLimit::Kind::MinusInfinity;
    return l;
}

GermLimit undefinedLimit()
{
    GermLimit l;
    l.kind = GermLimit::Kind::Undefined;
    return l;
}

} // namespace

ExpressionFunction::ExpressionFunction(Tree tree)
    : m_tree(std::move(tree))
    , m_evaluator(m_tree)
    , m_enclosures(m_tree.nodes.size())
    , m_germs(m_tree.nodes.size())
{
    for (int i = 0; i < int(m_tree.nodes.size()); ++i)
        addSwitches(m_tree, i, m_switches);
}

double ExpressionFunction::switchValue(const Switch &s, double x) const
{
    m_evaluator.evaluateSubtree(s.node, x);
    const std::vector<double> &v = m_evaluator.nodeValues();
    const Node &n = m_tree[s.node];
    const double a = v[std::size_t(n.a)];
    switch (s.kind) {
    case Switch::Kind::Argument:
    case Switch::Kind::IntegerCrossing: return a;
    case Switch::Kind::HalfIntegerCrossing: return a + 0.5;
    case Switch::Kind::SecondArgument: return v[std::size_t(n.b)];
    case Switch::Kind::Difference: return a - v[std::size_t(n.b)];
    case Switch::Kind::DifferenceThird: return a - v[std::size_t(n.c)];
    case Switch::Kind::MinusOne: return a - 1.0;
    case Switch::Kind::PlusOne: return a + 1.0;
    case Switch::Kind::CosineOfArgument: return std::cos(a);
    }
    return undefined;
}

void ExpressionFunction::encloseNode(int i, double lo, double hi) const
{
    const Node &n = m_tree[i];
    SlopeEnclosure &out = m_enclosures[std::size_t(i)];
    switch (n.op) {
    case Op::Constant: out = { Enclosure::point(n.value), Enclosure::point(0.0) }; break;
    case Op::X: out = { Enclosure::of(lo, hi), Enclosure::point(1.0) }; break;
    case Op::Parameter:
        out = { Enclosure::point(m_evaluator.parameters().at(std::size_t(n.value))),
                Enclosure::point(0.0) };
        break;
    default: {
        const SlopeEnclosure none { Enclosure::point(0.0), Enclosure::point(0.0) };
        const SlopeEnclosure &a = n.a >= 0 ? m_enclosures[std::size_t(n.a)] : none;
        const SlopeEnclosure &b = n.b >= 0 ? m_enclosures[std::size_t(n.b)] : none;
        const SlopeEnclosure &c = n.c >= 0 ? m_enclosures[std::size_t(n.c)] : none;
        out = enclose(n.op, a, b, c, n.b >= 0 && !m_tree[n.b].hasX);
    }
    }
}

SlopeEnclosure ExpressionFunction::switchEnclosure(const Switch &s, double lo, double hi) const
{
    const int last = s.node;
    for (int i = m_tree.subtreeStart(last); i < last; ++i) {
        encloseNode(i, lo, hi);
    }
    const Node &n = m_tree[last];
    const SlopeEnclosure &a = m_enclosures[std::size_t(n.a)];
    const SlopeEnclosure none { Enclosure::point(0.0), Enclosure::point(0.0) };
    const SlopeEnclosure noArgs = none;
    switch (s.kind) {
    case Switch::Kind::Argument:
    case Switch::Kind::IntegerCrossing: return a;
    case Switch::Kind::HalfIntegerCrossing:
        return enclose(Op::Add, a, { Enclosure::point(0.5), Enclosure::point(0.0) }, noArgs, false);
    case Switch::Kind::SecondArgument: return m_enclosures[std::size_t(n.b)];
    case Switch::Kind::Difference:
        return enclose(Op::Subtract, a, m_enclosures[std::size_t(n.b)], noArgs, false);
    case Switch::Kind::DifferenceThird:
        return enclose(Op::Subtract, a, m_enclosures[std::size_t(n.c)], noArgs, false);
    case Switch::Kind::MinusOne:
        return enclose(Op::Subtract, a, { Enclosure::point(1.0), Enclosure::point(0.0) }, noArgs,
                       false);
    case Switch::Kind::PlusOne:
        return enclose(Op::Add, a, { Enclosure::point(1.0), Enclosure::point(0.0) }, noArgs, false);
    case Switch::Kind::CosineOfArgument: return enclose(Op::Cos, a, noArgs, noArgs, false);
    }
    return none;
}

double ExpressionFunction::locate(const Switch &s, double lo, double hi, double offset) const
{
    // s − offset changes sign between lo and hi: TOMS 748 brackets it, bisection on the
    // doubles finishes, and the double where |s − offset| is smaller is the answer.
    auto f = [&](double x) { return switchValue(s, x) - offset; };
    double flo = f(lo), fhi = f(hi);
    if (flo == 0.0)
        return lo;
    if (fhi == 0.0)
        return hi;
    if (std::isfinite(flo) && std::isfinite(fhi)) {
        try {
            boost::uintmax_t iterations = 200;
            const auto bracket = boost::math::tools::toms748_solve(
                f, lo, hi, flo, fhi, [](double a, double b) { return std::nextafter(a, inf) >= b; },
                iterations);
            const double l = bracket.first, h = bracket.second, fl = f(l), fh = f(h);
            // Keep its bracket only where it still brackets the change of sign.
            if (l <= h && (fl == 0.0 || fh == 0.0 || signum(fl) != signum(fh))) {
                lo = l;
                hi = h;
                flo = fl;
                fhi = fh;
            }
        } catch (...) {
            // toms748 refuses brackets it cannot use (NaN inside); bisection below still works.
        }
    }
    if (flo == 0.0)
        return lo;
    if (fhi == 0.0)
        return hi;
    for (int i = 0; i < 2100 && std::nextafter(lo, inf) < hi; ++i) {
        const double m = middle(lo, hi);
        if (m <= lo || m >= hi)
            break;
        const double fm = f(m);
        if (fm == 0.0)
            return m;
        if (std::isnan(fm))
            break;
        if (signum(fm) == signum(flo)) {
            lo = m;
            flo = fm;
        } else {
            hi = m;
            fhi = fm;
        }
    }
    if (flo == 0.0 || (std::abs(flo) <= std::abs(fhi) && !std::isnan(flo)))
        return lo;
    return hi;
}

SlopeEnclosure ExpressionFunction::enclosureAt(double x) const
{
    const int count = int(m_tree.nodes.size());
    for (int i = 0; i < count; ++i) {
        encloseNode(i, x, x);
    }
    return count > 0 ? m_enclosures.back()
                     : SlopeEnclosure { Enclosure::undefined(), Enclosure::undefined() };
}

std::vector<Switch> ExpressionFunction::ownersAt(double x) const
{
    std::vector<Switch> owners;
    for (const Switch &s : m_switches) {
        const double v = switchValue(s, x);
        if (isCrossing(s.kind) ? std::isfinite(v) && std::floor(v) == v : v == 0.0)
            owners.push_back(s);
    }
    return owners;
}

bool ExpressionFunction::hasSignNear(const Switch &s, double c) const
{
    bool genuine = false;
    std::vector<Switch> owners { s };
    const Node &n = m_tree[s.node];
    for (int side : { -1, 1 }) {
        // The germs of the switching node's arguments, then of the switching function itself.
        germ(c, side, owners, s.node - 1);
        const Germ &a = m_germs[std::size_t(n.a)];
        Germ g;
        switch (s.kind) {
        case Switch::Kind::Argument: g = a; break;
        case Switch::Kind::SecondArgument: g = m_germs[std::size_t(n.b)]; break;
        case Switch::Kind::Difference: g = subtract(a, m_germs[std::size_t(n.b)]); break;
        case Switch::Kind::DifferenceThird: g = subtract(a, m_germs[std::size_t(n.c)]); break;
        case Switch::Kind::MinusOne: g = subtract(a, Germ::constant(1.0)); break;
        case Switch::Kind::PlusOne: g = add(a, Germ::constant(1.0)); break;
        case Switch::Kind::CosineOfArgument: g = compose(Op::Cos, a); break;
        case Switch::Kind::IntegerCrossing:
        case Switch::Kind::HalfIntegerCrossing: {
            const Germ u
                = s.kind == Switch::Kind::HalfIntegerCrossing ? add(a, Germ::constant(0.5)) : a;
            g = subtract(u, Germ::constant(std::round(u.constantTerm())));
            break;
        }
        }
        if (!g.isExpansion())
            return true; // it runs off, or is undefined on this side: an edge of something
        const Germ zeroed = atZero(g, &s, c);
        if (zeroed.constantTerm() != 0.0)
            return false; // s keeps a sign on this side: c is no zero of it (sigmoid's underflow)
        int sign = 0;
        if (signOf(zeroed, &sign) && sign != 0)
            genuine = true; // it has a sign near c, not only rounding noise
    }
    return genuine;
}

void ExpressionFunction::isolate(const Switch &s, double lo, double hi,
                                 std::vector<SwitchPoint> &out, std::size_t limit, long &budget,
                                 bool &noisy) const
{
    int spurious = 0;
    auto record = [&](double x, bool proven = false) {
        // A zero of rounding noise (sin² + cos² − 1 flickers around 0) changes no branch: the
        // switching function must have a sign, to some order, on one side at least. A sign
        // change where the enclosure proves s strictly monotone needs no such check.
        if (!proven && !hasSignNear(s, x)) {
            ++spurious;
            return;
        }
        SwitchPoint p;
        p.x = x == 0.0 ? 0.0 : x;
        p.owners.push_back(s);
        out.push_back(std::move(p));
    };
    const bool crossing = isCrossing(s.kind);
    std::vector<std::pair<double, double>> boxes { { lo, hi } };
    while (!boxes.empty()) {
        if (out.size() >= limit || --budget < 0)
            return;
        if ((budget & 255) == 0 && std::chrono::steady_clock::now() > m_deadline) {
            m_timedOut = true;
            budget = -1;
            return;
        }
        if (spurious > 64) {
            noisy = true; // s flickers around its switch within rounding: say so, do not guess
            return;
        }
        const auto [a, b] = boxes.back();
        boxes.pop_back();
        SlopeEnclosure e = switchEnclosure(s, a, b);
        Enclosure range = e.value;
        if (range.isEmpty())
            continue;
        const double m = splitPoint(a, b);
        if (!range.partial && std::isfinite(e.slope.lo) && std::isfinite(e.slope.hi)) {
            // The mean-value form s(m) + s′(box)·(box − m) is much tighter where s is nearly
            // linear, and proves s ≡ 0 where it is (max(x, x) has no isolated zero).
            const double sm = switchValue(s, m);
            if (std::isfinite(sm)) {
                const double spread
                    = std::max(std::abs(e.slope.lo), std::abs(e.slope.hi)) * std::max(m - a, b - m);
                const double lower = sm - spread, upper = sm + spread;
                range.lo = std::max(range.lo, std::nextafter(lower, -inf));
                range.hi = std::min(range.hi, std::nextafter(upper, inf));
                if (e.slope.lo == 0.0 && e.slope.hi == 0.0 && sm == 0.0)
                    range.lo = range.hi = 0.0;
            }
        }
        // Which values are switches: 0, or (floor, ceil, rint) every integer.
        double firstTarget = 0.0, lastTarget = 0.0;
        if (crossing) {
            firstTarget = std::ceil(range.lo);
            lastTarget = std::floor(range.hi);
            if (!(firstTarget <= lastTarget))
                continue;
        } else {
            if (range.excludesZero())
                continue;
            if (range.isZero())
                continue; // s ≡ 0 here: the branch never changes inside
        }
        const double bandCentre = crossing ? std::round(range.lo) : 0.0;
        if (range.lo - bandCentre >= -0x1p-1000 && range.hi - bandCentre <= 0x1p-1000) {
            // s lies in the underflow band over the whole box (x² for |x| < 1e-150): the doubles
            // cannot tell its zeros apart. One point stands for them: 0 when the box holds it.
            record(a <= 0.0 && b >= 0.0 ? 0.0 : m);
            continue;
        }
        const bool monotone = !range.partial && !e.slope.isEmpty() && e.slope.excludesZero();
        const bool tiny = !(std::nextafter(std::nextafter(a, inf), inf) < b);
        if (monotone || tiny) {
            const double sa = switchValue(s, a), sb = switchValue(s, b);
            if (!crossing) {
                if (sa == 0.0)
                    record(a, monotone);
                else if (sb == 0.0)
                    record(b, monotone);
                else if (!std::isnan(sa) && !std::isnan(sb) && signum(sa) != signum(sb))
                    record(locate(s, a, b, 0.0), monotone); // an end may be ±∞ (exp(x) − 2 at 1000)
                continue;
            }
            if (!std::isfinite(sa) || !std::isfinite(sb))
                continue;
            const double low = std::min(sa, sb), high = std::max(sa, sb);
            for (double k = std::ceil(low); k <= high && out.size() < limit; k += 1.0) {
                if (sa == k)
                    record(a, monotone);
                else if (sb == k)
                    record(b, monotone);
                else
                    record(locate(s, a, b, k), monotone);
                if (--budget < 0)
                    return;
            }
            continue;
        }
        // Larger x last, so the smaller half is searched first and points come out sorted.
        boxes.push_back({ m, b });
        boxes.push_back({ a, m });
    }
}

double ExpressionFunction::switchSlope(const Switch &sw, double x) const
{
    m_evaluator.slope(x);
    const std::vector<Dual> &d = m_evaluator.nodeSlopes();
    const Node &n = m_tree[sw.node];
    const Dual &a = d[std::size_t(n.a)];
    switch (sw.kind) {
    case Switch::Kind::Argument:
    case Switch::Kind::IntegerCrossing:
    case Switch::Kind::HalfIntegerCrossing:
    case Switch::Kind::MinusOne:
    case Switch::Kind::PlusOne: return a.slope;
    case Switch::Kind::SecondArgument: return d[std::size_t(n.b)].slope;
    case Switch::Kind::Difference: return a.slope - d[std::size_t(n.b)].slope;
    case Switch::Kind::DifferenceThird: return a.slope - d[std::size_t(n.c)].slope;
    case Switch::Kind::CosineOfArgument: return -std::sin(a.value) * a.slope;
    }
    return undefined;
}

void ExpressionFunction::mergePlateaus(const Switch &s, std::vector<SwitchPoint> &points) const
{
    // Where s underflows or cancels (x² near 0, sin(x) + 1 near 3π/2), it is exactly at its
    // switch at a run of doubles around one mathematical zero. One point stands for the run.
    // Where s only touches its switch there (no sign change across the run), that point is where
    // its slope vanishes, and the owner is marked as touching, so the germs drop the slope's
    // rounding too.
    const bool crossing = isCrossing(s.kind);
    auto offset = [&](double x) {
        const double v = switchValue(s, x);
        return crossing ? v - std::round(v) : v;
    };
    std::sort(points.begin(), points.end(),
              [](const SwitchPoint &a, const SwitchPoint &b) { return a.x < b.x; });
    std::vector<SwitchPoint> merged;
    std::size_t i = 0;
    while (i < points.size()) {
        std::size_t j = i;
        while (j + 1 < points.size() && offset(points[j].x) == 0.0 && offset(points[j + 1].x) == 0.0
               && offset(middle(points[j].x, points[j + 1].x)) == 0.0)
            ++j;
        SwitchPoint p = points[i];
        const double lo = points[i].x, hi = points[j].x;
        if (j > i) {
            const double centre = middle(lo, hi);
            double best = lo;
            for (std::size_t k = i; k <= j; ++k) {
                if (points[k].x == 0.0 || std::abs(points[k].x - centre) < std::abs(best - centre))
                    best = points[k].x;
                if (points[k].x == 0.0)
                    break;
            }
            p.x = best;
        }
        if (offset(p.x) == 0.0) {
            // Does s cross here, or only touch? Look just past the run on both sides.
            // Far enough out that s is off its switch on both sides: past the run, doubling.
            double reach
                = std::max(hi - lo, 8.0 * (std::nextafter(std::abs(p.x), inf) - std::abs(p.x)));
            double left = offset(lo - reach), right = offset(hi + reach);
            for (int doubling = 0; doubling < 60 && (left == 0.0 || right == 0.0); ++doubling) {
                reach *= 2.0;
                left = offset(lo - reach);
                right = offset(hi + reach);
            }
            if (signum(left) == signum(right) && signum(left) != 0) {
                for (Switch &owner : p.owners)
                    owner.touching = true;
                // The touch is where s′ changes sign; an exact zero of s at 0 (x²) stays there.
                double a = lo - reach, b = hi + reach;
                double sa = switchSlope(s, a), sb = switchSlope(s, b);
                if (p.x != 0.0 && signum(sa) != signum(sb) && std::isfinite(sa)
                    && std::isfinite(sb)) {
                    for (int step = 0; step < 200 && std::nextafter(a, inf) < b; ++step) {
                        const double m = middle(a, b);
                        const double sm = switchSlope(s, m);
                        if (sm == 0.0 || !std::isfinite(sm)) {
                            a = b = m;
                            break;
                        }
                        if (signum(sm) == signum(sa)) {
                            a = m;
                            sa = sm;
                        } else {
                            b = m;
                        }
                    }
                    p.x = std::abs(switchSlope(s, a)) <= std::abs(switchSlope(s, b)) ? a : b;
                }
            }
        }
        merged.push_back(std::move(p));
        i = j + 1;
    }
    points = std::move(merged);
}

ExpressionFunction::Search
ExpressionFunction::switchPoints(double from, double to, std::size_t limit,
                                 std::chrono::steady_clock::time_point deadline) const
{
    Search search;
    if (!(from <= to) || !std::isfinite(from) || !std::isfinite(to))
        return search;
    m_deadline = deadline;
    m_timedOut = false;
    std::vector<SwitchPoint> found;
    long budget = searchBudget;
    for (const Switch &s : m_switches) {
        // Inside the subtree, the branches of deeper nodes change only at their own switch
        // points: search each open piece between them, where s is smooth, and test the points.
        const int first = m_tree.subtreeStart(s.node);
        std::vector<double> cuts;
        for (const SwitchPoint &p : found) {
            for (const Switch &owner : p.owners) {
                if (owner.node >= first && owner.node < s.node) {
                    cuts.push_back(p.x);
                    break;
                }
            }
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        std::vector<SwitchPoint> own;
        double lower = from;
        auto searchPiece = [&](double a, double b) {
            if (a < b)
                isolate(s, a, b, own, limit, budget, search.noisy);
        };
        for (double cut : cuts) {
            searchPiece(lower, std::nextafter(cut, -inf));
            const double v = switchValue(s, cut);
            const bool zero
                = isCrossing(s.kind) ? std::isfinite(v) && std::floor(v) == v : v == 0.0;
            if (zero)
                own.push_back({ cut, { s } });
            lower = std::nextafter(cut, inf);
        }
        searchPiece(lower, to);
        mergePlateaus(s, own);
        found.insert(found.end(), own.begin(), own.end());
        if (found.size() >= limit || budget < 0 || search.noisy) {
            search.complete = false;
            break;
        }
    }
    search.timedOut = m_timedOut;
    m_deadline = std::chrono::steady_clock::time_point::max();
    std::sort(found.begin(), found.end(),
              [](const SwitchPoint &a, const SwitchPoint &b) { return a.x < b.x; });
    for (SwitchPoint &p : found) {
        if (!search.points.empty() && search.points.back().x == p.x) {
            for (const Switch &s : p.owners)
                search.points.back().owners.push_back(s);
        } else {
            search.points.push_back(std::move(p));
        }
    }
    if (search.points.size() > limit) {
        search.points.resize(limit);
        search.complete = false;
    }
    return search;
}

Germ ExpressionFunction::germ(double c, int side, const std::vector<Switch> &owners) const
{
    return germ(c, side, owners, m_tree.root());
}

Germ ExpressionFunction::germ(double c, int side, const std::vector<Switch> &owners, int last) const
{
    for (int i = 0; i <= last; ++i) {
        const Node &n = m_tree[i];
        const Germ none;
        const Germ &a = n.a >= 0 ? m_germs[std::size_t(n.a)] : none;
        const Germ &b = n.b >= 0 ? m_germs[std::size_t(n.b)] : none;
        const Germ &cc = n.c >= 0 ? m_germs[std::size_t(n.c)] : none;
        const Switch *own0 = ownerOf(owners, i, 0), *own1 = ownerOf(owners, i, 1);
        Germ g;
        int s = 0;
        switch (n.op) {
        case Op::Constant: g = Germ::constant(n.value); break;
        case Op::X: g = Germ::variable(c, side); break;
        case Op::Parameter:
            g = Germ::constant(m_evaluator.parameters().at(std::size_t(n.value)));
            break;
        case Op::Negate: g = negate(a); break;
        case Op::Add: g = add(a, b); break;
        case Op::Subtract: g = subtract(a, b); break;
        case Op::Multiply: g = multiply(a, b); break;
        case Op::Divide: g = divide(a, atZero(b, own0, c)); break;
        case Op::Power: {
            if (!m_tree[n.b].hasX)
                g = power(atZero(a, own0, c), b.constantTerm());
            else
                g = compose2(Op::Power, atZero(a, own0, c), b);
            break;
        }
        case Op::Abs:
        case Op::Relu:
        case Op::Sign: {
            const Germ u = atZero(a, own0, c);
            if (!signOf(u, &s)) {
                if (u.isExpansion() && u.wild && u.terms.empty())
                    g = n.op == Op::Sign ? wildLike(u, 0.0) : wildLike(u, u.order);
                else
                    g = Germ::unknown();
                break;
            }
            if (n.op == Op::Abs)
                g = s < 0 ? negate(u) : u;
            else if (n.op == Op::Relu)
                g = s > 0 ? u : Germ::constant(0.0);
            else
                g = Germ::constant(s);
            break;
        }
        case Op::Max:
        case Op::Min: {
            const Germ d = atZero(subtract(a, b), own0, c);
            if (!signOf(d, &s)) {
                g = d.isExpansion() && d.wild && d.terms.empty() ? add(b, wildLike(d, d.order))
                                                                 : Germ::unknown();
                break;
            }
            const bool first = n.op == Op::Max ? s >= 0 : s <= 0;
            g = first ? a : b;
            break;
        }
        case Op::Clamp: {
            const Germ d = atZero(subtract(a, b), own0, c);
            int s2 = 0;
            if (!signOf(d, &s)) {
                g = Germ::unknown();
                break;
            }
            const Germ low = s >= 0 ? a : b;
            const Germ d2 = atZero(subtract(low, cc), own1, c);
            if (!signOf(d2, &s2)) {
                g = Germ::unknown();
                break;
            }
            g = s2 <= 0 ? low : cc;
            break;
        }
        case Op::Less:
        case Op::Greater:
        case Op::LessEqual:
        case Op::GreaterEqual:
        case Op::Equal:
        case Op::NotEqual: {
            const Germ d = atZero(subtract(a, b), own0, c);
            if (!signOf(d, &s)) {
                g = d.isExpansion() && d.wild && d.terms.empty() ? wildLike(d, 0.0)
                                                                 : Germ::unknown();
                break;
            }
            bool t = false;
            switch (n.op) {
            case Op::Less: t = s < 0; break;
            case Op::Greater: t = s > 0; break;
            case Op::LessEqual: t = s <= 0; break;
            case Op::GreaterEqual: t = s >= 0; break;
            case Op::Equal: t = s == 0; break;
            default: t = s != 0; break;
            }
            g = truthGerm(t);
            break;
        }
        case Op::And:
        case Op::Or: {
            int s2 = 0;
            if (!signOf(atZero(a, own0, c), &s) || !signOf(atZero(b, own1, c), &s2)) {
                g = Germ::unknown();
                break;
            }
            g = truthGerm(n.op == Op::And ? (s != 0 && s2 != 0) : (s != 0 || s2 != 0));
            break;
        }
        case Op::Select:
            if (!signOf(atZero(a, own0, c), &s)) {
                g = Germ::unknown();
                break;
            }
            g = s != 0 ? b : cc;
            break;
        case Op::Floor:
        case Op::Ceil:
        case Op::Rint: {
            const Germ u = n.op == Op::Rint ? add(a, Germ::constant(0.5)) : a;
            const GermLimit l = limitOf(u);
            if (l.kind != GermLimit::Kind::Finite) {
                g = l.kind == GermLimit::Kind::Undefined ? Germ::undefined() : Germ::unknown();
                break;
            }
            if (!own0) {
                g = Germ::constant(n.op == Op::Ceil ? std::ceil(l.value) : std::floor(l.value));
                break;
            }
            const double k = std::round(l.value);
            if (!signOf(atZero(subtract(u, Germ::constant(k)), own0, c), &s)) {
                g = Germ::unknown();
                break;
            }
            if (n.op == Op::Ceil)
                g = Germ::constant(s <= 0 ? k : k + 1.0);
            else
                g = Germ::constant(s >= 0 ? k : k - 1.0);
            break;
        }
        case Op::Sqrt:
        case Op::Cbrt:
        case Op::Log:
        case Op::Log2:
        case Op::Log10: g = compose(n.op, atZero(a, own0, c)); break;
        case Op::Asin:
        case Op::Acos:
        case Op::Atanh:
        case Op::Acosh: {
            Germ u = a;
            if ((own0 || own1) && u.isExpansion()) { // exactly at the edge ±1
                const Germ edge
                    = atZero(subtract(u, Germ::constant(own0 ? 1.0 : -1.0)), own0 ? own0 : own1, c);
                u = add(edge, Germ::constant(own0 ? 1.0 : -1.0));
            }
            g = compose(n.op, u);
            break;
        }
        case Op::Tan:
            g = own0 ? divide(compose(Op::Sin, a), atZero(compose(Op::Cos, a), own0, c))
                     : compose(Op::Tan, a);
            break;
        case Op::Atan2: g = compose2(Op::Atan2, atZero(a, own0, c), atZero(b, own1, c)); break;
        default: g = compose(n.op, a); break;
        }
        m_germs[std::size_t(i)] = std::move(g);
    }
    return last >= 0 ? m_germs[std::size_t(last)] : Germ::undefined();
}

double ExpressionFunction::valueAt(double c, const std::vector<Switch> &owners) const
{
    // As value(c), but every owned switching function is exactly at its switch: the value at the
    // exact point c*, which c (a double) may only be next to. Where a primitive is undefined
    // there (a division by 0, log 0, tan at a pole), so is f, although IEEE would give ±∞.
    const int count = int(m_tree.nodes.size());
    std::vector<double> v(std::size_t(count), 0.0);
    for (int i = 0; i < count; ++i) {
        const Node &n = m_tree[i];
        double a = n.a >= 0 ? v[std::size_t(n.a)] : 0.0;
        double b = n.b >= 0 ? v[std::size_t(n.b)] : 0.0;
        double cc = n.c >= 0 ? v[std::size_t(n.c)] : 0.0;
        const bool own0 = owns(owners, i, 0), own1 = owns(owners, i, 1);
        double r = 0.0;
        switch (n.op) {
        case Op::Constant: r = n.value; break;
        case Op::X: r = c; break;
        case Op::Parameter: r = m_evaluator.parameters().at(std::size_t(n.value)); break;
        default: {
            bool undefinedHere = false;
            if (own0 || own1) {
                switch (n.op) {
                case Op::Abs:
                case Op::Relu:
                case Op::Sign:
                case Op::Sqrt:
                case Op::Cbrt:
                case Op::Select:
                case Op::Power: a = 0.0; break;
                case Op::And:
                case Op::Or:
                    if (own0)
                        a = 0.0;
                    if (own1)
                        b = 0.0;
                    break;
                case Op::Log:
                case Op::Log2:
                case Op::Log10:
                case Op::Divide:
                case Op::Tan: undefinedHere = true; break;
                case Op::Max:
                case Op::Min:
                case Op::Less:
                case Op::Greater:
                case Op::LessEqual:
                case Op::GreaterEqual:
                case Op::Equal:
                case Op::NotEqual: b = a; break;
                case Op::Clamp:
                    if (own0)
                        a = b;
                    if (own1)
                        a = std::max(a, b) == a ? cc : a;
                    break;
                case Op::Floor:
                case Op::Ceil: a = std::round(a); break;
                case Op::Rint: a = std::round(a + 0.5) - 0.5; break;
                case Op::Asin:
                case Op::Acos:
                case Op::Acosh:
                case Op::Atanh: a = own0 ? 1.0 : -1.0; break;
                case Op::Atan2:
                    if (own0)
                        a = 0.0;
                    if (own1)
                        b = 0.0;
                    undefinedHere = a == 0.0 && b == 0.0;
                    break;
                default: break;
                }
            }
            r = undefinedHere ? undefined : apply(n.op, a, b, cc);
            if (n.op == Op::Power && own0 && b <= 0.0 && b != 0.0)
                r = undefined; // 0 to a negative power
        }
        }
        v[std::size_t(i)] = std::isfinite(r) ? r : undefined;
    }
    return count > 0 ? v.back() : undefined;
}

PointAnalysis ExpressionFunction::analyse(double c, const std::vector<Switch> &owners) const
{
    PointAnalysis p;
    p.x = c;
    const Germ left = germ(c, -1, owners);
    const Germ right = germ(c, +1, owners);
    const double v = valueAt(c, owners);
    p.value = std::isfinite(v) ? v : undefined;
    p.limitLeft = limitOf(left);
    p.limitRight = limitOf(right);
    p.slopeLeft = slopeLimitOf(left, -1);
    p.slopeRight = slopeLimitOf(right, +1);

    using L = GermLimit::Kind;
    const L lk = p.limitLeft.kind, rk = p.limitRight.kind;
    const bool defined = std::isfinite(v);
    // c is a double within an ulp of the exact zero c*, where the germs are taken: f(c) may
    // differ from the limits by the slope times that distance.
    double steepest = 0.0;
    for (const GermLimit *s : { &p.slopeLeft, &p.slopeRight }) {
        if (s->kind == L::Finite)
            steepest = std::max(steepest, std::abs(s->value));
    }
    // Only where c is not the exact zero of its switching functions (π, √2): 0, 1e-6 or 1/3 as
    // typed are exact, and there a jump of one ulp is still a jump.
    bool exact = true;
    for (const Switch &s : owners) {
        const double sv = switchValue(s, c);
        exact = exact && (isCrossing(s.kind) ? std::floor(sv) == sv : sv == 0.0);
    }
    const double displacement
        = exact ? 0.0 : 2.0 * steepest * (std::nextafter(std::abs(c), inf) - std::abs(c));

    // The one-sided derivatives, from f(c) itself: at a jump the side whose limit is not f(c)
    // has a quotient that runs off to infinity.
    auto oneSided = [&](const Germ &g, const GermLimit &limit, int side) {
        if (defined && (limit.kind == L::PlusInfinity || limit.kind == L::MinusInfinity))
            return infinity(side * (limit.kind == L::PlusInfinity ? 1 : -1)); // (±∞ − f(c))/h
        if (!defined || limit.kind != L::Finite)
            return undefinedLimit();
        // f(c) is computed in the same arithmetic as the limit: give it the same error bound.
        if (same(limit.value, limit.error, v, limit.error, displacement))
            return quotientLimitOf(g, side);
        return infinity(side * signum(limit.value - v));
    };
    p.derivativeLeft = oneSided(left, p.limitLeft, -1);
    p.derivativeRight = oneSided(right, p.limitRight, +1);

    if (lk == L::Undefined && rk == L::Undefined) {
        p.kind = defined ? PointKind::Edge : PointKind::None;
        return p;
    }
    if (lk == L::Undefined || rk == L::Undefined) {
        const L other = lk == L::Undefined ? rk : lk;
        p.kind = other == L::PlusInfinity || other == L::MinusInfinity ? PointKind::Pole
                                                                       : PointKind::Edge;
        return p;
    }
    if (lk == L::Unknown || rk == L::Unknown) {
        p.kind = PointKind::Unknown;
        return p;
    }
    if (lk == L::PlusInfinity || lk == L::MinusInfinity || rk == L::PlusInfinity
        || rk == L::MinusInfinity) {
        p.kind = PointKind::Pole;
        return p;
    }
    if (lk == L::Oscillates || rk == L::Oscillates) {
        p.kind = PointKind::Oscillation;
        return p;
    }
    if (!sameLimit(p.limitLeft, p.limitRight)) {
        p.kind = PointKind::Jump;
        return p;
    }
    const double limit = 0.5 * (p.limitLeft.value + p.limitRight.value);
    const GermLimit extendedLeft = quotientLimitOf(left, -1);
    const GermLimit extendedRight = quotientLimitOf(right, +1);
    const double limitError = std::max(p.limitLeft.error, p.limitRight.error);
    const bool continuous = defined && same(v, limitError, limit, limitError, displacement);
    if (!continuous) {
        p.kind = extendedLeft.kind == L::Oscillates || extendedRight.kind == L::Oscillates
            ? PointKind::Oscillation
            : PointKind::Removable;
        return p;
    }
    const GermLimit &dl = p.derivativeLeft, &dr = p.derivativeRight;
    if (dl.kind == L::Oscillates || dr.kind == L::Oscillates) {
        p.kind = PointKind::Oscillation;
        return p;
    }
    if (dl.kind == L::Unknown || dr.kind == L::Unknown || dl.kind == L::Undefined
        || dr.kind == L::Undefined) {
        p.kind = PointKind::Unknown;
        return p;
    }
    if (dl.kind != L::Finite || dr.kind != L::Finite) {
        p.kind = PointKind::Cusp;
        return p;
    }
    p.kind = sameLimit(dl, dr) ? PointKind::Smooth : PointKind::Kink;
    return p;
}

bool ExpressionFunction::isLinearAt(double inside) const
{
    m_evaluator.value(inside);
    const std::vector<double> &v = m_evaluator.nodeValues();
    constexpr int curved = 1000;
    std::vector<int> degree(m_tree.nodes.size(), 0);
    for (int i = 0; i < int(m_tree.nodes.size()); ++i) {
        const Node &n = m_tree[i];
        auto d = [&](int k) { return k >= 0 ? degree[std::size_t(k)] : 0; };
        auto val = [&](int k) { return v[std::size_t(k)]; };
        int r = 0;
        if (!n.hasX) {
            degree[std::size_t(i)] = 0;
            continue;
        }
        switch (n.op) {
        case Op::X: r = 1; break;
        case Op::Negate:
        case Op::Abs: r = d(n.a); break; // ±u on the branch taken
        case Op::Add:
        case Op::Subtract: r = std::max(d(n.a), d(n.b)); break;
        case Op::Multiply: r = std::min(curved, d(n.a) + d(n.b)); break;
        case Op::Divide: r = d(n.b) == 0 ? d(n.a) : curved; break;
        case Op::Power: {
            const double e = val(n.b);
            const bool natural = !m_tree[n.b].hasX && e >= 0 && std::floor(e) == e && e < 100;
            r = natural ? std::min(curved, d(n.a) * int(e))
                        : (d(n.a) == 0 && d(n.b) == 0 ? 0 : curved);
            break;
        }
        case Op::Relu: r = val(n.a) > 0 ? d(n.a) : 0; break;
        case Op::Max: r = val(n.a) < val(n.b) ? d(n.b) : d(n.a); break;
        case Op::Min: r = val(n.b) < val(n.a) ? d(n.b) : d(n.a); break;
        case Op::Clamp: {
            const int low = val(n.a) < val(n.b) ? n.b : n.a;
            r = val(n.c) < val(low) ? d(n.c) : d(low);
            break;
        }
        case Op::Select: r = truth(val(n.a)) ? d(n.b) : d(n.c); break;
        default:
            if (isPiecewiseConstant(n.op))
                r = 0; // constant on the piece
            else
                r = d(n.a) == 0 && (n.b < 0 || d(n.b) == 0) ? 0 : curved;
            break;
        }
        degree[std::size_t(i)] = r;
    }
    return !degree.empty() && degree.back() <= 1;
}

} // namespace Expression
