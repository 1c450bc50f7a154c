// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "quotientpanel.h"

#include "axisticker.h"
#include "plotitems.h"
#include "polyline.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double noValue = std::numeric_limits<double>::quiet_NaN();

} // namespace

QuotientPanel::QuotientPanel(QCustomPlot *plot, QCPAxisRect *rect, QCPLayer *layer,
                             const PlotStyle &style)
    : m_plot(plot)
    , m_rect(rect)
    , m_style(style)
    , m_left(addGraph())
    , m_right(addGraph())
    , m_central(addGraph())
    , m_leftLimit(addGraph())
    , m_rightLimit(addGraph())
    , m_value(addGraph())
    , m_marker(PlotItems::marker(plot, rect, layer))
    , m_leftMarker(PlotItems::marker(plot, rect, layer))
    , m_note(new QCPItemText(plot))
{
    for (QCPGraph *graph : { m_central, m_left, m_right, m_leftLimit, m_rightLimit, m_value })
        graph->setLayer(layer);
    for (QCPGraph *graph : { m_leftLimit, m_rightLimit, m_value })
        graph->setLineStyle(QCPGraph::lsNone);
    m_note->setLayer(layer);
    m_note->setClipToAxisRect(true);
    m_note->setClipAxisRect(rect);
    m_note->setSelectable(false);
    m_note->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_note->position->setAxisRect(rect);
    m_note->position->setCoords(0.5, 0.04);
    m_note->setPositionAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_rect->axis(QCPAxis::atBottom)->setLabel(tr("h"));
    m_rect->axis(QCPAxis::atLeft)->setLabel(tr("q(h)"));
    m_rect->setRangeDrag({});
    m_rect->setRangeZoom({});
    setScale(QuotientAxis::Scale::Linear);
    applyStyle();
}

QCPGraph *QuotientPanel::addGraph()
{
    QCPGraph *graph
        = m_plot->addGraph(m_rect->axis(QCPAxis::atBottom), m_rect->axis(QCPAxis::atLeft));
    graph->setSelectable(QCP::stNone);
    graph->setAdaptiveSampling(false);
    return graph;
}

void QuotientPanel::applyStyle()
{
    m_left->setPen(QPen(m_style.secant, m_style.secantWidth()));
    m_right->setPen(QPen(m_style.secantRight, m_style.secantWidth()));
    // Solid, not dashed: every drag event redraws it, and Qt strokes a dashed line dash by dash
    // (at 1920x1080 that doubled the cost of a drag event). It is told from the two branches by
    // its colour and by running on both sides of h = 0.
    m_central->setPen(QPen(m_style.centralQuotient, m_style.tangentWidth()));
    const auto circle = [this](QColor colour) {
        return QCPScatterStyle(QCPScatterStyle::ssCircle,
                               QPen(colour, m_style.openCirclePenWidth()),
                               QBrush(m_style.background), m_style.openCircleSize());
    };
    m_leftLimit->setScatterStyle(circle(m_style.secant));
    m_rightLimit->setScatterStyle(circle(m_style.secantRight));
    m_value->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, m_style.kink, m_style.kink,
                                             m_style.conventionDotSize()));
    for (QCPItemTracer *marker : { m_marker, m_leftMarker }) {
        marker->setPen(QPen(m_style.probe, m_style.secantPointPenWidth()));
        marker->setBrush(Qt::NoBrush);
        marker->setSize(m_style.derivativeMarkerSize());
    }
    m_note->setColor(m_style.foreground);
    m_note->setFont(m_style.tickLabelFont());
    m_note->setBrush(m_style.legendBrush());
    m_note->setPadding(QMargins(4, 2, 4, 2));
}

void QuotientPanel::setScale(QuotientAxis::Scale scale)
{
    m_axis = QuotientAxis(scale);
    QCPAxis *hAxis = m_rect->axis(QCPAxis::atBottom);
    if (scale == QuotientAxis::Scale::Linear) {
        hAxis->setTicker(QSharedPointer<ReaderAxisTicker>::create());
    } else {
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        for (const QuotientAxis::Tick &tick : m_axis.ticks())
            ticker->addTick(tick.at, tick.label);
        hAxis->setTicker(ticker);
    }
    const Interval range = m_axis.range();
    hAxis->setRange(range.lower, range.upper);
}

void QuotientPanel::setVisible(bool visible)
{
    m_visible = visible;
    m_rect->setVisible(visible);
    for (QCPGraph *graph : { m_central, m_left, m_right, m_leftLimit, m_rightLimit, m_value })
        graph->setVisible(visible);
    m_note->setVisible(visible && !m_note->text().isEmpty());
    if (!visible) {
        m_marker->setVisible(false);
        m_leftMarker->setVisible(false);
    }
}

QString QuotientPanel::limitNote(double limit, int side)
{
    const QString zero = side < 0 ? QStringLiteral("0⁻") : QStringLiteral("0⁺");
    if (std::isnan(limit))
        return tr("q(h) has no limit as h → %1").arg(zero);
    if (std::isinf(limit)) {
        return limit > 0 ? tr("q(h) → +∞ as h → %1").arg(zero)
                         : tr("q(h) → −∞ as h → %1").arg(zero);
    }
    return {};
}

QString QuotientPanel::note() const
{
    return m_note->text();
}

bool QuotientPanel::update(const Activation &f, double x0, SecantMode mode, double h,
                           DerivativeConvention convention, int pixels)
{
    const int perSide = std::clamp(pixels / 6, 24, 400);
    const std::vector<double> hs = m_axis.samples(perSide);
    // The linear axis's extra samples halve h down to 10⁻⁶, all within a few pixels of 0: they
    // are drawn, but the q axis is fitted to the evenly spread ones.
    const double fittedFrom = m_axis.scale() == QuotientAxis::Scale::Linear
        ? 0.999 * QuotientAxis::reach / perSide
        : 0.0;
    const double fx = f.value(x0);
    std::vector<DifferenceQuotient::Row> rows;
    rows.reserve(hs.size());
    for (double sample : hs)
        rows.push_back(DifferenceQuotient::at(f, x0, fx, sample));

    const double left = f.leftDerivative(x0);
    const double right = f.rightDerivative(x0);
    const bool differentiable = std::isfinite(left) && left == right;
    const double value = f.derivative(x0, convention);

    // The q axis: the middle 80 % of the quotients drawn, and the limits, with a margin. A
    // quotient that runs off to infinity near 0 does not squash the rest.
    std::vector<double> seen;
    seen.reserve(3 * rows.size());
    // A branch that runs off to ±∞ (a jump, a cusp) is left out of the fit, as is the central
    // quotient with it: the note says where it goes, and the finite side stays readable.
    const bool leftRunsOff = std::isinf(left);
    const bool rightRunsOff = std::isinf(right);
    auto collect = [&](bool skipRunaways) {
        seen.clear();
        for (const DifferenceQuotient::Row &row : rows) {
            if (row.h < fittedFrom)
                continue;
            const bool skipCentral = skipRunaways && (leftRunsOff || rightRunsOff);
            for (const auto &[q, skip] : { std::pair { row.left, skipRunaways && leftRunsOff },
                                           std::pair { row.right, skipRunaways && rightRunsOff },
                                           std::pair { row.central, skipCentral } }) {
                if (!skip && std::isfinite(q))
                    seen.push_back(q);
            }
        }
    };
    collect(true);
    if (seen.empty())
        collect(false); // both sides run off: fit to what there is
    double lowest = std::numeric_limits<double>::infinity();
    double highest = -lowest;
    auto include = [&](double v) {
        if (std::isfinite(v)) {
            lowest = std::min(lowest, v);
            highest = std::max(highest, v);
        }
    };
    if (!seen.empty()) {
        // Every drag event: two selections, not a sort.
        const auto low = seen.begin() + std::ptrdiff_t(seen.size() / 10);
        const auto high = seen.end() - 1 - std::ptrdiff_t(seen.size() / 10);
        std::nth_element(seen.begin(), low, seen.end());
        include(*low);
        std::nth_element(low, high, seen.end());
        include(*high);
    }
    for (double v : { left, right, value })
        include(v);
    if (!std::isfinite(lowest)) {
        lowest = 0.0;
        highest = 1.0;
    }
    const double span = std::max(highest - lowest, 1.0);
    const double middle = 0.5 * (lowest + highest);
    const QCPRange wanted(middle - 0.75 * span, middle + 0.75 * span);
    QCPAxis *qAxis = m_rect->axis(QCPAxis::atLeft);
    // About one labelled tick per 50 pixels of height, so labels never touch.
    qAxis->ticker()->setTickCount(std::clamp(m_rect->height() / 50, 2, 6));
    const QCPRange current = qAxis->range();
    // Keep the range while what is drawn fits in it and fills a third of it: a drag then
    // repaints only the panel's curves, not its axes.
    const bool keep = current.lower <= lowest && highest <= current.upper
        && current.size() <= 3 * wanted.size();
    if (!keep)
        qAxis->setRange(wanted);
    const QCPRange shown = qAxis->range();

    // Coordinates far off the panel are pinned a few panel heights away: off screen either way,
    // and the rasteriser would spend seconds on lines millions of pixels long.
    const double pin = 3 * shown.size();
    auto drawn = [&](double q) {
        return std::isfinite(q) ? std::clamp(q, shown.lower - pin, shown.upper + pin) : noValue;
    };
    Polyline leftCurve, rightCurve, centralCurve;
    const int n = int(rows.size());
    for (int i = n - 1; i >= 0; --i) { // h < 0, from −reach towards 0⁻
        const double at = m_axis.toAxis(-rows[i].h);
        leftCurve.append(at, drawn(rows[i].left));
        centralCurve.append(at, drawn(rows[i].central));
    }
    // No quotient exists at h = 0: the central curve breaks there too.
    centralCurve.append(0.0, noValue);
    for (int i = 0; i < n; ++i) {
        const double at = m_axis.toAxis(rows[i].h);
        rightCurve.append(at, drawn(rows[i].right));
        centralCurve.append(at, drawn(rows[i].central));
    }
    // Every drag event redraws these curves: only the points that bend them by a fifth of a
    // pixel or more are drawn. A constant quotient (ReLU at its kink) is two points per side,
    // not hundreds.
    const QCPAxis *hAxis = m_rect->axis(QCPAxis::atBottom);
    const double xScale = m_rect->width() / hAxis->range().size();
    const double yScale = m_rect->height() / shown.size();
    constexpr double tolerance = 0.2;
    const auto show = [&](QCPGraph *graph, const Polyline &curve) {
        const Polyline drawnCurve = curve.simplified(xScale, yScale, tolerance);
        graph->setData(QVector<double>(drawnCurve.x.begin(), drawnCurve.x.end()),
                       QVector<double>(drawnCurve.y.begin(), drawnCurve.y.end()), true);
    };
    show(m_left, leftCurve);
    show(m_right, rightCurve);
    show(m_central, centralCurve);

    m_leftLimit->data()->clear();
    m_rightLimit->data()->clear();
    m_value->data()->clear();
    // At h = 0 itself (on the log axis, between 0⁻ and 0⁺): f′(x₀) where it exists, in the
    // probe's colour; at a breakpoint the convention's value, red like the kink.
    const QColor dot = differentiable ? m_style.probe : m_style.kink;
    m_value->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDisc, dot, dot, m_style.conventionDotSize()));
    if (differentiable) {
        m_value->addData(0.0, left);
    } else {
        if (std::isfinite(left))
            m_leftLimit->addData(m_axis.limitAt(-1), left);
        if (std::isfinite(right))
            m_rightLimit->addData(m_axis.limitAt(+1), right);
        if (std::isfinite(value))
            m_value->addData(0.0, value);
    }

    QStringList notes;
    if (!std::isfinite(fx)) {
        notes << tr("f(x₀) is undefined: no quotient exists");
    } else if (const Breakpoint *b = f.breakpointAt(x0); b && b->kind == BreakpointKind::Unknown) {
        // The app could not tell what f does here: it does not claim a limit, nor its absence.
        notes << tr("what q(h) tends to as h → 0 could not be determined");
    } else if (!differentiable) {
        for (const QString &note : { limitNote(left, -1), limitNote(right, +1) }) {
            if (!note.isEmpty())
                notes << note;
        }
    }
    m_note->setText(notes.join(QStringLiteral("; ")));
    m_note->setVisible(m_visible && !notes.isEmpty());

    double markerQ = noValue;
    if (mode != SecantMode::Off && std::abs(h) > 0) {
        const DifferenceQuotient::Row row = DifferenceQuotient::at(f, x0, fx, std::abs(h));
        markerQ = mode == SecantMode::Central ? row.central : (h < 0 ? row.left : row.right);
    }
    double markerH = h;
    double leftQ = noValue;
    if (mode == SecantMode::BothSides && std::abs(h) > 0) {
        const DifferenceQuotient::Row row = DifferenceQuotient::at(f, x0, fx, std::abs(h));
        markerH = std::abs(h);
        markerQ = row.right;
        leftQ = row.left;
    }
    m_marker->setVisible(m_visible && std::isfinite(markerQ));
    m_marker->position->setCoords(m_axis.toAxis(markerH),
                                  std::isfinite(markerQ) ? drawn(markerQ) : 0);
    m_leftMarker->setVisible(m_visible && std::isfinite(leftQ));
    m_leftMarker->position->setCoords(m_axis.toAxis(-markerH),
                                      std::isfinite(leftQ) ? drawn(leftQ) : 0);
    return !keep;
}

double QuotientPanel::hAt(double pixelX) const
{
    return m_axis.toH(m_rect->axis(QCPAxis::atBottom)->pixelToCoord(pixelX));
}
