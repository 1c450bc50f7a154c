// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "frameworkdots.h"

#include <qcustomplot.h>

FrameworkDots::FrameworkDots(QCustomPlot *plot, QCPAxisRect *rect, const PlotStyle &style)
    : m_plot(plot)
    , m_rect(rect)
    , m_style(style)
    , m_rings(plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft)))
{
    m_rings->setLineStyle(QCPGraph::lsNone);
    m_rings->setSelectable(QCP::stNone);
    m_rings->removeFromLegend();
    applyStyle();
}

void FrameworkDots::applyStyle()
{
    // A ring in the text's colour around where each framework's value lies: distinct from the
    // red convention dot inside it, and from the open circles of the one-sided limits.
    m_rings->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                             QPen(m_style.foreground, m_style.openCirclePenWidth()),
                                             Qt::NoBrush, 1.8 * m_style.conventionDotSize()));
    // On the background's colour, so a label stays legible where it crosses a piece of f′.
    QColor plate = m_style.background;
    plate.setAlphaF(0.85);
    for (QCPItemText *label : std::as_const(m_labels)) {
        label->setColor(m_style.foreground);
        label->setFont(m_style.tickLabelFont());
        label->setBrush(plate);
        label->setPen(Qt::NoPen);
    }
}

bool FrameworkDots::show(const std::optional<FrameworkComparison> &comparison, bool panelVisible)
{
    QStringList wanted;
    if (comparison && panelVisible) {
        wanted << QString::number(comparison->x, 'g', 17);
        for (const FrameworkComparison::Group &group : comparison->groups)
            wanted << group.label();
    }
    // Where the ring sits on screen decides the side of its label: a new view is a new picture.
    if (comparison && panelVisible)
        wanted << QString::number(m_rect->axis(QCPAxis::atBottom)->range().lower, 'g', 17)
               << QString::number(m_rect->axis(QCPAxis::atBottom)->range().upper, 'g', 17);
    if (wanted == m_shown)
        return false;
    m_shown = wanted;
    m_rings->data()->clear();
    const int count = comparison && panelVisible ? int(comparison->groups.size()) : 0;
    while (m_labels.size() < count) {
        // The label sits a ring's width right of its point: anchored to an invisible tracer at
        // the point, offset in pixels, so its plate never covers the ring.
        auto *anchor = new QCPItemTracer(m_plot);
        anchor->setStyle(QCPItemTracer::tsNone);
        anchor->setClipAxisRect(m_rect);
        anchor->position->setAxes(m_rect->axis(QCPAxis::atBottom), m_rect->axis(QCPAxis::atLeft));
        anchor->setSelectable(false);
        auto *label = new QCPItemText(m_plot);
        label->setClipToAxisRect(true);
        label->setClipAxisRect(m_rect);
        label->position->setParentAnchor(anchor->position);
        label->setPadding(QMargins(2, 0, 2, 0));
        label->setSelectable(false);
        m_anchors.append(anchor);
        m_labels.append(label);
    }
    for (int i = 0; i < m_labels.size(); ++i) {
        QCPItemText *label = m_labels[i];
        label->setVisible(i < count);
        if (i >= count)
            continue;
        const FrameworkComparison::Group &group = comparison->groups[std::size_t(i)];
        m_rings->addData(comparison->x, group.value);
        m_anchors[i]->position->setCoords(comparison->x, group.value);
        label->setText(group.label());
        // Right of the ring, unless the text would run past the panel's right edge while there
        // is more room on the left (relu6's kink at 6 near the right end of the view).
        const double gap = 1.1 * m_style.conventionDotSize();
        const double at = m_rect->axis(QCPAxis::atBottom)->coordToPixel(comparison->x);
        const double width
            = QFontMetricsF(m_style.tickLabelFont()).horizontalAdvance(group.label()) + 4.0;
        const bool left
            = at + gap + width > m_rect->right() && at - m_rect->left() > m_rect->right() - at;
        label->setPositionAlignment((left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        label->position->setCoords(left ? -gap : gap, 0.0);
    }
    applyStyle();
    return true;
}
