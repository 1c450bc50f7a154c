// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kinkfan.h"

#include "plotitems.h"

#include <qcustomplot.h>

#include <cmath>

KinkFan::KinkFan(QCustomPlot *plot, QCPAxisRect *rect, QCPLayer *layer, const PlotStyle &style)
    : m_style(style)
{
    for (int i = 0; i < lineCount; ++i)
        m_lines.append(PlotItems::line(plot, rect, layer));
    m_emphasized = PlotItems::line(plot, rect, layer);
    applyStyle();
}

void KinkFan::applyStyle()
{
    for (QCPItemStraightLine *line : std::as_const(m_lines))
        line->setPen(QPen(m_style.fan, m_style.fanWidth()));
    QPen pen(m_style.tangent, m_style.conventionLineWidth(), Qt::DashLine);
    pen.setCapStyle(Qt::FlatCap);
    m_emphasized->setPen(pen);
}

void KinkFan::show(const Kink &kink, double y, DerivativeConvention convention)
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
}

void KinkFan::hide()
{
    m_shown = false;
    for (QCPItemStraightLine *line : std::as_const(m_lines))
        line->setVisible(false);
    m_emphasized->setVisible(false);
}
