// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "expressionactivation.h"

#include "expressionevaluator.h"
#include "numberformat.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace {

constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();
/** Cells of the kink-finding grid on [-detectionLimit, detectionLimit]: 0.01 wide. */
constexpr int gridCells = 200000;

double scaleOf(double x)
{
    return std::max(1.0, std::abs(x));
}

/** Numbers within a whisker of an integer are that integer: 0.9999999999999998 reads 1. */
double tidy(double v)
{
    const double r = std::round(v);
    return std::abs(v - r) <= 1e-10 * std::max(1.0, std::abs(r)) ? r : v;
}

/** The round number within `tolerance` of c with the fewest decimals, or c itself. */
double roundNear(double c, double tolerance)
{
    for (int decimals = 0; decimals <= 9; ++decimals) {
        const double unit = std::pow(10.0, decimals);
        const double r = std::round(c * unit) / unit;
        if (std::abs(r - c) <= tolerance)
            return r == 0.0 ? 0.0 : r;
    }
    return c;
}

/**
 * Richardson extrapolation of a difference quotient q(h) whose error is a power series in h
 * (`ratio` 2) or in h² (`ratio` 4), from h0 down to h0/16.
 *
 * Returns NaN when the quotients do not settle as h shrinks: at a pole (1/x at 0) or a vertical
 * tangent (√|x| at 0) they grow without bound, and no extrapolation of them means anything.
 */
template<typename Quotient> double extrapolate(Quotient q, double h0, double ratio)
{
    constexpr int levels = 5;
    std::array<double, levels> row {};
    for (int k = 0; k < levels; ++k)
        row[std::size_t(k)] = q(h0 / double(1 << k));
    // A converging quotient's steps shrink by 1/ratio per halving; a diverging one's do not.
    const double lastStep = std::abs(row[levels - 1] - row[levels - 2]);
    const double stepBefore = std::abs(row[levels - 2] - row[levels - 3]);
    const double noise = 1e-6 * (1.0 + std::abs(row[levels - 1]));
    if (!std::isfinite(row[levels - 1]) || (lastStep > noise && lastStep > 0.9 * stepBefore))
        return notANumber;
    double factor = ratio;
    for (int j = 1; j < levels; ++j) {
        for (int k = 0; k + j < levels; ++k) {
            const auto i = std::size_t(k);
            row[i] = (factor * row[i + 1] - row[i]) / (factor - 1.0);
        }
        factor *= ratio;
    }
    return row[0];
}

/** Finds the breakpoints of an expression, its one-sided slopes, and its pieces. */
class Analysis
{
public:
    explicit Analysis(const ExpressionEvaluator &f)
        : m_f(f)
    { }

    void run();

    std::vector<Kink> kinks;
    std::vector<double> breakpoints;
    std::vector<Piece> pieces;

private:
    double locate(double a, double b) const;
    /** f′ from the left (`side` -1) or the right (+1) at c, from points strictly on that side. */
    double oneSided(double c, int side, double limit) const;
    void buildPieces();

    const ExpressionEvaluator &m_f;
    std::vector<double> m_xs;
    std::vector<double> m_slopes; ///< per grid cell
};

double Analysis::oneSided(double c, int side, double limit) const
{
    // Two points on one side, c + side·h and c + side·2h, never c itself: its exact position is
    // only known to ~1e-10, and a kink there must not leak into the slope.
    const double h0 = std::min(1e-3 * scaleOf(c), 0.4 * limit);
    auto quotient
        = [&](double h) { return side * (m_f(c + side * 2 * h) - m_f(c + side * h)) / h; };
    return tidy(extrapolate(quotient, h0, 2.0));
}

double Analysis::locate(double a, double b) const
{
    // Halve the bracket, keeping the half whose secant disagrees with the slope next to it.
    for (int i = 0; i < 80 && b - a > 2e-11 * scaleOf(a); ++i) {
        const double w = b - a;
        const double m = a + 0.5 * w;
        const double fa = m_f(a), fm = m_f(m), fb = m_f(b);
        const double leftHalf = (fm - fa) / (m - a);
        const double rightHalf = (fb - fm) / (b - m);
        const double beforeA = (fa - m_f(a - 0.5 * w)) / (0.5 * w);
        const double afterB = (m_f(b + 0.5 * w) - fb) / (0.5 * w);
        if (std::abs(leftHalf - beforeA) <= std::abs(rightHalf - afterB))
            a = m;
        else
            b = m;
    }
    return roundNear(a + 0.5 * (b - a), 5e-10 * scaleOf(a));
}

void Analysis::run()
{
    const double dx = 2.0 * ExpressionActivation::detectionLimit / gridCells;
    m_xs.resize(gridCells + 1);
    std::vector<double> values(gridCells + 1);
    double largest = 0.0;
    for (int i = 0; i <= gridCells; ++i) {
        // Exact at every multiple of 0.01's integer and tenth steps: poles and kinks at round
        // numbers land on the grid.
        m_xs[std::size_t(i)] = double(i - gridCells / 2)
            / (gridCells / (2.0 * ExpressionActivation::detectionLimit));
        values[std::size_t(i)] = m_f(m_xs[std::size_t(i)]);
        if (std::isfinite(values[std::size_t(i)]))
            largest = std::max(largest, std::abs(values[std::size_t(i)]));
    }
    m_slopes.resize(gridCells);
    for (int i = 0; i < gridCells; ++i)
        m_slopes[std::size_t(i)] = (values[std::size_t(i) + 1] - values[std::size_t(i)]) / dx;

    // Changes of slope from one cell to the next: about f″·dx where f is smooth, a jump of the
    // derivative (split over at most two nodes) at a kink.
    auto change = [this](int node) {
        if (node < 1 || node >= gridCells)
            return 0.0;
        const double c = m_slopes[std::size_t(node)] - m_slopes[std::size_t(node) - 1];
        return std::isfinite(c) ? c : 0.0;
    };
    auto finiteAround = [this](int node) {
        for (int k = node - 5; k <= node + 4; ++k) {
            if (k < 0 || k >= gridCells || !std::isfinite(m_slopes[std::size_t(k)]))
                return false;
        }
        return true;
    };
    const double noise = 64 * std::numeric_limits<double>::epsilon() * largest / dx;
    std::vector<double> found;
    int lastCandidate = -10;
    for (int node = 5; node < gridCells - 5; ++node) {
        const double here = std::abs(change(node));
        // A break spreads over up to three nodes (a jump at a node has a value in between), so
        // compare with the changes three and four nodes away.
        const double around = std::max({ std::abs(change(node - 3)), std::abs(change(node + 3)),
                                         std::abs(change(node - 4)), std::abs(change(node + 4)) });
        const double slopes
            = std::abs(m_slopes[std::size_t(node)]) + std::abs(m_slopes[std::size_t(node) - 1]);
        if (here <= 10 * around + 1e-8 * (1 + slopes) + noise || !finiteAround(node))
            continue;
        if (here < std::abs(change(node - 1)) || here < std::abs(change(node + 1)))
            continue; // the neighbour holds more of this break
        if (node - lastCandidate <= 3)
            continue; // the same break, spread over neighbouring nodes
        lastCandidate = node;
        found.push_back(locate(m_xs[std::size_t(node) - 3], m_xs[std::size_t(node) + 3]));
    }
    // A single point where f is not finite between finite neighbours (1/x at 0) splits the curve.
    for (int i = 1; i < gridCells; ++i) {
        const auto k = std::size_t(i);
        if (!std::isfinite(values[k]) && std::isfinite(values[k - 1])
            && std::isfinite(values[k + 1]))
            found.push_back(m_xs[k]);
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());

    for (std::size_t k = 0; k < found.size(); ++k) {
        const double c = found[k];
        const double before = k > 0 ? c - found[k - 1] : inf;
        const double after = k + 1 < found.size() ? found[k + 1] - c : inf;
        const double room = std::min({ before, after, 1.0 });
        const double left = oneSided(c, -1, std::min(before, 1.0));
        const double right = oneSided(c, +1, std::min(after, 1.0));
        const double fc = m_f(c);
        if (!std::isfinite(left) || !std::isfinite(right) || !std::isfinite(fc)) {
            breakpoints.push_back(c); // a pole or the edge of a NaN region: a gap, not a kink
            continue;
        }
        // Does f itself jump at c? Compare with the lines of the two one-sided slopes.
        const double d = 1e-6 * room;
        const double jump
            = std::abs(m_f(c + d) - fc - right * d) + std::abs(fc - m_f(c - d) - left * d);
        if (jump > 1e-7 * (1 + std::abs(fc))) {
            breakpoints.push_back(c);
            continue;
        }
        if (std::abs(left - right) <= 1e-6 * (1 + std::abs(left) + std::abs(right)))
            continue; // smooth after all: a sharp bend, not a kink
        Kink kink;
        kink.x = c;
        kink.left = left;
        kink.right = right;
        kink.framework = 0.5 * (left + right);
        kink.numerical = true;
        kinks.push_back(kink);
        breakpoints.push_back(c);
    }
    buildPieces();
}

void Analysis::buildPieces()
{
    const double dx = 2.0 * ExpressionActivation::detectionLimit / gridCells;
    std::vector<double> bounds { -inf };
    bounds.insert(bounds.end(), breakpoints.begin(), breakpoints.end());
    bounds.push_back(inf);
    for (std::size_t p = 0; p + 1 < bounds.size(); ++p) {
        Piece piece;
        piece.domain = { bounds[p], bounds[p + 1] };
        // Linear when every grid cell inside the piece has the same slope.
        const double from = std::max(piece.domain.lower, -ExpressionActivation::detectionLimit);
        const double to = std::min(piece.domain.upper, ExpressionActivation::detectionLimit);
        const int first = int(std::ceil((from + ExpressionActivation::detectionLimit) / dx)) + 1;
        const int last = int(std::floor((to + ExpressionActivation::detectionLimit) / dx)) - 2;
        bool linear = last - first >= 3;
        double lowest = inf, highest = -inf;
        for (int i = first; linear && i <= last; ++i) {
            const double s = m_slopes[std::size_t(i)];
            if (!std::isfinite(s))
                linear = false;
            lowest = std::min(lowest, s);
            highest = std::max(highest, s);
        }
        if (linear && highest - lowest <= 1e-9 * (1 + std::abs(highest))) {
            const double x0 = m_xs[std::size_t(first)];
            piece.linear = true;
            piece.slope = tidy(0.5 * (lowest + highest));
            piece.intercept = tidy(m_f(x0) - piece.slope * x0);
            piece.derivativeLabel
                = ExpressionActivation::tr("f′(x) = %1").arg(NumberFormat::compact(piece.slope));
        } else {
            piece.derivativeLabel = ExpressionActivation::tr("f′(x), numerical");
        }
        for (const Kink &kink : kinks) {
            if (kink.x == piece.domain.lower)
                piece.slopeAtLower = kink.right;
            if (kink.x == piece.domain.upper)
                piece.slopeAtUpper = kink.left;
        }
        if (std::isnan(piece.slopeAtLower) && std::isfinite(piece.domain.lower))
            piece.slopeAtLower = piece.linear ? piece.slope : oneSided(piece.domain.lower, +1, 1.0);
        if (std::isnan(piece.slopeAtUpper) && std::isfinite(piece.domain.upper))
            piece.slopeAtUpper = piece.linear ? piece.slope : oneSided(piece.domain.upper, -1, 1.0);
        pieces.push_back(piece);
    }
}

} // namespace

ExpressionActivation::Parsed ExpressionActivation::parse(const QString &expression)
{
    Parsed parsed;
    const QString text = expression.trimmed();
    if (text.isEmpty()) {
        parsed.error = tr("enter f(x) in terms of x, such as max(0, x)");
        return parsed;
    }
    if (expression.size() > maximumLength) {
        parsed.error = tr("the expression has %1 characters; at most %2 are allowed")
                           .arg(expression.size())
                           .arg(maximumLength);
        return parsed;
    }
    auto evaluator = std::make_unique<ExpressionEvaluator>();
    if (!evaluator->setExpression(expression, &parsed.error, &parsed.errorPosition))
        return parsed;

    bool anywhere = false;
    for (int i = -100; i <= 100 && !anywhere; ++i)
        anywhere = std::isfinite((*evaluator)(i * 0.1));
    if (!anywhere) {
        parsed.error = tr("f(x) is not a real number anywhere from -10 to 10");
        return parsed;
    }

    Analysis analysis(*evaluator);
    analysis.run();
    parsed.activation.reset(new ExpressionActivation(text, std::move(evaluator), analysis.kinks,
                                                     analysis.pieces, analysis.breakpoints));
    return parsed;
}

ExpressionActivation::ExpressionActivation(const QString &expression,
                                           std::unique_ptr<ExpressionEvaluator> evaluator,
                                           std::vector<Kink> kinks, std::vector<Piece> pieces,
                                           std::vector<double> breakpoints)
    : Activation(QStringLiteral("expression"), expression, std::move(kinks), std::move(pieces))
    , m_evaluator(std::move(evaluator))
    , m_breakpoints(std::move(breakpoints))
{ }

ExpressionActivation::~ExpressionActivation() = default;

double ExpressionActivation::value(double x) const
{
    return (*m_evaluator)(x);
}

double ExpressionActivation::frameworkDerivative(double x) const
{
    const ExpressionEvaluator &f = *m_evaluator;
    // Where f has no finite value, or jumps (a breakpoint that is no kink), f′ does not exist.
    if (!std::isfinite(x) || !std::isfinite(f(x))
        || std::binary_search(m_breakpoints.begin(), m_breakpoints.end(), x))
        return notANumber;
    // Stay clear of breakpoints: a step that reaches across one measures the jump, not f′.
    double before = inf, after = inf;
    for (double b : m_breakpoints) {
        if (b < x)
            before = std::min(before, x - b);
        else if (b > x)
            after = std::min(after, b - x);
    }
    const double scale = scaleOf(x);
    const double nearest = std::min(before, after);
    if (nearest >= 1e-4 * scale) {
        const double h0 = std::min(1e-2 * scale, 0.45 * nearest);
        auto central = [&](double h) { return (f(x + h) - f(x - h)) / (2 * h); };
        return tidy(extrapolate(central, h0, 4.0));
    }
    // Right next to a breakpoint: one-sided, from the side x is on.
    const int side = after < before ? -1 : +1;
    const double room = side > 0 ? after : before;
    const double h0 = std::min(1e-3 * scale, 0.4 * room);
    auto oneSided = [&](double h) {
        // The slope between x + side·h and x + side·2h, extrapolated to x; x itself is used too,
        // as it lies inside the piece.
        return side * (4 * f(x + side * h) - 3 * f(x) - f(x + side * 2 * h)) / (2 * h);
    };
    return tidy(extrapolate(oneSided, h0, 4.0));
}
