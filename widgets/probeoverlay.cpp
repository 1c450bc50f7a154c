// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "probeoverlay.h"

#include "numberformat.h"
#include "plotitems.h"

#include <qcustomplot.h>

#include <cmath>

ProbeOverlay::ProbeOverlay(QCustomPlot *plot, QCPAxisRect *rect, QCPLayer *probeLayer,
                           const PlotStyle &style)
    : m_style(style)
    , m_tangent(PlotItems::line(plot, rect, probeLayer))
    , m_marker(PlotItems::marker(plot, rect, probeLayer))
    , m_slopeLabel(new QCPItemText(plot))
{
    m_marker->setVisible(true);
    m_slopeLabel->setLayer(probeLayer);
    m_slopeLabel->setClipAxisRect(rect);
    m_slopeLabel->setClipToAxisRect(true);
    m_slopeLabel->setSelectable(false);
    m_slopeLabel->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    // Below and to the right of the probe, clear of its ring.
    m_slopeLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    applyStyle();
}

void ProbeOverlay::applyStyle()
{
    QPen tangentPen(m_style.tangent, m_style.tangentWidth(), PlotStyle::tangentPenStyle);
    tangentPen.setCapStyle(Qt::FlatCap);
    m_tangent->setPen(tangentPen);

    // A ring, not a disc: it marks the point without hiding the curve or the kink's red dot.
    m_marker->setPen(QPen(m_style.probe, m_style.probePenWidth()));
    m_marker->setBrush(Qt::NoBrush);
    m_marker->setSize(m_style.probeSize());

    m_slopeLabel->setFont(m_style.tickLabelFont());
    m_slopeLabel->setColor(m_style.tangent);
    const int gap = int(m_style.probeSize() / 2);
    m_slopeLabel->setPadding(QMargins(gap, gap, 2, 0));
}

void ProbeOverlay::update(double x, double y, double slope)
{
    m_marker->position->setCoords(x, y);
    // Where f(x) is no number (sqrt left of 0), there is no point of the curve to mark.
    m_marker->setVisible(std::isfinite(y));
    m_tangent->setVisible(std::isfinite(slope) && std::isfinite(y)
                          && PlotItems::placeLine(m_tangent, x, y, slope));
    m_slopeLabel->setVisible(m_tangent->visible());
    if (m_tangent->visible()) {
        m_slopeLabel->position->setCoords(x, y);
        m_slopeLabel->setText(tr("slope %1").arg(NumberFormat::compact(slope)));
        fitSlopeLabel();
    }
}

void ProbeOverlay::fitSlopeLabel()
{
    if (!m_slopeLabel->visible())
        return;
    {
        // Below right of the probe, unless that runs past the plot's edge: then on the other
        // side (a probe at 4 in presentation type would show "slop").
        const QRect area = m_slopeLabel->clipAxisRect()->rect();
        const QPointF at = m_slopeLabel->position->pixelPosition();
        const QFontMetricsF metrics(m_slopeLabel->font());
        const int gap = int(m_style.probeSize() / 2);
        // (Before the first layout the plot has no area yet: then below right.)
        const bool laidOut = area.width() > 0 && area.height() > 0;
        const bool left = laidOut
            && at.x() + gap + metrics.horizontalAdvance(m_slopeLabel->text()) + 2 > area.right();
        const bool above = laidOut && at.y() + gap + metrics.height() > area.bottom();
        m_slopeLabel->setPositionAlignment((left ? Qt::AlignRight : Qt::AlignLeft)
                                           | (above ? Qt::AlignBottom : Qt::AlignTop));
        m_slopeLabel->setPadding(
            QMargins(left ? 2 : gap, above ? 0 : gap, left ? gap : 2, above ? gap : 0));
    }
}

double ProbeOverlay::distanceTo(const QPointF &pos) const
{
    const QPointF centre = m_marker->position->pixelPosition();
    return std::hypot(pos.x() - centre.x(), pos.y() - centre.y());
}
