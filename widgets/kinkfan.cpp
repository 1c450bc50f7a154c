// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kinkfan.h"

#include "numberformat.h"
#include "plotitems.h"

#include <qcustomplot.h>

#include <cmath>

KinkFan::KinkFan(QCustomPlot *plot, QCPAxisRect *rect, QCPLayer *layer, const PlotStyle &style)
    : m_style(style)
{
    for (int i = 0; i < lineCount; ++i)
        m_lines.append(PlotItems::line(plot, rect, layer));
    m_emphasized = PlotItems::line(plot, rect, layer);
    m_entry = plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    m_entry->setLayer(layer);
    m_entry->setSelectable(QCP::stNone);
    m_entry->removeFromLegend();
    applyStyle();
}

QString KinkFan::legendLabel(const Activation &f, const Kink &kink)
{
    const Interval slopes = kink.slopeRange();
    const QString range = NumberFormat::interval(slopes.lower, slopes.upper);
    if (f.isConvexEverywhere())
        return QCoreApplication::translate("KinkFan", "fan %1: all under the graph").arg(range);
    // Lines beside the kink: then the outer lines of the fan run along the pieces, and every line
    // stays on one side of the graph near the kink. Beside a curved piece the outer line is its
    // tangent, which may cross it (selu's left tangent at 0 lies under the curve).
    bool straight = true;
    const double reach = std::max(1.0, std::abs(kink.x));
    for (const Piece &piece : f.piecesIn({ kink.x - reach, kink.x + reach })) {
        if ((piece.domain.upper == kink.x || piece.domain.lower == kink.x) && !piece.linear)
            straight = false;
    }
    if (!straight)
        return QCoreApplication::translate("KinkFan", "fan %1: between the one-sided tangents")
            .arg(range);
    if (!kink.isConvex())
        return QCoreApplication::translate("KinkFan", "fan %1: above the graph near the kink")
            .arg(range);
    return QCoreApplication::translate("KinkFan", "fan %1: under the graph near the kink")
        .arg(range);
}

void KinkFan::applyStyle()
{
    // Dotted, thinner than the secant (solid) and the tangent (dashed): told apart by shape.
    for (QCPItemStraightLine *line : std::as_const(m_lines))
        line->setPen(QPen(m_style.fan, m_style.fanWidth(), PlotStyle::fanPenStyle));
    // In the legend a line of the fan's width would be a hairline: drawn as wide as a piece.
    m_entry->setPen(QPen(m_style.fan, 2.0 * m_style.fanWidth(), PlotStyle::fanPenStyle));
    QPen pen(m_style.tangent, m_style.conventionLineWidth(), PlotStyle::tangentPenStyle);
    pen.setCapStyle(Qt::FlatCap);
    m_emphasized->setPen(pen);
}

bool KinkFan::show(const Activation &f, const Kink &kink, double y, DerivativeConvention convention)
{
    m_shown = true;
    const Interval slopes = kink.slopeRange();
    for (int i = 0; i < lineCount; ++i) {
        const double t = double(i) / (lineCount - 1);
        m_lines[i]->setVisible(
            PlotItems::placeLine(m_lines[i], kink.x, y, slopes.lower + t * slopes.width()));
    }
    const double picked = kink.derivative(convention);
    m_emphasized->setVisible(std::isfinite(picked)
                             && PlotItems::placeLine(m_emphasized, kink.x, y, picked));

    // The entry goes last, after the function's, which are rebuilt with every new function.
    if (m_labelledX != kink.x || m_label.isEmpty()) {
        m_label = legendLabel(f, kink);
        m_labelledX = kink.x;
    }
    const QString &label = m_label;
    QCPLegend *legend = m_entry->parentPlot()->legend;
    const bool last = legend->itemCount() > 0
        && legend->item(legend->itemCount() - 1) == legend->itemWithPlottable(m_entry);
    if (last && m_entry->name() == label)
        return false;
    m_entry->removeFromLegend();
    m_entry->setName(label);
    m_entry->addToLegend();
    return true;
}

bool KinkFan::hide()
{
    m_shown = false;
    for (QCPItemStraightLine *line : std::as_const(m_lines))
        line->setVisible(false);
    m_emphasized->setVisible(false);
    return m_entry->removeFromLegend();
}
