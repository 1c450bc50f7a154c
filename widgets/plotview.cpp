// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plotview.h"

#include "clipspan.h"
#include "comparisongraphs.h"
#include "derivativepanel.h"
#include "explorerstate.h"
#include "footprint.h"
#include "functiongraph.h"
#include "kinkfan.h"
#include "numberformat.h"
#include "overlaylayer.h"
#include "probeoverlay.h"
#include "probereadout.h"
#include "secantoverlay.h"

#include <QWindow>

#include <algorithm>
#include <cmath>

namespace {

QCPRange toRange(Interval interval)
{
    return { interval.lower, interval.upper };
}

Interval toInterval(const QCPRange &range)
{
    return { range.lower, range.upper };
}

AxisMapping mappingOf(const QCPAxis *axis)
{
    const QRect rect = axis->axisRect()->rect();
    if (axis->orientation() == Qt::Horizontal)
        return { toInterval(axis->range()), double(rect.left()),
                 double(rect.left() + rect.width()) };
    return { toInterval(axis->range()), double(rect.top() + rect.height()), double(rect.top()) };
}

} // namespace

PlotView::PlotView(ExplorerState *state, QWidget *parent)
    : QCustomPlot(parent)
    , m_state(state)
{
    setAccessibleName(tr("Function plot"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setBackground(m_style.background);
    setAutoAddPlottableToLegend(false);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setPlottingHint(QCP::phCacheLabels, false);
    // Curves as runs of segments rather than one polyline path: Qt rasterises a long
    // antialiased polyline as a single complex polygon, which took 90% of a full replot.
    setPlottingHint(QCP::phFastPolylines, true);

    // Layers: the tangent, fan and secant lie under the curves, so a straight piece keeps its
    // colour where a line coincides with it; markers and the readout lie over everything. Both
    // are buffered, so a drag repaints only them.
    // The probe layer goes on top of all: below it, QCustomPlot's own (empty) overlay layer then
    // shares the main buffer instead of needing one of its own.
    m_overlayLayer = insertOverlayLayer(QStringLiteral("probe"), QStringLiteral("overlay"), true);
    m_tangentLayer = insertOverlayLayer(QStringLiteral("tangent"), QStringLiteral("main"), false);
    // QCustomPlot's own overlay layer holds only a selection rectangle, which we never show; as a
    // buffer it would be composed on every frame for nothing.
    layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);
    // Compared functions lie under the main one.
    insertLayer(new QCPLayer(this, QStringLiteral("comparison")), QStringLiteral("main"), false);

    m_functionRect = axisRect();
    m_functionRect->axis(QCPAxis::atLeft)->setLabel(tr("f(x)"));
    m_derivativeRect = new QCPAxisRect(this);
    m_derivativeRect->axis(QCPAxis::atBottom)->setLabel(tr("x"));
    m_derivativeRect->axis(QCPAxis::atLeft)->setLabel(tr("f′(x)"));
    // A short panel: three or so ticks read better than a crowd of quarters.
    m_derivativeRect->axis(QCPAxis::atLeft)->ticker()->setTickCount(3);
    m_derivativeRect->setRangeDrag(Qt::Horizontal);
    m_derivativeRect->setRangeZoom(Qt::Horizontal);
    m_marginGroup = new QCPMarginGroup(this);
    m_functionRect->setMarginGroup(QCP::msLeft | QCP::msRight, m_marginGroup);
    m_derivativeRect->setMarginGroup(QCP::msLeft | QCP::msRight, m_marginGroup);

    legend->setVisible(true);
    m_functionRect->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    m_readout = new QCPTextElement(this, QString(), m_style.readoutFont());
    m_readout->setLayer(m_overlayLayer);
    m_readout->setMargins(QMargins(8, 4, 8, 8));

    // Sample points sit under the curve, like beads on a string; the kink's dot stays on top.
    m_samplePoints
        = addGraph(m_functionRect->axis(QCPAxis::atBottom), m_functionRect->axis(QCPAxis::atLeft));
    m_samplePoints->setLayer(layer(QStringLiteral("comparison")));
    m_samplePoints->setLineStyle(QCPGraph::lsNone);
    m_samplePoints->setSelectable(QCP::stNone);
    m_functionGraph = std::make_unique<FunctionGraph>(this, m_functionRect, legend, m_style);
    m_comparisonGraphs
        = std::make_unique<ComparisonGraphs>(this, m_functionRect, m_derivativeRect, legend,
                                             layer(QStringLiteral("comparison")), m_style);
    m_derivativePanel
        = std::make_unique<DerivativePanel>(this, m_derivativeRect, m_overlayLayer, m_style);
    m_kinkFan = std::make_unique<KinkFan>(this, m_functionRect, m_tangentLayer, m_style);
    m_secantOverlay = std::make_unique<SecantOverlay>(this, m_functionRect, m_tangentLayer,
                                                      m_overlayLayer, m_style);
    m_probeOverlay = std::make_unique<ProbeOverlay>(this, m_functionRect, m_tangentLayer,
                                                    m_overlayLayer, m_style);

    // After a full replot the overlays are drawn where they are now.
    connect(this, &QCustomPlot::afterReplot, this,
            [this] { m_drawnFootprint = overlayFootprint(); });
    connect(m_state, &ExplorerState::activationChanged, this, &PlotView::showFunction);
    connect(m_state, &ExplorerState::conventionChanged, this, &PlotView::showFunction);
    connect(m_state, &ExplorerState::viewChanged, this, &PlotView::showView);
    connect(m_state, &ExplorerState::probeChanged, this, &PlotView::showProbe);
    connect(m_state, &ExplorerState::secantModeChanged, this, &PlotView::showProbe);
    connect(m_state, &ExplorerState::stepChanged, this, &PlotView::showProbe);
    connect(m_state, &ExplorerState::derivativePanelVisibleChanged, this, &PlotView::showPanels);
    connect(m_state, &ExplorerState::comparisonsChanged, this, &PlotView::showComparisons);
    connect(m_state, &ExplorerState::samplePointsChanged, this, &PlotView::showSamplePoints);
    // The user pans and zooms these three; the derivative panel's y axis is fitted to f′.
    for (QCPAxis *axis :
         { m_functionRect->axis(QCPAxis::atBottom), m_functionRect->axis(QCPAxis::atLeft),
           m_derivativeRect->axis(QCPAxis::atBottom) }) {
        QCPAxisRect *rect = axis->axisRect();
        connect(axis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
                [this, rect] { takeRangesFromAxes(rect); });
    }

    showPanels();
    applyStyle();
    showView();
}

void PlotView::setPlotStyle(const PlotStyle &style)
{
    m_style = style;
    applyStyle();
}

void PlotView::applyStyle()
{
    setBackground(m_style.background);
    styleAxes(m_functionRect);
    styleAxes(m_derivativeRect);
    legend->setFont(m_style.legendFont());
    legend->setTextColor(m_style.foreground);
    legend->setBrush(m_style.legendBrush());
    legend->setBorderPen(QPen(m_style.grid, 1));
    legend->setIconSize(int(36 * m_style.scale), int(18 * m_style.scale));
    m_readout->setTextColor(m_style.foreground);
    m_readoutMetrics = QFontMetricsF(m_style.readoutFont());
    fitReadout();
    m_probeOverlay->applyStyle();
    m_kinkFan->applyStyle();
    m_secantOverlay->applyStyle();
    m_derivativePanel->applyStyle();
    // Pens of the graphs are set when they are built.
    showFunction();
}

void PlotView::followDevicePixelRatio()
{
    const double ratio = devicePixelRatioF();
    if (qFuzzyCompare(bufferDevicePixelRatio(), ratio))
        return;
    setBufferDevicePixelRatio(ratio);
    requestReplot();
}

void PlotView::showEvent(QShowEvent *event)
{
    QCustomPlot::showEvent(event);
    followDevicePixelRatio();
    // A window moved to a screen with another pixel ratio must redraw its buffers for it.
    if (QWindow *window = this->window()->windowHandle()) {
        connect(window, &QWindow::screenChanged, this, &PlotView::followDevicePixelRatio,
                Qt::UniqueConnection);
    }
}

void PlotView::paintEvent(QPaintEvent *event)
{
    // Cheap, and catches a ratio change that came without a screen change (a settings change).
    if (!qFuzzyCompare(bufferDevicePixelRatio(), devicePixelRatioF()))
        followDevicePixelRatio();
    QCustomPlot::paintEvent(event);
}

PlotView::~PlotView() = default;

void PlotView::insertLayer(QCPLayer *created, const QString &next, bool above)
{
    // QCustomPlot::addLayer would also allocate every paint buffer at once, at whatever size the
    // widget has now; an export never uses them. The first replot sets them up instead.
    const int index = layer(next)->index() + (above ? 1 : 0);
    mLayers.insert(index, created);
    updateLayerIndices();
}

OverlayLayer *PlotView::insertOverlayLayer(const QString &name, const QString &next, bool above)
{
    auto *created = new OverlayLayer(this, name);
    insertLayer(created, next, above);
    created->setMode(QCPLayer::lmBuffered);
    return created;
}

QCPLayer *PlotView::overlayLayer() const
{
    return m_overlayLayer;
}

QCPLayer *PlotView::tangentLayer() const
{
    return m_tangentLayer;
}

namespace {

/** Pixels around a drawn line or shape that antialiasing and round-off may touch. */
constexpr int footprintMargin = 3;

/** The part of the line through a and b inside `rect` (Liang–Barsky); false if it misses. */
bool clipLine(QPointF a, QPointF b, const QRectF &rect, QPointF &from, QPointF &to)
{
    const QPointF d = b - a;
    if (d.isNull() || !std::isfinite(d.x()) || !std::isfinite(d.y()) || !std::isfinite(a.x())
        || !std::isfinite(a.y()))
        return false;
    ClipSpan span { -1e18, 1e18 }; // a line, not a segment: unbounded but for the rectangle
    if (!span.keep(-d.x(), a.x() - rect.left()) || !span.keep(d.x(), rect.right() - a.x())
        || !span.keep(-d.y(), a.y() - rect.top()) || !span.keep(d.y(), rect.bottom() - a.y()))
        return false;
    // The ends lie on the rectangle, but a + t·d loses all precision when a is far away (a
    // tangent through a point 1e300 pixels off): keep them on it, or the footprint's integer
    // rectangles overflow (found by tst_monkey under UBSan).
    const auto inside = [&rect](QPointF p) {
        return QPointF(std::clamp(p.x(), rect.left(), rect.right()),
                       std::clamp(p.y(), rect.top(), rect.bottom()));
    };
    from = inside(a + span.t0 * d);
    to = inside(a + span.t1 * d);
    return true;
}

/** Marks a band of small rectangles along a segment: a thin region, not its bounding box. */
void band(QPointF from, QPointF to, double halfWidth, Footprint &footprint)
{
    const double length = std::hypot(to.x() - from.x(), to.y() - from.y());
    // Short pieces hug a diagonal line closely.
    const int pieces = std::max(1, int(std::ceil(length / 24.0)));
    const int margin = int(std::ceil(halfWidth)) + footprintMargin;
    for (int i = 0; i < pieces; ++i) {
        const QPointF a = from + (to - from) * (double(i) / pieces);
        const QPointF b = from + (to - from) * (double(i + 1) / pieces);
        footprint.add(
            QRectF(a, b).normalized().toAlignedRect().adjusted(-margin, -margin, margin, margin));
    }
}

} // namespace

QRegion PlotView::overlayFootprint() const
{
    Footprint &footprint = m_footprint;
    footprint.reset(size());
    for (const QCPLayer *layer : { static_cast<const QCPLayer *>(m_tangentLayer),
                                   static_cast<const QCPLayer *>(m_overlayLayer) }) {
        for (QCPLayerable *child : layer->children()) {
            if (!child->realVisibility())
                continue;
            if (auto *tracer = qobject_cast<QCPItemTracer *>(child)) {
                const QPointF centre = tracer->position->pixelPosition();
                const double radius = tracer->size() / 2 + tracer->pen().widthF() + footprintMargin;
                footprint.add(
                    QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
                        .toAlignedRect());
            } else if (auto *line = qobject_cast<QCPItemStraightLine *>(child)) {
                QPointF from, to;
                const QRect clip = line->clipAxisRect() ? line->clipAxisRect()->rect() : rect();
                if (clipLine(line->point1->pixelPosition(), line->point2->pixelPosition(), clip,
                             from, to))
                    band(from, to, line->pen().widthF() / 2, footprint);
            } else if (auto *text = qobject_cast<QCPTextElement *>(child)) {
                // The text itself, centred in its row, not the row's full width.
                const QRect row = text->rect();
                const QRect drawn
                    = QFontMetrics(text->font()).boundingRect(row, Qt::AlignCenter, text->text());
                footprint.add(drawn.adjusted(-footprintMargin, -footprintMargin, footprintMargin,
                                             footprintMargin)
                              & text->outerRect());
            } else if (auto *element = qobject_cast<QCPLayoutElement *>(child)) {
                footprint.add(element->outerRect().adjusted(-1, -1, 1, 1));
            } else {
                footprint.addAll(); // something we cannot measure: all of it
            }
        }
    }
    return footprint.region();
}

void PlotView::styleAxes(QCPAxisRect *rect)
{
    QCPAxis *x = rect->axis(QCPAxis::atBottom);
    QCPAxis *y = rect->axis(QCPAxis::atLeft);
    for (QCPAxis *axis : { x, y }) {
        axis->setLabelFont(m_style.axisLabelFont());
        axis->setTickLabelFont(m_style.tickLabelFont());
        axis->setLabelColor(m_style.foreground);
        axis->setTickLabelColor(m_style.foreground);
        const double line = std::max(1.0, m_style.scale);
        axis->setBasePen(QPen(m_style.foreground, line));
        axis->setTickPen(QPen(m_style.foreground, line));
        axis->setSubTickPen(QPen(m_style.foreground, line));
        axis->setTickLength(int(5 * m_style.scale), 0);
        axis->setSubTickLength(int(2 * m_style.scale), 0);
        axis->grid()->setPen(QPen(m_style.grid, line));
        axis->grid()->setZeroLinePen(QPen(m_style.zeroLine, line));
    }
}

AxisMapping PlotView::xMapping() const
{
    return mappingOf(m_functionRect->axis(QCPAxis::atBottom));
}

AxisMapping PlotView::yMapping() const
{
    return mappingOf(m_functionRect->axis(QCPAxis::atLeft));
}

void PlotView::showPanels()
{
    const bool derivative = m_state->isDerivativePanelVisible();
    // Rebuild the column: function, derivative (if shown), readout.
    for (QCPLayoutElement *element : { static_cast<QCPLayoutElement *>(m_functionRect),
                                       static_cast<QCPLayoutElement *>(m_derivativeRect),
                                       static_cast<QCPLayoutElement *>(m_readout) }) {
        if (element->layout() == plotLayout())
            plotLayout()->take(element);
    }
    plotLayout()->simplify();
    int row = 0;
    plotLayout()->addElement(row++, 0, m_functionRect);
    if (derivative)
        plotLayout()->addElement(row++, 0, m_derivativeRect);
    plotLayout()->addElement(row, 0, m_readout);
    plotLayout()->setRowStretchFactor(0, 2.0);
    if (derivative)
        plotLayout()->setRowStretchFactor(1, 1.0);
    plotLayout()->setRowSpacing(0);

    m_derivativePanel->setVisible(derivative);
    // The x label goes under the lowest panel only.
    m_functionRect->axis(QCPAxis::atBottom)->setLabel(derivative ? QString() : tr("x"));
    showProbe();
    requestReplot();
}

void PlotView::showFunction()
{
    const Activation &f = m_state->activation();
    m_functionGraph->rebuild(f, m_state->convention(), m_state->xRange());
    m_derivativePanel->rebuild(f, m_state->convention(), m_state->xRange());
    m_comparisonGraphs->rebuild(m_state->comparisons());
    showSamplePoints();
    resample();
    showProbe();
    requestReplot();
}

void PlotView::resample()
{
    // Lines are cut to a band a few view heights tall: what reaches beyond it is off screen, and
    // coordinates millions of pixels away would cost the rasteriser seconds.
    auto band = [](Interval range) {
        return Interval { range.lower - 3 * range.width(), range.upper + 3 * range.width() };
    };
    m_sampledPixels = m_functionRect->width();
    const Interval yBand = band(m_state->yRange());
    if (!m_functionGraph->resample(m_state->activation(), m_state->xRange(), yBand,
                                   m_sampledPixels)) {
        // The view shows pieces the legend does not name yet: rebuild it all, in order.
        showFunction();
        return;
    }
    const Interval derivativeRange
        = m_derivativePanel->resample(m_state->activation(), m_state->xRange(), m_sampledPixels);
    m_comparisonGraphs->resample(m_state->xRange(), yBand, band(derivativeRange), m_sampledPixels);
}

void PlotView::showSamplePoints()
{
    const QColor colour = m_style.isDark() ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x44, 0x44, 0x44);
    m_samplePoints->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 11 * m_style.scale));
    m_samplePoints->data()->clear();
    m_samplePoints->setVisible(m_state->areSamplePointsVisible());
    if (m_state->areSamplePointsVisible()) {
        for (double x : m_state->sampleXs())
            m_samplePoints->addData(x, m_state->activation().value(x));
    }
    requestReplot();
}

void PlotView::showComparisons()
{
    // Rebuilt with the function, so their legend entries follow the function's.
    showFunction();
}

void PlotView::showView()
{
    // Setting one axis must not send the others' stale ranges back to the state.
    m_showingView = true;
    m_functionRect->axis(QCPAxis::atBottom)->setRange(toRange(m_state->xRange()));
    m_functionRect->axis(QCPAxis::atLeft)->setRange(toRange(m_state->yRange()));
    m_derivativeRect->axis(QCPAxis::atBottom)->setRange(toRange(m_state->xRange()));
    resample();
    m_showingView = false;
    showProbe();
    requestReplot();
}

void PlotView::showProbe()
{
    const double x = m_state->probeX();
    const double y = m_state->probeY();
    const double slope = m_state->probeSlope();
    if (const Kink *kink = m_state->probeKink()) {
        // No single tangent at a kink: the fan shows the many candidates instead.
        m_kinkFan->show(*kink, y, m_state->convention());
        m_probeOverlay->update(x, y, std::numeric_limits<double>::quiet_NaN());
    } else {
        m_kinkFan->hide();
        m_probeOverlay->update(x, y, slope);
    }
    m_derivativePanel->updateProbe(x, slope);
    m_secantOverlay->update(*m_state);

    const ProbeReadout readout = currentReadout();
    m_readout->setText(readout.text());
    const int lines = int(readout.lines().size());
    const double scale = readoutScaleFor(m_readout->text(), viewport().width());
    if (lines != m_readoutLines || scale != m_readoutScale) {
        // A taller readout, or one in smaller type, changes the layout: only a full replot
        // redoes that (updateLayout sets the font).
        m_readoutLines = lines;
        requestReplot();
        return;
    }
    replotOverlay();
}

void PlotView::requestReplot()
{
    // Hidden, there is nothing to repaint: showing resizes the widget, which replots it, and an
    // export draws everything afresh. A replot queued now would run a second time at start-up.
    if (isVisible())
        replot(rpQueuedReplot);
}

void PlotView::replotOverlay()
{
    // Before the first full replot there are no buffers, and a queued full replot repaints the
    // overlays anyway.
    if (mPaintBuffers.isEmpty() || mReplotQueued || hasInvalidatedPaintBuffers()) {
        requestReplot();
        return;
    }
    // Only where the overlays were and where they are now: the rest of the picture is unchanged.
    const QRegion now = overlayFootprint();
    const QRegion dirty = now.united(m_drawnFootprint);
    if (!m_tangentLayer->replotRegion(dirty) || !m_overlayLayer->replotRegion(dirty)) {
        requestReplot();
        return;
    }
    m_drawnFootprint = now;
}

void PlotView::takeRangesFromAxes(QCPAxisRect *rect)
{
    if (m_showingView)
        return;
    const Interval x = toInterval(rect->axis(QCPAxis::atBottom)->range());
    // The derivative panel's y axis is fitted to f′, not chosen by the user.
    const Interval y = rect == m_functionRect ? toInterval(rect->axis(QCPAxis::atLeft)->range())
                                              : m_state->yRange();
    if (!m_state->setView(x, y))
        showView(); // the state refused the range: put its own back on the axes
}

bool PlotView::grabs(const QPointF &pos) const
{
    const QPoint point = pos.toPoint();
    if (m_functionRect->rect().contains(point)) {
        return m_probeOverlay->distanceTo(pos) <= grabPixels
            || m_functionGraph->distanceTo(pos) <= grabPixels;
    }
    if (m_state->isDerivativePanelVisible() && m_derivativeRect->rect().contains(point))
        return m_derivativePanel->distanceTo(pos) <= grabPixels;
    return false;
}

void PlotView::dragProbeTo(const QPointF &pos)
{
    const AxisMapping mapping = xMapping();
    m_state->dragProbeTo(mapping.toCoord(pos.x()), mapping);
}

void PlotView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && grabs(event->position())) {
        m_draggingProbe = true;
        setCursor(Qt::ClosedHandCursor);
        dragProbeTo(event->position());
        event->accept();
        return;
    }
    QCustomPlot::mousePressEvent(event);
}

void PlotView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_draggingProbe) {
        dragProbeTo(event->position());
        event->accept();
        return;
    }
    if (event->buttons() == Qt::NoButton)
        setCursor(grabs(event->position()) ? Qt::OpenHandCursor : Qt::ArrowCursor);
    QCustomPlot::mouseMoveEvent(event);
}

void PlotView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_draggingProbe && event->button() == Qt::LeftButton) {
        m_draggingProbe = false;
        setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QCustomPlot::mouseReleaseEvent(event);
}

void PlotView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_state->resetView();
        event->accept();
        return;
    }
    QCustomPlot::mouseDoubleClickEvent(event);
}

double PlotView::readoutScaleFor(const QString &text, int width) const
{
    double widest = 0;
    for (const QStringView line : QStringView(text).tokenize(QLatin1Char('\n')))
        widest = std::max(widest, m_readoutMetrics.horizontalAdvance(line.toString()));
    const QMargins margins = m_readout->margins();
    const double available = width - margins.left() - margins.right();
    if (widest <= available || widest <= 0)
        return 1.0;
    return std::max(0.6, std::floor(available / widest * 20.0) / 20.0);
}

void PlotView::fitReadout()
{
    // The readout's longest line must fit the width it is drawn at (the window, or an export).
    m_readoutScale = readoutScaleFor(m_readout->text(), viewport().width());
    QFont font = m_style.readoutFont();
    font.setPointSizeF(font.pointSizeF() * m_readoutScale);
    if (font != m_readout->font())
        m_readout->setFont(font);
}

void PlotView::fitLegend()
{
    // The legend sits inside the function's panel: with a long entry ("set to 0.55 (average)"),
    // presentation type and a docked lesson beside the plot, it would run past the panel's edge.
    // Its type then shrinks, in steps of 5 %, to 60 % at most.
    const int available = m_functionRect->insetLayout()->rect().width(); // inside its margins
    QFont font = m_style.legendFont();
    const double fullSize = font.pointSizeF();
    for (int percent = 100;; percent -= 5) {
        font.setPointSizeF(fullSize * percent / 100.0);
        if (font != legend->font())
            legend->setFont(font);
        if (percent <= 60 || legend->minimumOuterSizeHint().width() <= available)
            return;
    }
}

void PlotView::updateLayout()
{
    fitReadout();
    QCustomPlot::updateLayout();
    const QFont legendFont = legend->font();
    fitLegend();
    if (legend->font() != legendFont)
        QCustomPlot::updateLayout();
    // Curved pieces are sampled per pixel, so a new width (a resize, an export at another size)
    // needs new samples.
    if (m_functionRect->width() == m_sampledPixels)
        return;
    resample();
    // The readout's decimals follow the size of a pixel, which the new width changed.
    const QString text = currentReadout().text();
    if (text != m_readout->text()) {
        m_readout->setText(text);
        const double scale = m_readoutScale;
        fitReadout();
        if (m_readoutScale != scale)
            QCustomPlot::updateLayout();
    }
}

ProbeReadout PlotView::currentReadout() const
{
    return ProbeReadout::describe(*m_state, NumberFormat::decimalsFor(xMapping().coordsPerPixel()));
}
