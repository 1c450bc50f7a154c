#include "plotview.h"

#include "explorerstate.h"
#include "functiongraph.h"
#include "numberformat.h"
#include "probeoverlay.h"
#include "probereadout.h"

namespace {

QCPRange toRange(Interval interval)
{
    return {interval.lower, interval.upper};
}

Interval toInterval(const QCPRange &range)
{
    return {range.lower, range.upper};
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
    // Text in the plot reads better without LCD hinting and scales evenly across exports.
    setPlottingHint(QCP::phCacheLabels, false);

    m_functionRect = axisRect();
    setUpAxes();

    addLayer(QStringLiteral("probe"), layer(QStringLiteral("legend")), QCustomPlot::limAbove);
    m_overlayLayer = layer(QStringLiteral("probe"));
    m_overlayLayer->setMode(QCPLayer::lmBuffered);
    addLayer(QStringLiteral("tangent"), layer(QStringLiteral("main")), QCustomPlot::limBelow);
    m_tangentLayer = layer(QStringLiteral("tangent"));
    m_tangentLayer->setMode(QCPLayer::lmBuffered);

    m_readout = new QCPTextElement(this, QString(), m_style.readoutFont());
    m_readout->setTextColor(m_style.foreground);
    m_readout->setLayer(m_overlayLayer);
    m_readout->setMargins(QMargins(8, 4, 8, 8));
    plotLayout()->addElement(1, 0, m_readout);

    m_functionGraph = std::make_unique<FunctionGraph>(this, m_functionRect, legend, m_style);
    m_probeOverlay = std::make_unique<ProbeOverlay>(this, m_functionRect, m_tangentLayer,
                                                    m_overlayLayer, m_style);

    connect(m_state, &ExplorerState::activationChanged, this, &PlotView::showFunction);
    connect(m_state, &ExplorerState::conventionChanged, this, &PlotView::showFunction);
    connect(m_state, &ExplorerState::viewChanged, this, &PlotView::showView);
    connect(m_state, &ExplorerState::probeChanged, this, &PlotView::showProbe);
    connect(m_functionRect->axis(QCPAxis::atBottom), qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
            this, &PlotView::takeRangesFromAxes);
    connect(m_functionRect->axis(QCPAxis::atLeft), qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
            this, &PlotView::takeRangesFromAxes);

    showFunction();
    showView();
}

PlotView::~PlotView() = default;

void PlotView::setUpAxes()
{
    QCPAxis *x = m_functionRect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_functionRect->axis(QCPAxis::atLeft);
    x->setLabel(tr("x"));
    y->setLabel(tr("f(x)"));
    for (QCPAxis *axis : {x, y}) {
        axis->setLabelFont(m_style.axisLabelFont());
        axis->setTickLabelFont(m_style.tickLabelFont());
        axis->setLabelColor(m_style.foreground);
        axis->setTickLabelColor(m_style.foreground);
        axis->setBasePen(QPen(m_style.foreground, 1));
        axis->setTickPen(QPen(m_style.foreground, 1));
        axis->setSubTickPen(QPen(m_style.foreground, 1));
        axis->grid()->setPen(QPen(m_style.grid, 1));
        axis->grid()->setZeroLinePen(QPen(m_style.zeroLine, 1));
    }
    m_functionRect->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    m_functionRect->setRangeZoom(Qt::Horizontal | Qt::Vertical);

    legend->setVisible(true);
    legend->setFont(m_style.legendFont());
    legend->setTextColor(m_style.foreground);
    legend->setBrush(QColor(255, 255, 255, 235));
    legend->setBorderPen(QPen(m_style.grid, 1));
    legend->setIconSize(36, 18);
    m_functionRect->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
}

AxisMapping PlotView::xMapping() const
{
    const QCPAxis *x = m_functionRect->axis(QCPAxis::atBottom);
    const QRect rect = m_functionRect->rect();
    return {toInterval(x->range()), double(rect.left()), double(rect.left() + rect.width())};
}

AxisMapping PlotView::yMapping() const
{
    const QCPAxis *y = m_functionRect->axis(QCPAxis::atLeft);
    const QRect rect = m_functionRect->rect();
    return {toInterval(y->range()), double(rect.top() + rect.height()), double(rect.top())};
}

void PlotView::showFunction()
{
    m_functionGraph->rebuild(m_state->activation(), m_state->convention());
    resample();
    showProbe();
    replot(rpQueuedReplot);
}

void PlotView::resample()
{
    m_sampledPixels = m_functionRect->width();
    m_functionGraph->resample(m_state->activation(), m_state->xRange(), m_sampledPixels);
}

void PlotView::showView()
{
    // Setting one axis must not send the other's stale range back to the state.
    m_showingView = true;
    m_functionRect->axis(QCPAxis::atBottom)->setRange(toRange(m_state->xRange()));
    m_functionRect->axis(QCPAxis::atLeft)->setRange(toRange(m_state->yRange()));
    m_showingView = false;
    resample();
    showProbe();
    replot(rpQueuedReplot);
}

void PlotView::showProbe()
{
    const double x = m_state->probeX();
    m_probeOverlay->update(x, m_state->probeY(), m_state->probeSlope());
    const int decimals = NumberFormat::decimalsFor(xMapping().coordsPerPixel());
    m_readout->setText(
        ProbeReadout::describe(m_state->activation(), x, m_state->convention(), decimals).text());
    replotOverlay();
}

void PlotView::replotOverlay()
{
    // Before the first full replot there are no buffers, and a queued full replot repaints the
    // overlay anyway.
    if (mPaintBuffers.isEmpty() || mReplotQueued || hasInvalidatedPaintBuffers()) {
        replot(rpQueuedReplot);
        return;
    }
    m_tangentLayer->replot();
    m_overlayLayer->replot();
}

void PlotView::takeRangesFromAxes()
{
    if (m_showingView)
        return;
    const Interval x = toInterval(m_functionRect->axis(QCPAxis::atBottom)->range());
    const Interval y = toInterval(m_functionRect->axis(QCPAxis::atLeft)->range());
    if (!m_state->setView(x, y))
        showView(); // the state refused the range: put its own back on the axes
}

bool PlotView::grabs(const QPointF &pos) const
{
    if (!m_functionRect->rect().contains(pos.toPoint()))
        return false;
    return m_probeOverlay->distanceTo(pos) <= grabPixels
        || m_functionGraph->distanceTo(pos) <= grabPixels;
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

void PlotView::updateLayout()
{
    QCustomPlot::updateLayout();
    // Curved pieces are sampled per pixel, so a new width (a resize, an export at another size)
    // needs new samples.
    if (m_functionRect->width() != m_sampledPixels)
        resample();
}
