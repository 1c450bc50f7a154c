// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "expressionactivation.h"

#include "expression/expressionfunction.h"
#include "expression/expressionparser.h"
#include "expression/symbolicderivative.h"
#include "frameworkrules.h"
#include "numberformat.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

using namespace Expression;

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double none = std::numeric_limits<double>::quiet_NaN();

double numberOf(const GermLimit &l)
{
    switch (l.kind) {
    case GermLimit::Kind::Finite: return l.value;
    case GermLimit::Kind::PlusInfinity: return inf;
    case GermLimit::Kind::MinusInfinity: return -inf;
    default: return none;
    }
}

BreakpointKind kindOf(PointKind k)
{
    switch (k) {
    case PointKind::Kink: return BreakpointKind::Kink;
    case PointKind::Jump: return BreakpointKind::Jump;
    case PointKind::Removable: return BreakpointKind::Removable;
    case PointKind::Cusp: return BreakpointKind::Cusp;
    case PointKind::Oscillation: return BreakpointKind::Oscillation;
    case PointKind::Pole: return BreakpointKind::Pole;
    case PointKind::Edge: return BreakpointKind::Edge;
    default: return BreakpointKind::Unknown;
    }
}

bool isBreakpoint(const PointAnalysis &a)
{
    return a.kind != PointKind::Smooth && a.kind != PointKind::None;
}

bool isComparison(Expression::Op op)
{
    return op >= Expression::Op::Less && op <= Expression::Op::Or;
}

/**
 * Why `framework` returns no gradient at all for this formula, or nothing when it does:
 * - TensorFlow.js has no gradient for a comparison, and tf.grad fails on one that depends on x
 *   (measured: "gradient function not found for Greater");
 * - TensorFlow registers floor, ceil, round and the comparisons as not differentiable, so where
 *   x reaches f only through them, tape.gradient returns None (framework_sources.csv).
 */
QString noGradient(const Expression::Tree &tree, Framework framework)
{
    using Expression::Op;
    if (framework == Framework::TfJs) {
        for (const Expression::Node &node : tree.nodes) {
            if (isComparison(node.op) && node.hasX)
                return FrameworkRules::tr("TensorFlow.js: tf.grad fails on a comparison");
        }
    }
    if (framework == Framework::TensorFlow && !tree.nodes.empty()) {
        // Post-order: a node's arguments come before it.
        std::vector<char> reached(tree.nodes.size(), 0);
        for (std::size_t i = 0; i < tree.nodes.size(); ++i) {
            const Expression::Node &node = tree.nodes[i];
            const bool none = isComparison(node.op) || node.op == Op::Floor || node.op == Op::Ceil
                || node.op == Op::Rint;
            bool through = node.op == Op::X;
            for (int argument : { node.a, node.b, node.c })
                through = through || (argument >= 0 && reached[std::size_t(argument)]);
            reached[i] = through && !none;
        }
        if (!reached.back() && tree.nodes.back().hasX)
            return FrameworkRules::tr("TensorFlow returns None: no gradient reaches x");
    }
    return {};
}

double autogradOf(const ExpressionFunction &f, double x, Framework framework)
{
    if (!noGradient(f.tree(), framework).isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    return f.evaluator().autograd(x, FrameworkRules::primitives(framework));
}

Breakpoint breakpointOf(const PointAnalysis &a, const ExpressionFunction &f)
{
    Breakpoint b;
    b.x = a.x;
    b.kind = kindOf(a.kind);
    b.value = a.value;
    b.valueLeft = numberOf(a.limitLeft);
    b.valueRight = numberOf(a.limitRight);
    b.left = numberOf(a.derivativeLeft);
    b.right = numberOf(a.derivativeRight);
    b.slopeLeft = numberOf(a.slopeLeft);
    b.slopeRight = numberOf(a.slopeRight);
    for (Framework framework : FrameworkNames::all)
        b.autograd[framework] = autogradOf(f, a.x, framework);
    return b;
}

/** A point inside (lower, upper), and inside `range` where the two meet. */
double inside(double lower, double upper, Interval range)
{
    const double lo = std::max(lower, range.lower), hi = std::min(upper, range.upper);
    if (lo < hi)
        return lo + 0.5 * (hi - lo);
    if (std::isfinite(lower) && std::isfinite(upper))
        return lower + 0.5 * (upper - lower);
    if (std::isfinite(upper))
        return upper - std::max(1.0, std::abs(upper));
    if (std::isfinite(lower))
        return lower + std::max(1.0, std::abs(lower));
    return 0.0;
}

} // namespace

struct ExpressionActivation::Range
{
    Interval range;
    bool complete = true;
    bool noisy = false;
    bool timedOut = false;
    std::vector<double> switches; ///< every switch point, breakpoint or not, sorted
    std::vector<PointAnalysis> analyses; ///< of each switch point
    std::vector<Breakpoint> breakpoints;
    std::vector<Piece> pieces;

    /** The switch point within a few ulps of x, or nullptr. */
    const PointAnalysis *near(double x) const
    {
        const auto it = std::lower_bound(switches.begin(), switches.end(), x);
        const double ulp = std::nextafter(std::abs(x), inf) - std::abs(x);
        for (auto candidate : { it, it == switches.begin() ? it : it - 1 }) {
            if (candidate != switches.end() && std::abs(*candidate - x) <= 4 * ulp)
                return &analyses[std::size_t(candidate - switches.begin())];
        }
        return nullptr;
    }

    bool covers(Interval r) const { return range.lower <= r.lower && r.upper <= range.upper; }
    bool isSwitch(double x) const
    {
        return std::binary_search(switches.begin(), switches.end(), x);
    }
    const Breakpoint *find(double x) const
    {
        const auto it = std::lower_bound(breakpoints.begin(), breakpoints.end(), x,
                                         [](const Breakpoint &b, double v) { return b.x < v; });
        return it != breakpoints.end() && it->x == x ? &*it : nullptr;
    }
};

std::shared_ptr<ExpressionActivation::Range>
ExpressionActivation::analyse(const ExpressionFunction &f, Interval range,
                              std::chrono::milliseconds time)
{
    auto result = std::make_shared<Range>();
    result->range = range;
    // A formula whose breakpoints crowd without end (tan(1/x) near 0) must not freeze the window:
    // the search and the classification stop at a deadline, and say so.
    const auto deadline = std::chrono::steady_clock::now() + time;
    const ExpressionFunction::Search search
        = f.switchPoints(range.lower, range.upper, maximumBreakpoints, deadline);
    result->complete = search.complete;
    result->noisy = search.noisy;
    result->timedOut = search.timedOut;
    std::vector<PointAnalysis> points;
    points.reserve(search.points.size());
    for (const SwitchPoint &p : search.points) {
        if ((points.size() & 63) == 0 && std::chrono::steady_clock::now() > deadline + time) {
            result->complete = false;
            result->timedOut = true;
            break;
        }
        points.push_back(f.analyse(p.x, p.owners));
        result->switches.push_back(p.x);
        result->analyses.push_back(points.back());
        if (isBreakpoint(points.back()))
            result->breakpoints.push_back(breakpointOf(points.back(), f));
    }

    // The pieces between switch points; neighbours that meet smoothly and read the same merge.
    const Evaluator &evaluator = f.evaluator();
    for (std::size_t i = 0; i <= points.size(); ++i) {
        Piece piece;
        piece.domain = { i == 0 ? -inf : points[i - 1].x, i == points.size() ? inf : points[i].x };
        const double mid = inside(piece.domain.lower, piece.domain.upper, range);
        const Evaluator::Slope s = evaluator.slope(mid);
        piece.linear = f.isLinearAt(mid) && std::isfinite(s.slope) && std::isfinite(s.value);
        if (piece.linear) {
            piece.slope = s.slope == 0.0 ? 0.0 : s.slope;
            piece.intercept = s.value - piece.slope * mid;
            piece.derivativeLabel = tr("f′(x) = %1").arg(NumberFormat::compact(piece.slope));
        } else {
            piece.derivativeLabel = SymbolicDerivative::label(f, mid);
        }
        if (i > 0) {
            piece.slopeAtLower = numberOf(points[i - 1].slopeRight);
            piece.valueAtLower = numberOf(points[i - 1].limitRight);
        }
        if (i < points.size()) {
            piece.slopeAtUpper = numberOf(points[i].slopeLeft);
            piece.valueAtUpper = numberOf(points[i].limitLeft);
        }
        if (!result->pieces.empty() && i > 0 && !isBreakpoint(points[i - 1])) {
            Piece &previous = result->pieces.back();
            const bool sameLine = previous.linear && piece.linear && previous.slope == piece.slope
                && previous.intercept == piece.intercept;
            const bool sameCurve = !previous.linear && !piece.linear
                && previous.derivativeLabel == piece.derivativeLabel;
            if (sameLine || sameCurve) {
                previous.domain.upper = piece.domain.upper;
                previous.slopeAtUpper = piece.slopeAtUpper;
                previous.valueAtUpper = piece.valueAtUpper;
                continue;
            }
        }
        result->pieces.push_back(piece);
    }
    return result;
}

ExpressionActivation::Parsed ExpressionActivation::parse(const QString &expression,
                                                         SearchTimes times)
{
    return parse(expression, {}, times);
}

ExpressionActivation::Parsed
ExpressionActivation::withParameters(const ExpressionParameters &known) const
{
    return parse(formula(), known, m_times);
}

ExpressionActivation::Parsed ExpressionActivation::parse(const QString &expression,
                                                         const ExpressionParameters &known,
                                                         SearchTimes times)
{
    Parsed parsed;
    const ExpressionParser::Result syntax
        = ExpressionParser::parse(expression, {}, ExpressionParser::Names::Free);
    if (!syntax.ok()) {
        parsed.error = syntax.error;
        parsed.errorPosition = syntax.errorPosition;
        return parsed;
    }
    // Each free name takes its known value and range, when usable, else the defaults.
    ExpressionParameters parameters;
    std::vector<double> values;
    for (const std::string &name : syntax.tree.parameterNames) {
        ExpressionParameter parameter;
        parameter.name = QString::fromStdString(name);
        for (const ExpressionParameter &given : known) {
            if (given.name == parameter.name && given.problem().isEmpty())
                parameter = given;
        }
        parameters << parameter;
        values.push_back(parameter.value);
    }
    auto function = std::make_unique<ExpressionFunction>(syntax.tree);
    function->evaluator().setParameters(std::move(values));
    bool anywhere = false;
    for (int i = -100; i <= 100 && !anywhere; ++i)
        anywhere = std::isfinite(function->value(i * 0.1));
    if (!anywhere) {
        parsed.error = tr("f(x) is not a real number anywhere from -10 to 10");
        return parsed;
    }
    auto base = analyse(*function, { -analysisLimit, analysisLimit }, times.entry);
    auto *activation = new ExpressionActivation(expression.trimmed(), std::move(function),
                                                std::move(base), times);
    activation->m_parameters = std::move(parameters);
    parsed.activation.reset(activation);
    return parsed;
}

ExpressionActivation::ExpressionActivation(const QString &expression,
                                           std::unique_ptr<ExpressionFunction> function,
                                           std::shared_ptr<const Range> analysed, SearchTimes times)
    : Activation(QStringLiteral("expression"), expression, analysed->breakpoints,
                 analysed->complete)
    , m_function(std::move(function))
    , m_base(std::move(analysed))
    , m_times(times)
{ }

ExpressionActivation::~ExpressionActivation() = default;

double ExpressionActivation::value(double x) const
{
    return m_function->value(x);
}

double ExpressionActivation::autogradDerivative(double x, Framework framework) const
{
    return autogradOf(*m_function, x, framework);
}

QString ExpressionActivation::autogradGap(double, Framework framework) const
{
    return noGradient(m_function->tree(), framework);
}

std::shared_ptr<const ExpressionActivation::Range>
ExpressionActivation::rangeFor(Interval range) const
{
    // The list made at parse time serves any range inside it, unless it was cut short: then the
    // range may hold points it does not.
    if ((m_base->covers(range) && m_base->complete) || m_base->range == range)
        return m_base;
    // A single point (pieceAt) inside a list cut short: the list's pieces, not a fresh analysis
    // of an empty range, which finds nothing and would replace the view's list on every call.
    // pieceAt checks the point itself for a breakpoint.
    if (range.lower == range.upper && m_base->covers(range))
        return m_base;
    if (!m_view || !(m_view->range == range))
        m_view = analyse(*m_function, range, m_times.range);
    return m_view;
}

std::vector<Breakpoint> ExpressionActivation::breakpointsIn(Interval range) const
{
    const auto analysed = rangeFor(range);
    std::vector<Breakpoint> inside;
    for (const Breakpoint &b : analysed->breakpoints) {
        if (range.contains(b.x))
            inside.push_back(b);
    }
    return inside;
}

bool ExpressionActivation::breakpointsCompleteIn(Interval range) const
{
    return rangeFor(range)->complete;
}

QString ExpressionActivation::breakpointsCaveat(Interval range) const
{
    const auto analysed = rangeFor(range);
    if (analysed->noisy)
        return tr("a comparison or switch in f is within rounding of its switch at many points, so "
                  "where f switches cannot be told in double precision");
    if (analysed->timedOut)
        return tr("the breakpoints crowd too closely to find them all in time; %1 are listed")
            .arg(analysed->breakpoints.size());
    if (!analysed->complete)
        return tr("more than %1 breakpoints; the list stops there")
            .arg(analysed->breakpoints.size());
    return {};
}

std::vector<Piece> ExpressionActivation::piecesIn(Interval range) const
{
    return rangeFor(range)->pieces;
}

const Breakpoint *ExpressionActivation::breakpointAt(double x) const
{
    if (!std::isfinite(x))
        return nullptr;
    for (const auto &analysed : { m_base, m_view }) {
        // A list cut short may lack x; only a complete one can say x is no breakpoint.
        if (analysed && analysed->complete && analysed->range.contains(x))
            return analysed->isSwitch(x) ? analysed->find(x) : nullptr;
    }
    const auto known = m_elsewhere.find(x);
    if (known != m_elsewhere.end())
        return &known->second;
    if (m_smoothElsewhere.count(x) != 0)
        return nullptr;
    // Beyond every complete list: a point is a breakpoint only where some switching function
    // is exactly at its switch, which forward mode notices.
    if (!m_function->evaluator().slope(x).atSwitch)
        return nullptr;
    // Where the switching function sits at its switch over a band of doubles (sin(x) is exactly
    // 1 within 1.5e-8 of π/2), a complete list names one point of the band, not each: so ask a
    // small neighbourhood, analysed as a list is, before judging x alone (which called every
    // such double a jump whenever the time budget ran out).
    const double reach = 1e-6 * std::max(1.0, std::abs(x));
    const auto local
        = analyse(*m_function, { x - reach, x + reach }, std::chrono::milliseconds(20));
    if (local->complete) {
        if (const Breakpoint *found = local->find(x))
            return &m_elsewhere.emplace(x, *found).first->second;
        m_smoothElsewhere.insert(x);
        return nullptr;
    }
    const PointAnalysis a = m_function->analyse(x, m_function->ownersAt(x));
    if (!isBreakpoint(a))
        return nullptr;
    return &m_elsewhere.emplace(x, breakpointOf(a, *m_function)).first->second;
}

bool ExpressionActivation::isAtSwitch(double x) const
{
    return std::isfinite(x) && (m_function->evaluator().slope(x).atSwitch || breakpointAt(x));
}

double ExpressionActivation::smoothDerivative(double x) const
{
    const Evaluator::Slope s = m_function->evaluator().slope(x);
    if (!s.atSwitch)
        return s.slope;
    for (const auto &analysed : { m_base, m_view }) {
        if (!analysed || !analysed->complete || !analysed->range.contains(x))
            continue;
        // Exactly on a switch where f is smooth after all (relu(x) − relu(−x) at 0), either
        // one-sided derivative is f′. A double next to a switch point, where the switching
        // function rounds to its switch too (e^x − 2 at both doubles beside ln 2), lies on one
        // side of it: that side's slope.
        if (const PointAnalysis *p = analysed->near(x)) {
            if (p->x == x)
                return numberOf(p->derivativeRight);
            return numberOf(x < p->x ? p->slopeLeft : p->slopeRight);
        }
        return s.slope; // no switch here: the rounding of a switching function that only touches
    }
    const PointAnalysis a = m_function->analyse(x, m_function->ownersAt(x));
    return numberOf(a.derivativeRight);
}
