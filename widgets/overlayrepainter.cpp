// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "overlayrepainter.h"

#include "clipspan.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace {

/**
 * QCustomPlot's protected members that a partial repaint needs. A class derived from QCustomPlot
 * (or QCPLayer) may name them to form a pointer to member ([class.protected]), and such a pointer
 * applies to any QCustomPlot (or QCPLayer): no cast to a type the object is not, and no friend
 * in the view. Neither struct is ever instantiated.
 */
struct PlotInternals : QCustomPlot
{
    static QList<QCPLayer *> &layerList(QCustomPlot &plot)
    {
        return plot.*(&PlotInternals::mLayers);
    }

    static void reindexLayers(const QCustomPlot &plot)
    {
        (plot.*(&PlotInternals::updateLayerIndices))();
    }

    /** Before the first replot there are no buffers, and a queued replot redraws everything. */
    static bool needsFullReplot(QCustomPlot &plot)
    {
        return (plot.*(&PlotInternals::mPaintBuffers)).isEmpty()
            || plot.*(&PlotInternals::mReplotQueued)
            || (plot.*(&PlotInternals::hasInvalidatedPaintBuffers))();
    }
};

struct LayerInternals : QCPLayer
{
    /**
     * Redraws `layer`'s items into its buffer, clearing only `dirty` first, and schedules a
     * repaint of `dirty` alone; false, changing nothing, without a valid buffer.
     */
    static bool replotRegion(QCPLayer &layer, const QRegion &dirty)
    {
        const QSharedPointer<QCPAbstractPaintBuffer> buffer
            = (layer.*(&LayerInternals::mPaintBuffer)).toStrongRef();
        if (layer.mode() != lmBuffered || !buffer || buffer->invalidated())
            return false;
        if (QCPPainter *painter = buffer->startPainting()) {
            // Everything the layer drew last time lies inside `dirty`, so clearing it there leaves
            // nothing stale behind, and redrawing all items (they lie inside it too) paints each
            // once.
            // One rectangle at a time, and by copying transparent pixels: a fill through a clip
            // region would go line by line, handing off to Qt's thread pool (see
            // PlotView::paintEvent).
            painter->setCompositionMode(QPainter::CompositionMode_Source);
            for (const QRect &rect : dirty)
                painter->fillRect(rect, Qt::transparent);
            delete painter;
            buffer->donePainting();
        }
        (layer.*(&LayerInternals::drawToPaintBuffer))();
        buffer->setInvalidated(false);
        layer.parentPlot()->update(dirty);
        return true;
    }
};

/** Pixels around a drawn line or shape that antialiasing and round-off may touch. */
constexpr int footprintMargin = 3;

/**
 * The part of the line through a and b inside `rect` (Liang–Barsky); false if it misses. With
 * `segment`, only the part between a and b.
 */
bool clipLine(QPointF a, QPointF b, const QRectF &rect, QPointF &from, QPointF &to,
              bool segment = false)
{
    const QPointF d = b - a;
    if (d.isNull() || !std::isfinite(d.x()) || !std::isfinite(d.y()) || !std::isfinite(a.x())
        || !std::isfinite(a.y()))
        return false;
    // A line is unbounded but for the rectangle; a segment ends at a and b.
    ClipSpan span = segment ? ClipSpan { 0.0, 1.0 } : ClipSpan { -1e18, 1e18 };
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

/**
 * Where a graph draws, inside its axis rect: a band along each line segment, a box around each
 * scatter point. False for what it cannot measure (fills, steps, many points), whose axis rect
 * is then taken whole.
 */
bool graphFootprint(const QCPGraph &graph, Footprint &footprint)
{
    constexpr int manyPoints = 2000;
    const QCPGraphDataContainer &data = *graph.data();
    const bool lines = graph.lineStyle() == QCPGraph::lsLine;
    if ((!lines && graph.lineStyle() != QCPGraph::lsNone) || graph.brush().style() != Qt::NoBrush
        || data.size() > manyPoints)
        return false;
    const QCPAxis *keys = graph.keyAxis();
    const QCPAxis *values = graph.valueAxis();
    const QRect rect = keys->axisRect()->rect();
    const QCPScatterStyle &scatter = graph.scatterStyle();
    const double radius
        = scatter.isNone() ? 0.0 : scatter.size() / 2 + scatter.pen().widthF() + footprintMargin;
    const double halfWidth = graph.pen().widthF() / 2;
    QPointF previous;
    bool hasPrevious = false;
    for (auto point = data.constBegin(); point != data.constEnd(); ++point) {
        if (!std::isfinite(point->value) || !std::isfinite(point->key)) {
            hasPrevious = false; // a gap breaks the line
            continue;
        }
        const QPointF at(keys->coordToPixel(point->key), values->coordToPixel(point->value));
        if (radius > 0
            && rect.adjusted(-int(radius), -int(radius), int(radius), int(radius))
                   .contains(at.toPoint()))
            footprint.add(
                QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius).toAlignedRect()
                & rect.adjusted(-1, -1, 1, 1));
        QPointF from, to;
        if (lines && hasPrevious && clipLine(previous, at, rect, from, to, true))
            band(from, to, halfWidth, footprint);
        previous = at;
        hasPrevious = true;
    }
    return true;
}

/** A buffered layer right above (or below) the named layer. */
QCPLayer *bufferedLayer(QCustomPlot *plot, const QString &name, const QString &next, bool above)
{
    QCPLayer *layer = OverlayRepainter::insertLayer(plot, name, next, above);
    layer->setMode(QCPLayer::lmBuffered);
    return layer;
}

} // namespace

OverlayRepainter::OverlayRepainter(QCustomPlot *plot)
    : m_plot(plot)
    // The probe layer goes on top of all: below it, QCustomPlot's own (empty) overlay layer then
    // shares the main buffer instead of needing one of its own.
    , m_overlayLayer(bufferedLayer(plot, QStringLiteral("probe"), QStringLiteral("overlay"), true))
    , m_tangentLayer(bufferedLayer(plot, QStringLiteral("tangent"), QStringLiteral("main"), false))
{
    // QCustomPlot's own overlay layer holds only a selection rectangle, which we never show; as a
    // buffer it would be composed on every frame for nothing.
    plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);
    // After a full replot the overlays are drawn where they are now.
    m_afterReplot = QObject::connect(plot, &QCustomPlot::afterReplot, plot,
                                     [this] { m_drawn = footprint(); });
}

OverlayRepainter::~OverlayRepainter()
{
    QObject::disconnect(m_afterReplot);
}

QCPLayer *OverlayRepainter::insertLayer(QCustomPlot *plot, const QString &name, const QString &next,
                                        bool above)
{
    auto *created = new QCPLayer(plot, name);
    const int index = plot->layer(next)->index() + (above ? 1 : 0);
    PlotInternals::layerList(*plot).insert(index, created);
    PlotInternals::reindexLayers(*plot);
    return created;
}

bool OverlayRepainter::repaint()
{
    if (PlotInternals::needsFullReplot(*m_plot))
        return false;
    // Only where the overlays were and where they are now: the rest of the picture is unchanged.
    const QRegion now = footprint();
    const QRegion dirty = now.united(m_drawn);
    if (!LayerInternals::replotRegion(*m_tangentLayer, dirty)
        || !LayerInternals::replotRegion(*m_overlayLayer, dirty))
        return false;
    m_drawn = now;
    return true;
}

namespace {

/**
 * Where an unrotated QCPItemText draws: its text with its padding, placed by its alignment, and
 * cut to `clip` (a label beside a probe 1e100 away lies beyond any int coordinate).
 */
QRect textBox(const QCPItemText &label, const QRect &clip)
{
    QRectF box
        = QFontMetricsF(label.font())
              .boundingRect(QRectF(), Qt::TextDontClip | label.textAlignment(), label.text());
    const QMargins pad = label.padding();
    box = QRectF(0, 0, box.width() + pad.left() + pad.right(),
                 box.height() + pad.top() + pad.bottom());
    QPointF topLeft = label.position->pixelPosition();
    const Qt::Alignment align = label.positionAlignment();
    if (align & Qt::AlignHCenter)
        topLeft.rx() -= box.width() / 2;
    else if (align & Qt::AlignRight)
        topLeft.rx() -= box.width();
    if (align & Qt::AlignVCenter)
        topLeft.ry() -= box.height() / 2;
    else if (align & Qt::AlignBottom)
        topLeft.ry() -= box.height();
    box.moveTopLeft(topLeft);
    return box.intersected(QRectF(clip)).toAlignedRect();
}

} // namespace

QRegion OverlayRepainter::footprint() const
{
    Footprint &footprint = m_footprint;
    footprint.reset(m_plot->size());
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
                const QRect clip
                    = line->clipAxisRect() ? line->clipAxisRect()->rect() : m_plot->rect();
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
            } else if (auto *label = qobject_cast<QCPItemText *>(child)) {
                const QRect clip
                    = label->clipAxisRect() ? label->clipAxisRect()->rect() : m_plot->rect();
                const QRect box = textBox(*label, clip);
                if (!box.isEmpty())
                    footprint.add(box.adjusted(-footprintMargin, -footprintMargin, footprintMargin,
                                               footprintMargin));
            } else if (auto *graph = qobject_cast<QCPGraph *>(child);
                       graph && graphFootprint(*graph, footprint)) {
                // A graph that moves with the probe (the quotient panel's): the pixels along its
                // lines and around its points, not the whole panel.
            } else if (auto *plottable = qobject_cast<QCPAbstractPlottable *>(child)) {
                // Drawn inside its axis rect, and clipped to it.
                footprint.add(plottable->keyAxis()->axisRect()->rect().adjusted(-1, -1, 1, 1));
            } else if (auto *item = qobject_cast<QCPAbstractItem *>(child);
                       item && item->clipToAxisRect() && item->clipAxisRect()) {
                footprint.add(item->clipAxisRect()->rect().adjusted(-1, -1, 1, 1));
            } else {
                footprint.addAll(); // something we cannot measure: all of it
            }
        }
    }
    return footprint.region();
}
