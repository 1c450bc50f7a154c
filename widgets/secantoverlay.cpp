// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secantoverlay.h"

#include "differencequotient.h"
#include "explorerstate.h"
#include "plotitems.h"

#include <qcustomplot.h>

#include <cmath>

SecantOverlay::SecantOverlay(QCustomPlot *plot, QCPAxisRect *rect, QCPLayer *lineLayer,
                             QCPLayer *pointLayer, const PlotStyle &style)
    : m_style(style)
    , m_line(PlotItems::line(plot, rect, lineLayer))
    , m_leftLine(PlotItems::line(plot, rect, lineLayer))
    , m_ahead(PlotItems::marker(plot, rect, pointLayer))
    , m_behind(PlotItems::marker(plot, rect, pointLayer))
{
    applyStyle();
}

void SecantOverlay::applyStyle()
{
    m_leftLine->setPen(QPen(m_style.secant, m_style.secantWidth()));
    for (QCPItemTracer *point : { m_ahead, m_behind })
        point->setSize(m_style.secantPointSize());
    // The colours by side are set with the secant's h (update).
}

void SecantOverlay::paint(QCPItemStraightLine *line, QCPItemTracer *point, QColor colour)
{
    line->setPen(QPen(colour, m_style.secantWidth()));
    point->setBrush(colour);
    point->setPen(QPen(PlotStyle::secantPointOutline(colour), m_style.secantPointPenWidth()));
}

void SecantOverlay::update(const ExplorerState &state)
{
    const SecantMode mode = state.secantMode();
    const double slope = state.secantSlope();
    const bool shown = mode != SecantMode::Off && std::isfinite(slope);
    const Activation &f = state.activation();
    const double x = state.probeX();
    if (mode == SecantMode::BothSides) {
        const double h = std::abs(state.secantH());
        const DifferenceQuotient::Row row = DifferenceQuotient::at(f, x, f.value(x), h);
        paint(m_line, m_ahead, m_style.secantRight);
        paint(m_leftLine, m_behind, m_style.secant);
        m_ahead->position->setCoords(x + h, f.value(x + h));
        m_behind->position->setCoords(x - h, f.value(x - h));
        m_ahead->setVisible(std::isfinite(row.right));
        m_behind->setVisible(std::isfinite(row.left));
        m_line->setVisible(m_ahead->visible()
                           && PlotItems::placeLine(m_line, x, f.value(x), row.right));
        m_leftLine->setVisible(m_behind->visible()
                               && PlotItems::placeLine(m_leftLine, x, f.value(x), row.left));
        return;
    }
    m_leftLine->setVisible(false);
    m_line->setVisible(shown);
    m_ahead->setVisible(shown);
    m_behind->setVisible(shown && mode == SecantMode::Central);
    if (!shown)
        return;

    const double h = state.secantH();
    const QColor colour = mode == SecantMode::Central ? m_style.centralQuotient
        : h < 0                                       ? m_style.secant
                                                      : m_style.secantRight;
    paint(m_line, m_ahead, colour);
    paint(m_leftLine, m_behind, colour); // the left line stays hidden; its point is x − h's
    m_ahead->position->setCoords(x + h, f.value(x + h));
    m_behind->position->setCoords(x - h, f.value(x - h));
    // Through its defining points: (x, f(x)) for the forward quotient, (x + h, f(x + h)) for both.
    if (!PlotItems::placeLine(m_line, x + h, f.value(x + h), slope))
        m_line->setVisible(false);
}
