// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "explorerstate.h"

#include "activationcatalog.h"
#include "comparedfunction.h"
#include "expressionactivation.h"
#include "numberformat.h"
#include "valuetable.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

ExplorerState::ExplorerState(QObject *parent)
    : QObject(parent)
    , m_activation(ActivationCatalog::create(QStringLiteral("relu")))
{ }

ExplorerState::~ExplorerState() = default;

ExplorerState::Step::Step(ExplorerState *state)
    : m_state(state)
{
    ++m_state->m_stepDepth;
}

ExplorerState::Step::~Step()
{
    if (--m_state->m_stepDepth == 0 && m_state->m_pending)
        m_state->announce(std::exchange(m_state->m_pending, {}));
}

void ExplorerState::announce(Changes what)
{
    if (m_stepDepth > 0) {
        m_pending |= what;
        return;
    }
    // The function first, the probe last: a view that draws the probe finds everything under it
    // already in place.
    if (what & Change::Function)
        Q_EMIT activationChanged();
    if (what & Change::ExpressionText)
        Q_EMIT expressionTextChanged(m_expressionText);
    if (what & Change::Comparisons)
        Q_EMIT comparisonsChanged();
    if (what & Change::Convention)
        Q_EMIT conventionChanged(m_convention);
    if (what & Change::View)
        Q_EMIT viewChanged();
    if (what & Change::EqualScales)
        Q_EMIT equalScalesChanged(m_equalScales);
    if (what & Change::DerivativePanel)
        Q_EMIT derivativePanelVisibleChanged(m_derivativePanelVisible);
    if (what & Change::QuotientPanel)
        Q_EMIT quotientPanelVisibleChanged(m_quotientPanelVisible);
    if (what & Change::QuotientScale)
        Q_EMIT quotientScaleChanged(m_quotientScale);
    if (what & Change::ValuesTable)
        Q_EMIT valuesTableVisibleChanged(m_valuesTableVisible);
    if (what & Change::SamplePoints)
        Q_EMIT samplePointsChanged();
    if (what & Change::SecantMode)
        Q_EMIT secantModeChanged(m_secantMode);
    if (what & Change::SecantH)
        Q_EMIT secantHChanged(m_secantH);
    if (what & Change::Probe)
        Q_EMIT probeChanged(m_probeX);
    Q_EMIT changed(what);
}

void ExplorerState::setActivation(std::shared_ptr<const Activation> activation)
{
    if (!activation || activation == m_activation)
        return;
    m_activation = std::move(activation);
    if (!m_activation->isExpression())
        m_builtInFunction = m_activation->specification();
    else if (const auto *expression = dynamic_cast<const ExpressionActivation *>(&*m_activation))
        m_expressionParameters = expression->parameters();
    announce(Change::Function | Change::Probe);
}

void ExplorerState::switchTo(std::shared_ptr<const Activation> activation)
{
    if (!activation)
        return;
    const Step step(this);
    setActivation(std::move(activation));
    // A function is not compared with itself: setComparisons drops it.
    setComparisons(m_comparisons);
    // A new function starts from the notebook's view, not from the last function's (relu6's
    // widened one, or a zoom into a kink that is not there any more), and keeps the probe in it.
    Interval x = SessionLimits::defaultXRange;
    const auto &breakpoints = m_activation->breakpoints();
    constexpr double margin = 1.4; // the notebook's view reaches 0.4 past its last point, 4
    if (!x.contains(m_probeX) && std::abs(m_probeX) <= 1e6) {
        x.lower = std::min(x.lower, m_probeX - margin);
        x.upper = std::max(x.upper, m_probeX + margin);
    }
    // A few breakpoints (relu6's at 6) are worth widening the view for; abs(sin(x))'s 637 are not.
    constexpr std::size_t few = 8;
    for (const Breakpoint &b : breakpoints) {
        if (breakpoints.size() > few || std::abs(b.x) > 1e6)
            break;
        x.lower = std::min(x.lower, b.x - margin);
        x.upper = std::max(x.upper, b.x + margin);
    }
    if (x != m_xRange)
        setView(x, m_yRange);
    fitYRange();
}

void ExplorerState::setProbeX(double x)
{
    if (!std::isfinite(x) || x == m_probeX)
        return;
    m_probeX = x == 0.0 ? 0.0 : x; // -0 and +0 are the same probe position
    announce(Change::Probe);
}

void ExplorerState::dragProbeTo(double x, const AxisMapping &xAxis)
{
    if (!std::isfinite(x))
        return;
    const double pixel = xAxis.toPixel(x);
    double nearest = std::numeric_limits<double>::quiet_NaN();
    double nearestDistance = snapPixels;
    for (const Breakpoint &b : m_activation->breakpointsIn(m_xRange)) {
        const double distance = std::abs(xAxis.toPixel(b.x) - pixel);
        if (distance <= nearestDistance) {
            nearest = b.x;
            nearestDistance = distance;
        }
    }
    setProbeX(std::isfinite(nearest) ? nearest : m_xRange.clamp(x));
}

void ExplorerState::setConvention(DerivativeConvention convention)
{
    if (convention == m_convention)
        return;
    m_convention = convention;
    announce(Change::Convention);
}

bool ExplorerState::setView(Interval xRange, Interval yRange)
{
    if (!SessionLimits::isValidRange(xRange) || !SessionLimits::isValidRange(yRange))
        return false;
    if (xRange == m_xRange && yRange == m_yRange)
        return true;
    m_xRange = xRange;
    m_yRange = yRange;
    announce(Change::View);
    return true;
}

void ExplorerState::resetView()
{
    setView(SessionLimits::defaultXRange, SessionLimits::defaultYRange);
}

bool ExplorerState::zoomAroundProbe(double factor)
{
    if (!(factor > 0) || !std::isfinite(factor))
        return false;
    const double cx = m_xRange.clamp(m_probeX);
    const double y = probeY();
    const double cy
        = std::isfinite(y) ? m_yRange.clamp(y) : 0.5 * (m_yRange.lower + m_yRange.upper);
    const Interval x { cx - (cx - m_xRange.lower) / factor, cx + (m_xRange.upper - cx) / factor };
    const Interval yRange { cy - (cy - m_yRange.lower) / factor,
                            cy + (m_yRange.upper - cy) / factor };
    if (!SessionLimits::isValidRange(x) || !SessionLimits::isValidRange(yRange))
        return false;
    return setView(x, yRange);
}

void ExplorerState::cycleConvention()
{
    const int next = (ConventionNames::toIndex(m_convention) + 1) % ConventionNames::count;
    setConvention(ConventionNames::fromIndex(next));
}

double ExplorerState::keyIncrement() const
{
    const double raw = m_xRange.width() / 80.0;
    const double decade = std::pow(10.0, std::floor(std::log10(raw)));
    for (double nice : { 1.0, 2.0, 5.0 }) {
        if (nice * decade >= raw * 0.75)
            return nice * decade;
    }
    return 10.0 * decade;
}

void ExplorerState::moveProbe(int direction, double increment)
{
    if (!(increment > 0.0) || !std::isfinite(increment))
        return;
    // Land on the grid of multiples of increment, so repeated steps give round numbers.
    double x = (std::round(m_probeX / increment) + direction) * increment;
    const Interval passedOver { std::min(m_probeX, x) - increment,
                                std::max(m_probeX, x) + increment };
    const std::vector<Breakpoint> near = m_activation->breakpointsIn(passedOver);
    // Ordered along the direction of travel, so the first breakpoint passed is the one kept.
    auto consider = [&](const Breakpoint &b) {
        const bool passed = (m_probeX - b.x) * (x - b.x) < 0.0;
        if (std::abs(x - b.x) < 0.5 * increment || (passed && m_probeX != b.x)) {
            x = b.x;
            return true;
        }
        return false;
    };
    if (direction > 0) {
        for (auto it = near.begin(); it != near.end() && !consider(*it); ++it) { }
    } else {
        for (auto it = near.rbegin(); it != near.rend() && !consider(*it); ++it) { }
    }
    setProbeX(x);
}

double ExplorerState::edgeProbeX(int direction) const
{
    // A fortieth of the view inside the edge, so the probe's ring is whole, on the arrow keys'
    // grid, so the readout shows a round number (−4.1 in the first view, not −4.18).
    const double step = keyIncrement();
    const double inset = m_xRange.width() / 40.0;
    const double wanted = direction < 0 ? m_xRange.lower + inset : m_xRange.upper - inset;
    const double n = direction < 0 ? std::ceil(wanted / step) : std::floor(wanted / step);
    // n / 10 is exact where n · 0.1 is not (−41 · 0.1 = −4.1000000000000005).
    const double x = step < 1.0 ? n / std::round(1.0 / step) : n * step;
    return m_xRange.contains(x) ? x : m_xRange.center();
}

void ExplorerState::moveProbeToLeftEdge()
{
    setProbeX(edgeProbeX(-1));
}

void ExplorerState::moveProbeToRightEdge()
{
    setProbeX(edgeProbeX(+1));
}

bool ExplorerState::jumpToKink()
{
    // The breakpoints in view, else all that are known.
    std::vector<Breakpoint> points = m_activation->breakpointsIn(m_xRange);
    if (points.empty())
        points = m_activation->breakpoints();
    if (points.empty())
        return false;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (points[i].x == m_probeX) {
            setProbeX(points[(i + 1) % points.size()].x);
            return true;
        }
    }
    const Breakpoint *nearest = &points.front();
    for (const Breakpoint &b : points) {
        if (std::abs(b.x - m_probeX) < std::abs(nearest->x - m_probeX))
            nearest = &b;
    }
    setProbeX(nearest->x);
    return true;
}

double ExplorerState::secantSlope() const
{
    return DifferenceQuotient::of(m_secantMode, *m_activation, m_probeX, m_secantH);
}

void ExplorerState::setSecantMode(SecantMode mode)
{
    if (mode == m_secantMode)
        return;
    m_secantMode = mode;
    announce(Change::SecantMode);
}

void ExplorerState::setSecantH(double h)
{
    if (!std::isfinite(h) || h == 0.0)
        return;
    const double magnitude
        = std::clamp(std::abs(h), SessionLimits::minSecantH, SessionLimits::maxSecantH);
    const double clamped = std::copysign(magnitude, h);
    if (clamped == m_secantH)
        return;
    m_secantH = clamped;
    announce(Change::SecantH);
}

void ExplorerState::setDerivativePanelVisible(bool visible)
{
    if (visible == m_derivativePanelVisible)
        return;
    m_derivativePanelVisible = visible;
    announce(Change::DerivativePanel);
}

void ExplorerState::setEqualScales(bool equal)
{
    if (equal == m_equalScales)
        return;
    m_equalScales = equal;
    announce(Change::EqualScales);
}

void ExplorerState::setQuotientPanelVisible(bool visible)
{
    if (visible == m_quotientPanelVisible)
        return;
    m_quotientPanelVisible = visible;
    announce(Change::QuotientPanel);
}

void ExplorerState::setQuotientScale(QuotientAxis::Scale scale)
{
    if (scale == m_quotientScale)
        return;
    m_quotientScale = scale;
    announce(Change::QuotientScale);
}

void ExplorerState::setComparedValuesShown(bool shown)
{
    if (shown == m_comparedValuesShown)
        return;
    m_comparedValuesShown = shown;
    announce(Change::Comparisons);
}

void ExplorerState::setValuesTableVisible(bool visible)
{
    if (visible == m_valuesTableVisible)
        return;
    m_valuesTableVisible = visible;
    announce(Change::ValuesTable);
}

void ExplorerState::setComparisons(std::vector<std::shared_ptr<const Activation>> comparisons)
{
    // Null entries and repeats go, and a list past SessionSnapshot::maximumComparisons stops
    // there: in one pass, so a hostile list of thousands costs nothing.
    QSet<QString> seen;
    // An expression with a parameter is compared frozen, at its values (ComparedFunction).
    const QString shown = ComparedFunction::frozen(*m_activation);
    std::vector<std::shared_ptr<const Activation>> kept;
    for (auto &compared : comparisons) {
        if (!compared || int(kept.size()) == SessionSnapshot::maximumComparisons)
            continue;
        const QString specification = compared->specification();
        // Repeats go, and the function itself: it is drawn already, in full.
        if (seen.contains(specification) || specification == m_activation->specification()
            || specification == shown)
            continue;
        seen.insert(specification);
        kept.push_back(std::move(compared));
    }
    comparisons = std::move(kept);
    if (comparisons == m_comparisons)
        return;
    m_comparisons = std::move(comparisons);
    announce(Change::Comparisons);
}

Interval ExplorerState::fittedYRange() const
{
    double lowest = std::numeric_limits<double>::infinity();
    double highest = -lowest;
    constexpr int samples = 400;
    auto includeValue = [&](double y) {
        if (std::isfinite(y)) {
            lowest = std::min(lowest, y);
            highest = std::max(highest, y);
        }
    };
    auto include = [&](double x) { includeValue(m_activation->value(x)); };
    for (int i = 0; i <= samples; ++i)
        include(m_xRange.lower + m_xRange.width() * i / samples);
    for (const Breakpoint &b : m_activation->breakpointsIn(m_xRange)) {
        include(b.x);
        includeValue(b.valueLeft);
        includeValue(b.valueRight);
    }
    if (!std::isfinite(lowest))
        return m_yRange;
    const double margin = 0.1 * (std::max(highest, 1.0) - std::min(lowest, -1.0));
    Interval fitted { std::floor(std::min(-1.0, lowest - margin)),
                      std::ceil(std::max(1.0, highest + margin)) };
    return SessionLimits::isValidRange(fitted) ? fitted : m_yRange;
}

void ExplorerState::fitYRange()
{
    setView(m_xRange, fittedYRange());
}

void ExplorerState::setExpressionText(const QString &text)
{
    if (text == m_expressionText)
        return;
    m_expressionText = text;
    announce(Change::ExpressionText);
}

void ExplorerState::setExpressionParameter(int index, double value)
{
    const auto *expression = dynamic_cast<const ExpressionActivation *>(&*m_activation);
    if (!expression || index < 0 || index >= expression->parameters().size())
        return;
    ExpressionParameters parameters = expression->parameters();
    ExpressionParameter &changed = parameters[index];
    if (!(value >= changed.minimum && value <= changed.maximum) || value == changed.value)
        return;
    changed.value = value == 0.0 ? 0.0 : value;
    if (auto activation = expression->withParameters(parameters).activation)
        setActivation(std::move(activation));
}

QString ExplorerState::setExpressionParameterRange(int index, double minimum, double maximum)
{
    const auto *expression = dynamic_cast<const ExpressionActivation *>(&*m_activation);
    if (!expression || index < 0 || index >= expression->parameters().size())
        return tr("the function shown has no such parameter");
    if (const QString why = ExpressionParameter::rangeProblem(minimum, maximum); !why.isEmpty())
        return why;
    ExpressionParameters parameters = expression->parameters();
    ExpressionParameter &changed = parameters[index];
    if (changed.minimum == minimum && changed.maximum == maximum)
        return {};
    changed.minimum = minimum;
    changed.maximum = maximum;
    changed.value = std::clamp(changed.value, minimum, maximum);
    const auto parsed = expression->withParameters(parameters);
    if (!parsed.activation)
        return parsed.error;
    setActivation(parsed.activation);
    return {};
}

void ExplorerState::setSamplePointsVisible(bool visible)
{
    if (visible == m_samplePointsVisible)
        return;
    m_samplePointsVisible = visible;
    announce(Change::SamplePoints);
}

void ExplorerState::setSampleGrid(const SampleGrid &grid)
{
    if (!SessionSnapshot::isValidGrid(grid) || grid == m_sampleGrid)
        return;
    m_sampleGrid = grid;
    announce(Change::SamplePoints);
}

std::vector<double> ExplorerState::sampleXs() const
{
    return ValueTable::grid(m_sampleGrid.from, m_sampleGrid.to, m_sampleGrid.step, nullptr)
        .value_or(std::vector<double> {});
}

SessionSnapshot ExplorerState::snapshot() const
{
    SessionSnapshot s;
    s.useExpression = m_activation->isExpression();
    s.function = s.useExpression ? m_builtInFunction : m_activation->specification();
    s.expression = s.useExpression ? m_activation->specification() : m_expressionText;
    s.parameters = m_expressionParameters;
    for (const auto &compared : m_comparisons)
        s.comparisons << compared->specification();
    s.convention = m_convention;
    s.probeX = m_probeX;
    s.secantMode = m_secantMode;
    s.secantH = m_secantH;
    s.xRange = m_xRange;
    s.yRange = m_yRange;
    s.equalScales = m_equalScales;
    s.derivativePanel = m_derivativePanelVisible;
    s.quotientPanel = m_quotientPanelVisible;
    s.quotientScale = m_quotientScale;
    s.samplePoints = m_samplePointsVisible;
    s.comparedValues = m_comparedValuesShown;
    s.valuesTable = m_valuesTableVisible;
    s.samples = m_sampleGrid;
    return s;
}

QStringList ExplorerState::restore(const SessionSnapshot &snapshot)
{
    QStringList problems;
    const SessionSnapshot s = snapshot.sanitized(&problems);
    const Step step(this);
    setExpressionText(s.expression);
    // Behind an expression, the built-in function it replaced is kept for when it goes.
    m_builtInFunction = s.function;
    // The function shown already, kept: an undo of a probe move neither parses an expression
    // again nor rebuilds every graph.
    const bool shownAlready = m_activation->isExpression() == s.useExpression
        && m_activation->specification() == (s.useExpression ? s.expression : s.function)
        && (!s.useExpression || m_expressionParameters == s.parameters);
    std::shared_ptr<const Activation> function = shownAlready ? m_activation
        : s.useExpression ? ExpressionActivation::parse(s.expression, s.parameters).activation
                          : ActivationCatalog::fromSpecification(s.function, nullptr);
    // Kept as given behind a built-in function, for the expression when it comes back.
    m_expressionParameters = s.parameters;
    setActivation(function ? function : ActivationCatalog::create(SessionSnapshot().function));

    std::vector<std::shared_ptr<const Activation>> compared;
    for (const QString &spec : s.comparisons) {
        if (auto f = ComparedFunction::resolve(spec, nullptr))
            compared.push_back(std::move(f));
    }
    setComparisons(std::move(compared));
    setConvention(s.convention);
    setSecantMode(s.secantMode);
    setSecantH(s.secantH);
    setView(s.xRange, s.yRange);
    setProbeX(s.probeX);
    setEqualScales(s.equalScales);
    setDerivativePanelVisible(s.derivativePanel);
    setQuotientPanelVisible(s.quotientPanel);
    setQuotientScale(s.quotientScale);
    setSamplePointsVisible(s.samplePoints);
    setComparedValuesShown(s.comparedValues);
    setValuesTableVisible(s.valuesTable);
    setSampleGrid(s.samples);
    return problems;
}

void ExplorerState::resetAll()
{
    restore(SessionSnapshot());
}
