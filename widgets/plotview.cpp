// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plotview.h"

#include "announcer.h"
#include "axisticker.h"
#include "comparisongraphs.h"
#include "derivativepanel.h"
#include "explorerstate.h"
#include "frameworkdots.h"
#include "functiongraph.h"
#include "kinkfan.h"
#include "legendplacement.h"
#include "numberformat.h"
#include "overlayrepainter.h"
#include "penstrokes.h"
#include "plotaccessible.h"
#include "probeoverlay.h"
#include "probereadout.h"
#include "quotientpanel.h"
#include "secantoverlay.h"
#include "shrinktofit.h"
#include "spokendescription.h"

#include <QAccessible>
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
    , m_repainter(this)
{
    // A screen reader sees the plot as a slider over x, its description the readout in words.
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&PlotAccessible::create);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setAccessibleName(tr("Function plot"));
    m_announcer = new Announcer(this);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setBackground(m_style.background);
    setAutoAddPlottableToLegend(false);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setPlottingHint(QCP::phCacheLabels, false);
    // Curves as runs of segments rather than one polyline path: Qt rasterises a long
    // antialiased polyline as a single complex polygon, which took 90% of a full replot.
    setPlottingHint(QCP::phFastPolylines, true);

    // The repainter has put in the buffered layers a drag repaints alone: the tangent, fan and
    // secant under the curves, markers and the readout over everything. Compared functions lie
    // under the main one too, above the tangent layer.
    OverlayRepainter::insertLayer(this, QStringLiteral("comparison"), QStringLiteral("main"),
                                  false);
    QCPLayer *overlayLayer = m_repainter.overlayLayer();
    QCPLayer *tangentLayer = m_repainter.tangentLayer();

    m_functionRect = axisRect();
    m_functionRect->axis(QCPAxis::atLeft)->setLabel(tr("f(x)"));
    m_derivativeRect = new QCPAxisRect(this);
    m_derivativeRect->axis(QCPAxis::atBottom)->setLabel(tr("x"));
    //: The derivative panel's axis label, set in italics. Between f and the prime is a hair space
    //: (U+200A): without it the prime merges into the italic f's hook and the label reads f(x).
    m_derivativeRect->axis(QCPAxis::atLeft)->setLabel(tr("f ′(x)"));
    m_derivativeRect->setRangeDrag(Qt::Horizontal);
    m_derivativeRect->setRangeZoom(Qt::Horizontal);
    m_quotientRect = new QCPAxisRect(this);
    // Ticks for a reader: "−0,5" in German, not "-0.5"; the quotient panel's own ticker replaces
    // its bottom axis's at every change of scale.
    for (QCPAxisRect *rect : { m_functionRect, m_derivativeRect, m_quotientRect })
        ReaderAxisTicker::install(rect);
    // A short panel: three or so ticks read better than a crowd of quarters.
    m_derivativeRect->axis(QCPAxis::atLeft)->ticker()->setTickCount(3);
    m_marginGroup = new QCPMarginGroup(this);
    for (QCPAxisRect *rect : { m_functionRect, m_derivativeRect, m_quotientRect })
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, m_marginGroup);

    legend->setVisible(true);
    m_functionRect->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    m_readout = new QCPTextElement(this, QString(), m_style.readoutFont());
    m_readout->setLayer(overlayLayer);
    m_readout->setMargins(m_style.readoutMargins());

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
        = std::make_unique<DerivativePanel>(this, m_derivativeRect, overlayLayer, m_style);
    m_quotientPanel = std::make_unique<QuotientPanel>(this, m_quotientRect, overlayLayer, m_style);
    m_frameworkDots = std::make_unique<FrameworkDots>(this, m_derivativeRect, m_style);
    m_kinkFan = std::make_unique<KinkFan>(this, m_functionRect, tangentLayer, m_style);
    m_secantOverlay = std::make_unique<SecantOverlay>(this, m_functionRect, tangentLayer,
                                                      overlayLayer, m_style);
    m_probeOverlay = std::make_unique<ProbeOverlay>(this, m_functionRect, overlayLayer, m_style);
    // The pen draws over everything, on a buffered layer of its own: a stroke being drawn
    // repaints that layer alone.
    m_penLayer
        = OverlayRepainter::insertLayer(this, QStringLiteral("pen"), overlayLayer->name(), true);
    m_penStrokes = new PenStrokes(this, m_functionRect);
    m_penStrokes->setLayer(m_penLayer);

    // One connection: a step that changes many parts (an undo, a lesson) rebuilds each graph once.
    connect(m_state, &ExplorerState::changed, this, &PlotView::follow);
    // The function rect's size is known once the layout has run; a replot draws after it, so a
    // y range fitted here is drawn in the same frame.
    connect(this, &QCustomPlot::afterLayout, this, &PlotView::keepEqualScales);
    // The user pans and zooms these three; the derivative panel's y axis is fitted to f′.
    for (QCPAxis *axis :
         { m_functionRect->axis(QCPAxis::atBottom), m_functionRect->axis(QCPAxis::atLeft),
           m_derivativeRect->axis(QCPAxis::atBottom) }) {
        QCPAxisRect *rect = axis->axisRect();
        connect(axis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
                [this, rect] { takeRangesFromAxes(rect); });
    }

    m_quotientPanel->setScale(m_state->quotientScale());
    arrangePanels();
    takeViewRanges();
    applyStyle(); // builds the graphs, resampled for the view
}

bool PlotView::showQuotients()
{
    if (!m_state->isQuotientPanelVisible())
        return false;
    // The panels share their width (one margin group); the function's is laid out first.
    return m_quotientPanel->update(m_state->activation(), m_state->probeX(), m_state->secantMode(),
                                   m_state->secantH(), m_state->convention(),
                                   m_functionRect->width());
}

void PlotView::follow(ExplorerState::Changes what)
{
    using Change = ExplorerState::Change;
    // What a drag or a key changes is drawn on the overlay layers alone.
    constexpr ExplorerState::Changes overlayOnly
        = Change::Probe | Change::SecantMode | Change::SecantH;
    // Nothing this view draws.
    constexpr ExplorerState::Changes elsewhere = Change::ExpressionText | Change::ValuesTable;
    if (!(what & ~elsewhere))
        return;
    if (what & (Change::DerivativePanel | Change::QuotientPanel))
        arrangePanels();
    if (what & Change::QuotientScale)
        m_quotientPanel->setScale(m_state->quotientScale());
    if (what & Change::View)
        takeViewRanges();
    if (what & (Change::Function | Change::Convention | Change::Comparisons)) {
        rebuildGraphs(); // resamples for the new view too
    } else {
        if (what & Change::View)
            resample();
        if (what & Change::SamplePoints)
            placeSamplePoints();
    }
    if (what & Change::EqualScales)
        keepEqualScales();
    showProbe();
    if (what & ~(overlayOnly | elsewhere))
        requestReplot();
    tellAssistiveTechnology(what);
}

void PlotView::tellAssistiveTechnology(ExplorerState::Changes what)
{
    using Change = ExplorerState::Change;
    // Nobody listens: no words to make (this runs at every mouse move of a drag).
    if (!QAccessible::isActive())
        return;
    // A panel that comes or goes (D, Q) is said, as a sighted student sees it appear.
    if (hasFocus() && (what & (Change::DerivativePanel | Change::QuotientPanel))) {
        QStringList panels;
        if (what & Change::DerivativePanel)
            panels << (m_state->isDerivativePanelVisible() ? tr("Derivative panel shown")
                                                           : tr("Derivative panel hidden"));
        if (what & Change::QuotientPanel)
            panels << (m_state->isQuotientPanelVisible()
                           ? tr("Difference quotient panel shown: q(h) against h")
                           : tr("Difference quotient panel hidden"));
        m_announcer->announceFirst(panels.join(QStringLiteral(". ")) + QLatin1Char('.'));
    }
    if (!(what
          & (Change::Probe | Change::Function | Change::Convention | Change::SecantMode
             | Change::SecantH)))
        return;
    // The value first (Orca speaks a focused slider's new value), then the words that go with it.
    QAccessibleValueChangeEvent value(this, m_state->probeX());
    QAccessible::updateAccessibility(&value);
    QAccessibleEvent description(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&description);
    // Spoken only while the plot has the focus: a change made in another box is that box's.
    if (hasFocus())
        m_announcer->announce(spokenProbe());
}

int PlotView::readoutDecimals() const
{
    return NumberFormat::decimalsFor(xMapping().coordsPerPixel());
}

QString PlotView::spokenProbe() const
{
    return SpokenDescription::probe(*m_state, readoutDecimals());
}

QString PlotView::spokenProbeX() const
{
    return tr("x = %1").arg(SpokenDescription::number(m_state->probeX(), readoutDecimals()));
}

QString PlotView::spokenGraph() const
{
    return SpokenDescription::graph(*m_state, readoutDecimals());
}

void PlotView::setFrameworksCompared(bool compared)
{
    if (compared == m_frameworksCompared)
        return;
    m_frameworksCompared = compared;
    showProbe();
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
    styleAxes(m_quotientRect);
    legend->setFont(m_style.legendFont());
    legend->setTextColor(m_style.foreground);
    legend->setBrush(m_style.legendBrush());
    legend->setBorderPen(QPen(m_style.grid, m_style.legendBorderWidth()));
    legend->setIconSize(m_style.legendIconSize());
    m_readout->setTextColor(m_style.foreground);
    m_readout->setMargins(m_style.readoutMargins());
    m_readoutMetrics = QFontMetricsF(m_style.readoutFont());
    fitReadout();
    m_probeOverlay->applyStyle();
    m_kinkFan->applyStyle();
    m_secantOverlay->applyStyle();
    m_derivativePanel->applyStyle();
    m_quotientPanel->applyStyle();
    m_frameworkDots->applyStyle();
    m_penStrokes->setPen(QPen(m_style.pen, m_style.penWidth()));
    // Pens of the graphs are set when they are built.
    rebuildGraphs();
    showProbe();
    requestReplot();
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
    // What QCustomPlot::paintEvent draws, one rectangle of the region at a time. Through a clip
    // of several rectangles, Qt 6.4's raster engine blends line by line and hands blends of more
    // than 96 lines to QThreadPool::globalInstance(), then waits for them; for the thin bands a
    // drag repaints, the hand-off costs more than the blend (bench_drag: about half of each
    // event). Under one rectangle it copies the pixels on this thread.
    QCPPainter painter(this);
    if (!painter.isActive())
        return;
    for (const QRect &rect : event->region()) {
        painter.setClipRect(rect);
        if (mBackgroundBrush.style() != Qt::NoBrush)
            painter.fillRect(mViewport, mBackgroundBrush);
        drawBackground(&painter);
        for (const QSharedPointer<QCPAbstractPaintBuffer> &buffer : std::as_const(mPaintBuffers))
            buffer->draw(&painter);
    }
    // The keyboard's focus: a ring inside the plot's edge, in the style's focus colour, which
    // exports never show (they paint through toPixmap and toPainter, not here).
    if (hasFocus()) {
        painter.setClipRect(rect());
        const double width = m_style.focusRingWidth();
        painter.setPen(QPen(m_style.focusRing, width));
        painter.setBrush(Qt::NoBrush);
        const double inset = width / 2.0;
        painter.drawRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset));
    }
}

void PlotView::focusInEvent(QFocusEvent *event)
{
    QCustomPlot::focusInEvent(event);
    update(); // the focus ring
}

void PlotView::focusOutEvent(QFocusEvent *event)
{
    QCustomPlot::focusOutEvent(event);
    update();
}

PlotView::~PlotView() = default;

void PlotView::styleAxes(QCPAxisRect *rect)
{
    QCPAxis *x = rect->axis(QCPAxis::atBottom);
    QCPAxis *y = rect->axis(QCPAxis::atLeft);
    for (QCPAxis *axis : { x, y }) {
        axis->setLabelFont(m_style.axisLabelFont());
        axis->setTickLabelFont(m_style.tickLabelFont());
        axis->setLabelColor(m_style.foreground);
        axis->setTickLabelColor(m_style.foreground);
        const double line = m_style.axisLineWidth();
        axis->setBasePen(QPen(m_style.foreground, line));
        axis->setTickPen(QPen(m_style.foreground, line));
        axis->setSubTickPen(QPen(m_style.foreground, line));
        axis->setTickLength(m_style.tickLength(), 0);
        axis->setSubTickLength(m_style.subTickLength(), 0);
        axis->grid()->setPen(QPen(m_style.grid, line));
        axis->grid()->setZeroLinePen(QPen(m_style.zeroLine, line));
    }
    if (rect == m_functionRect)
        return;
    // A panel under the function's is never shorter than its rotated label, nor than 3.5 rows
    // of tick labels: on a 1024x768 projector it would shrink to 60 px, its ticks colliding.
    const QFontMetricsF label(m_style.axisLabelFont());
    const QFontMetricsF ticks(m_style.tickLabelFont());
    // (The label may reach into the row of x tick labels under the panel.)
    const double readable = std::max(label.horizontalAdvance(y->label()) - 1.5 * ticks.height(),
                                     3.5 * ticks.height());
    rect->setSizeConstraintRect(QCPLayoutElement::scrInnerRect);
    rect->setMinimumSize(0, int(std::ceil(readable)));
}

AxisMapping PlotView::xMapping() const
{
    return mappingOf(m_functionRect->axis(QCPAxis::atBottom));
}

AxisMapping PlotView::yMapping() const
{
    return mappingOf(m_functionRect->axis(QCPAxis::atLeft));
}

void PlotView::arrangePanels()
{
    const bool derivative = m_state->isDerivativePanelVisible();
    const bool quotients = m_state->isQuotientPanelVisible();
    // Rebuild the column: function, derivative and quotients (if shown), readout.
    for (QCPLayoutElement *element : { static_cast<QCPLayoutElement *>(m_functionRect),
                                       static_cast<QCPLayoutElement *>(m_derivativeRect),
                                       static_cast<QCPLayoutElement *>(m_quotientRect),
                                       static_cast<QCPLayoutElement *>(m_readout) }) {
        if (element->layout() == plotLayout())
            plotLayout()->take(element);
    }
    plotLayout()->simplify();
    int row = 0;
    plotLayout()->addElement(row++, 0, m_functionRect);
    if (derivative)
        plotLayout()->addElement(row++, 0, m_derivativeRect);
    if (quotients)
        plotLayout()->addElement(row++, 0, m_quotientRect);
    plotLayout()->addElement(row, 0, m_readout);
    plotLayout()->setRowStretchFactor(0, 2.0);
    for (int panel = 1; panel < row; ++panel)
        plotLayout()->setRowStretchFactor(panel, 1.0);
    plotLayout()->setRowSpacing(0);

    m_derivativePanel->setVisible(derivative);
    m_quotientPanel->setVisible(quotients);
    // The x label goes under the lowest panel only.
    m_functionRect->axis(QCPAxis::atBottom)->setLabel(derivative ? QString() : tr("x"));
}

void PlotView::rebuildGraphs()
{
    const Activation &f = m_state->activation();
    m_kinkFan->forgetLabel();
    m_functionGraph->rebuild(f, m_state->convention(), m_state->xRange());
    m_derivativePanel->rebuild(f, m_state->convention(), m_state->xRange());
    // Rebuilt with the function, so their legend entries follow the function's.
    m_comparisonGraphs->rebuild(m_state->comparisons());
    placeSamplePoints();
    resample();
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
        rebuildGraphs();
        return;
    }
    const Interval derivativeRange
        = m_derivativePanel->resample(m_state->activation(), m_state->xRange(), m_sampledPixels);
    m_comparisonGraphs->resample(m_state->xRange(), yBand, band(derivativeRange), m_sampledPixels);
}

void PlotView::placeSamplePoints()
{
    m_samplePoints->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, m_style.samplePoint,
                                                    m_style.samplePoint,
                                                    m_style.samplePointSize()));
    m_samplePoints->data()->clear();
    m_samplePoints->setVisible(m_state->areSamplePointsVisible());
    if (m_state->areSamplePointsVisible()) {
        for (double x : m_state->sampleXs())
            m_samplePoints->addData(x, m_state->activation().value(x));
    }
}

void PlotView::takeViewRanges()
{
    // Setting one axis must not send the others' stale ranges back to the state.
    m_showingView = true;
    m_functionRect->axis(QCPAxis::atBottom)->setRange(toRange(m_state->xRange()));
    m_functionRect->axis(QCPAxis::atLeft)->setRange(toRange(m_state->yRange()));
    m_derivativeRect->axis(QCPAxis::atBottom)->setRange(toRange(m_state->xRange()));
    m_showingView = false;
}

void PlotView::keepEqualScales()
{
    if (!m_state->hasEqualScales())
        return;
    const QRect rect = m_functionRect->rect();
    if (rect.width() < 1 || rect.height() < 1)
        return;
    const Interval x = m_state->xRange();
    const Interval y = m_state->yRange();
    const double height = (x.upper - x.lower) * rect.height() / rect.width();
    if (std::abs(height - (y.upper - y.lower)) <= 1e-9 * height)
        return;
    // A new y range can widen the tick labels and so narrow the rect: refit, but a few times at
    // most, so that two layouts cannot take turns for ever.
    const bool refit = x == m_equalFit.x && y == m_equalFit.y;
    m_equalFit.repeats = refit ? m_equalFit.repeats + 1 : 0;
    if (m_equalFit.repeats > 2)
        return;
    // About the middle of the y range, so that what the user looked at stays in view; but if
    // that would lose the probe, about the probe (a wide, short plot shows little of y).
    double middle = 0.5 * (y.lower + y.upper);
    const double probeY = m_state->probeY();
    if (std::isfinite(probeY) && y.contains(probeY) && std::abs(probeY - middle) > 0.4 * height)
        middle = probeY;
    m_equalFit.x = x;
    m_equalFit.y = { middle - 0.5 * height, middle + 0.5 * height };
    m_state->setView(x, m_equalFit.y);
}

void PlotView::showProbe()
{
    const double x = m_state->probeX();
    const double y = m_state->probeY();
    const double slope = m_state->probeSlope();
    bool fanLegendChanged = false;
    if (const Kink *kink = m_state->probeKink()) {
        // No single tangent at a kink: the fan shows the many candidates instead.
        fanLegendChanged = m_kinkFan->show(m_state->activation(), *kink, y, m_state->convention());
        m_probeOverlay->update(x, y, std::numeric_limits<double>::quiet_NaN());
    } else {
        fanLegendChanged = m_kinkFan->hide();
        m_probeOverlay->update(x, y, slope);
    }
    m_derivativePanel->updateProbe(x, slope);
    const bool frameworksMoved = m_frameworkDots->show(
        m_frameworksCompared ? FrameworkComparison::at(m_state->activation(), x) : std::nullopt,
        m_state->isDerivativePanelVisible());
    m_secantOverlay->update(*m_state);
    const bool quotientAxisMoved = showQuotients();

    m_readout->setText(readoutText());
    const int lines = int(m_readout->text().count(QLatin1Char('\n'))) + 1;
    const double scale = readoutScaleFor(m_readout->text(), viewport().width());
    if (lines != m_readoutLines || scale != m_readoutScale || quotientAxisMoved || frameworksMoved
        || fanLegendChanged) {
        // A taller readout, or one in smaller type, changes the layout: only a full replot
        // redoes that (updateLayout sets the font). The frameworks' rings are on the main
        // layers, which only a full replot redraws; they change only at a kink.
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
    if (!m_repainter.repaint())
        requestReplot();
}

void PlotView::takeRangesFromAxes(QCPAxisRect *rect)
{
    if (m_showingView)
        return;
    const Interval x = toInterval(rect->axis(QCPAxis::atBottom)->range());
    // The derivative panel's y axis is fitted to f′, not chosen by the user.
    const Interval y = rect == m_functionRect ? toInterval(rect->axis(QCPAxis::atLeft)->range())
                                              : m_state->yRange();
    if (!m_state->setView(x, y)) {
        // The state refused the range: put its own back on the axes.
        takeViewRanges();
        requestReplot();
    }
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

bool PlotView::grabsH(const QPointF &pos) const
{
    return m_state->isQuotientPanelVisible() && m_quotientRect->rect().contains(pos.toPoint());
}

void PlotView::dragHTo(const QPointF &pos)
{
    if (m_state->secantMode() == SecantMode::Off)
        m_state->setSecantMode(SecantMode::Forward);
    m_state->setSecantH(m_quotientPanel->hAt(pos.x()));
}

void PlotView::dragProbeTo(const QPointF &pos)
{
    const AxisMapping mapping = xMapping();
    m_state->dragProbeTo(mapping.toCoord(pos.x()), mapping);
}

void PlotView::setPenActive(bool active)
{
    if (active == m_penActive)
        return;
    m_penActive = active;
    m_drawingStroke = false;
    setCursor(active ? Qt::CrossCursor : Qt::ArrowCursor);
    bufferPenWhileUsed();
}

void PlotView::bufferPenWhileUsed()
{
    // A buffer of its own only while the pen is on or has strokes: every full replot clears each
    // buffer at the plot's size, which an unused pen should not cost.
    const QCPLayer::LayerMode mode = m_penActive || !m_penStrokes->strokes().empty()
        ? QCPLayer::lmBuffered
        : QCPLayer::lmLogical;
    if (m_penLayer->mode() == mode)
        return;
    m_penLayer->setMode(mode);
    requestReplot();
}

void PlotView::clearPen()
{
    m_drawingStroke = false;
    if (m_penStrokes->strokes().empty())
        return;
    m_penStrokes->clear();
    if (m_penLayer->mode() == QCPLayer::lmBuffered)
        m_penLayer->replot();
    bufferPenWhileUsed();
}

void PlotView::endHold()
{
    m_held = false;
    if (placeLegend())
        requestReplot();
}

void PlotView::mousePressEvent(QMouseEvent *event)
{
    m_held = true;
    if (m_penActive) {
        // The pen owns the mouse: no probe drag, no pan, no h.
        if (event->button() == Qt::LeftButton
            && m_functionRect->rect().contains(event->position().toPoint())) {
            m_drawingStroke = true;
            m_penStrokes->begin(event->position());
            m_penLayer->replot();
        }
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && grabsH(event->position())) {
        // Anywhere in the quotient panel: h follows the pointer, as on a slider.
        m_draggingH = true;
        setCursor(Qt::SizeHorCursor);
        dragHTo(event->position());
        event->accept();
        return;
    }
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
    if (m_penActive) {
        if (m_drawingStroke && m_penStrokes->extend(event->position()))
            m_penLayer->replot();
        event->accept();
        return;
    }
    if (m_draggingProbe) {
        dragProbeTo(event->position());
        event->accept();
        return;
    }
    if (m_draggingH) {
        dragHTo(event->position());
        event->accept();
        return;
    }
    if (event->buttons() == Qt::NoButton) {
        const QPointF pos = event->position();
        setCursor(grabsH(pos)      ? Qt::SizeHorCursor
                      : grabs(pos) ? Qt::OpenHandCursor
                                   : Qt::ArrowCursor);
    }
    QCustomPlot::mouseMoveEvent(event);
}

void PlotView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_penActive) {
        if (event->button() == Qt::LeftButton)
            m_drawingStroke = false;
        event->accept();
    } else if (m_draggingH && event->button() == Qt::LeftButton) {
        m_draggingH = false;
        event->accept();
    } else if (m_draggingProbe && event->button() == Qt::LeftButton) {
        m_draggingProbe = false;
        setCursor(Qt::OpenHandCursor);
        event->accept();
    } else {
        QCustomPlot::mouseReleaseEvent(event);
    }
    if (event->buttons() == Qt::NoButton)
        endHold();
}

void PlotView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_penActive) {
        // Two quick strokes, not a reset of the view under them.
        mousePressEvent(event);
        return;
    }
    if (event->button() == Qt::LeftButton) {
        m_state->resetView();
        event->accept();
        return;
    }
    QCustomPlot::mouseDoubleClickEvent(event);
}

double PlotView::readoutScaleFor(const QString &text, int width) const
{
    const QMargins margins = m_readout->margins();
    return ShrinkToFit::textScale(m_readoutMetrics, text, width - margins.left() - margins.right());
}

void PlotView::fitReadout()
{
    // The readout's longest line must fit the width it is drawn at (the window, or an export).
    m_readoutScale = readoutScaleFor(m_readout->text(), viewport().width());
    const QFont font = ShrinkToFit::scaled(m_style.readoutFont(), m_readoutScale);
    if (font != m_readout->font())
        m_readout->setFont(font);
}

void PlotView::fitLegend()
{
    fitLegendType();
    // The panel's width: a tight fit may use the inset's margins.
    const int room = m_functionRect->rect().width();
    // Narrower than the legend even in its smallest type (beside the lesson and the values
    // table at 1024 presenting): no legend rather than one cut at the panel's edge. It comes
    // back as soon as there is room.
    // Taller than the panel (step 6 at 1024, with the quotient panel below), it would cover the
    // kink's dot and the probe whatever its place: not drawn either.
    const QSize least = legend->minimumOuterSizeHint();
    legend->setVisible(room > 0 && least.width() <= room
                       && least.height() <= m_functionRect->rect().height());
}

void PlotView::fitLegendType()
{
    // The legend sits inside the function's panel: with a long entry ("set to 0.55 (average)"),
    // presentation type and a docked lesson beside the plot, it would run past the panel's edge.
    const QRect inset = m_functionRect->insetLayout()->rect(); // inside its margins
    auto arrange = [this](int rows) {
        if (legend->wrap() == rows)
            return;
        legend->setWrap(rows);
        legend->setFillOrder(QCPLayoutGrid::foRowsFirst, true); // rearranges the entries
    };
    const int entries = legend->itemCount();
    // During a drag the columns stay as they are, like the legend's place.
    if (m_held) {
        ShrinkToFit::fitLegend(legend, m_style.legendFont(), inset.width());
        return;
    }
    arrange(0); // one column
    ShrinkToFit::fitLegend(legend, m_style.legendFont(), inset.width());
    if (entries < 2 || 4 * legend->minimumOuterSizeHint().height() <= 3 * inset.height())
        return;
    // In a panel hardly taller than it (a small export with f′ under it), one column hides a
    // mark wherever it goes; two columns leave a strip free. Only then: they shrink the type,
    // which the back row needs wherever there is room for it (presentation type at 700 px).
    const LegendPlacement::Scene scene = legendScene();
    const int oneColumn = bestLegendPlace(scene).second.marks;
    if (oneColumn == 0)
        return;
    // One column taller than the panel runs over the axis and the panel below: two columns,
    // shorter, overflow less or not at all. (The inset keeps a margin from the panel's edges,
    // which a tight fit may use.)
    const int oneColumnHeight = legend->minimumOuterSizeHint().height();
    const bool overflows = oneColumnHeight > m_functionRect->rect().height();
    arrange((entries + 1) / 2);
    ShrinkToFit::fitLegend(legend, m_style.legendFont(), inset.width());
    const bool shorter = legend->minimumOuterSizeHint().height() < oneColumnHeight;
    // Two columns wider than the panel would not be drawn at all (fitLegend): one, then.
    const bool tooWide = legend->minimumOuterSizeHint().width() > m_functionRect->rect().width();
    if (tooWide || (bestLegendPlace(scene).second.marks >= oneColumn && !(overflows && shorter))) {
        arrange(0);
        ShrinkToFit::fitLegend(legend, m_style.legendFont(), inset.width());
    }
}

Qt::Alignment PlotView::legendAlignment() const
{
    return m_functionRect->insetLayout()->insetAlignment(0);
}

LegendPlacement::Scene PlotView::legendScene() const
{
    LegendPlacement::Scene scene;
    auto addCurve = [&scene](const QCPGraph *graph) {
        if (!graph->visible())
            return;
        const QCPAxis *x = graph->keyAxis();
        const QCPAxis *y = graph->valueAxis();
        QPolygonF run;
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
            if (!std::isfinite(it->key) || !std::isfinite(it->value)) {
                if (run.size() > 1)
                    scene.curves.append(run);
                run.clear();
                continue;
            }
            run.append({ x->coordToPixel(it->key), y->coordToPixel(it->value) });
        }
        if (run.size() > 1)
            scene.curves.append(run);
    };
    auto addDots = [&scene](const QCPGraph *graph) {
        if (!graph || !graph->visible())
            return;
        const double size = graph->scatterStyle().size();
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
            const QPointF at(graph->keyAxis()->coordToPixel(it->key),
                             graph->valueAxis()->coordToPixel(it->value));
            if (std::isfinite(at.x()) && std::isfinite(at.y()))
                scene.marks.append(QRectF(at.x() - size / 2, at.y() - size / 2, size, size));
        }
    };
    for (const QCPGraph *graph : m_functionGraph->pieceGraphs())
        addCurve(graph);
    for (const QCPGraph *graph : m_comparisonGraphs->functionGraphs())
        addCurve(graph);
    for (const QCPGraph *graph : m_functionGraph->kinkGraphs())
        addDots(graph);
    addDots(m_functionGraph->valueDots());
    addDots(m_functionGraph->limitCircles());
    if (const QCPItemTracer *probe = m_probeOverlay->marker(); probe->visible()) {
        const QPointF at = probe->position->pixelPosition();
        const double size = probe->size() + probe->pen().widthF(); // the ring's outer edge
        scene.marks.append(QRectF(at.x() - size / 2, at.y() - size / 2, size, size));
    }
    if (const QCPItemText *label = m_probeOverlay->slopeLabel(); label->visible())
        scene.marks.append(
            QRectF(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition()));
    scene.marks.append(QRectF(m_readout->outerRect()));

    return scene;
}

std::pair<LegendPlacement::Location, LegendPlacement::Score>
PlotView::bestLegendPlace(const LegendPlacement::Scene &scene) const
{
    // Scored by the box the legend draws: the panel and the legend's size, less its margins.
    const QRect area = m_functionRect->insetLayout()->rect();
    const QMargins margins = legend->margins();
    const QSize outer = legend->minimumOuterSizeHint();
    const QSizeF size(outer.width() - margins.left() - margins.right(),
                      outer.height() - margins.top() - margins.bottom());
    const QRectF inner = QRectF(area).marginsRemoved(QMarginsF(margins));
    const LegendPlacement::Location best = LegendPlacement::best(inner, size, scene);
    return { best, LegendPlacement::score(LegendPlacement::box(best, inner, size), scene) };
}

bool PlotView::placeLegend()
{
    const QRect area = m_functionRect->insetLayout()->rect();
    if (area.width() < 1 || area.height() < 1 || !legend->visible())
        return false;
    using Location = LegendPlacement::Location;
    const Location best = bestLegendPlace(legendScene()).first;
    Qt::Alignment alignment;
    switch (best) {
    case Location::UpperRight: alignment = Qt::AlignTop | Qt::AlignRight; break;
    case Location::UpperLeft: alignment = Qt::AlignTop | Qt::AlignLeft; break;
    case Location::LowerLeft: alignment = Qt::AlignBottom | Qt::AlignLeft; break;
    case Location::LowerRight: alignment = Qt::AlignBottom | Qt::AlignRight; break;
    case Location::Right:
    case Location::CenterRight: alignment = Qt::AlignVCenter | Qt::AlignRight; break;
    case Location::CenterLeft: alignment = Qt::AlignVCenter | Qt::AlignLeft; break;
    case Location::LowerCenter: alignment = Qt::AlignBottom | Qt::AlignHCenter; break;
    case Location::UpperCenter: alignment = Qt::AlignTop | Qt::AlignHCenter; break;
    case Location::Center: alignment = Qt::AlignVCenter | Qt::AlignHCenter; break;
    }
    if (alignment == legendAlignment())
        return false;
    m_functionRect->insetLayout()->setInsetAlignment(0, alignment);
    return true;
}

QSize PlotView::minimumSizeHint() const
{
    const QSize layout = QCustomPlot::minimumSizeHint();
    return { std::min(layout.width(), PlotStyle::minimumPlotWidth), layout.height() };
}

void PlotView::updateLayout()
{
    layoutParts();
    m_probeOverlay->fitSlopeLabel();
    // During a drag the legend stays put: one that jumped under the pointer would dance.
    if (!m_held && placeLegend())
        QCustomPlot::updateLayout();
}

void PlotView::fitTickCounts()
{
    // On a narrow panel in presentation type ("−4−2 0 2 4" beside the lesson and the values
    // table) the x ticks are spaced so that their labels, as they will read, keep a tenth of
    // their width apart: the least such step of 1, 2, 4 or 5 times a power of ten.
    const QFontMetrics metrics(m_style.tickLabelFont());
    for (QCPAxisRect *rect : { m_functionRect, m_derivativeRect }) {
        QCPAxis *x = rect->axis(QCPAxis::atBottom);
        auto *ticker = dynamic_cast<ReaderAxisTicker *>(x->ticker().data());
        const QCPRange range = x->range();
        if (!ticker || rect->width() < 1 || !(range.size() > 0))
            continue;
        const double perPixel = range.size() / rect->width();
        double step = ReaderAxisTicker::niceStepAtLeast(range.size() / 12);
        for (int tries = 0; tries < 12; ++tries) {
            int widest = 0;
            for (double t = std::ceil(range.lower / step) * step; t <= range.upper; t += step)
                widest = std::max(widest,
                                  metrics.horizontalAdvance(ReaderAxisTicker::label(
                                      t, QLocale(), QLatin1Char('g'), x->numberPrecision())));
            if (step >= 1.1 * widest * perPixel)
                break;
            step = ReaderAxisTicker::niceStepAtLeast(step * (1 + 1e-9));
        }
        ticker->setMinimumStep(step);
    }
    // A short panel (a large system font at 1024×768) stacked its y labels on top of each
    // other: the y ticks keep a fifth of a label's height apart as well.
    for (QCPAxisRect *rect : { m_functionRect, m_derivativeRect }) {
        QCPAxis *y = rect->axis(QCPAxis::atLeft);
        auto *ticker = dynamic_cast<ReaderAxisTicker *>(y->ticker().data());
        const QCPRange range = y->range();
        if (!ticker || rect->height() < 1 || !(range.size() > 0))
            continue;
        const double least = 1.2 * metrics.height() * range.size() / rect->height();
        ticker->setMinimumStep(ReaderAxisTicker::niceStepAtLeast(least));
    }
}

void PlotView::layoutParts()
{
    fitReadout();
    QCustomPlot::updateLayout();
    const QFont legendFont = legend->font();
    const int legendRows = legend->wrap();
    const bool legendShown = legend->visible();
    fitLegend();
    if (legend->font() != legendFont || legend->wrap() != legendRows
        || legend->visible() != legendShown)
        QCustomPlot::updateLayout();
    fitTickCounts();
    // Curved pieces are sampled per pixel, so a new width (a resize, an export at another size)
    // needs new samples.
    // The quotient panel samples per pixel too, and fits its q axis, whose ticks a second
    // layout pass then sets.
    if (showQuotients())
        QCustomPlot::updateLayout();
    if (m_functionRect->width() == m_sampledPixels)
        return;
    resample();
    if (showQuotients())
        QCustomPlot::updateLayout();
    // The readout's decimals follow the size of a pixel, which the new width changed.
    const QString text = readoutText();
    if (text != m_readout->text()) {
        m_readout->setText(text);
        const double scale = m_readoutScale;
        fitReadout();
        if (m_readoutScale != scale)
            QCustomPlot::updateLayout();
    }
}

QString PlotView::readoutText() const
{
    const int decimals = NumberFormat::decimalsFor(xMapping().coordsPerPixel());
    const ProbeReadout readout = ProbeReadout::describe(*m_state, decimals);
    QString text = readout.text();
    if (m_state->areComparedValuesShown()) {
        const QStringList compared = ProbeReadout::comparedLines(*m_state, decimals);
        if (!compared.isEmpty())
            text += QLatin1Char('\n') + compared.join(QLatin1Char('\n'));
    }
    // The secant's line is kept free while there is no secant, so the plot does not jump when
    // it appears.
    if (readout.secant.isEmpty())
        text += QStringLiteral("\n\u00a0");
    const QMargins margins = m_readout->margins();
    return ShrinkToFit::wrapped(m_readoutMetrics, text,
                                viewport().width() - margins.left() - margins.right(),
                                ProbeReadout::fieldSeparator());
}
