// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secantoverlay.h"

#include "explorerstate.h"
#include "plotitems.h"

#include <qcustomplot.h>

#include <cmath>

SecantOverlay::SecantOverlay(QCustomPlot *plot, QCPAxisRect *rect, QCPLayer *lineLayer,
                             QCPLayer *pointLayer, const PlotStyle &style)
    : m_style(style)
    , m_line(PlotItems::line(plot, rect, lineLayer))
    , m_ahead(PlotItems::marker(plot, rect, pointLayer))
    , m_behind(PlotItems::marker(plot, rect, pointLayer))
{
    applyStyle();
}

void SecantOverlay::applyStyle()
{
    m_line->setPen(QPen(m_style.secant, m_style.secantWidth()));
    for (QCPItemTracer *point : { m_ahead, m_behind }) {
        point->setPen(QPen(m_style.secantPointOutline(), m_style.secantPointPenWidth()));
        point->setBrush(m_style.secant);
        point->setSize(m_style.secantPointSize());
    }
}

void SecantOverlay::update(const ExplorerState &state)
{
    const SecantMode mode = state.secantMode();
    const double slope = state.secantSlope();
    const bool shown = mode != SecantMode::Off && std::isfinite(slope);
    m_line->setVisible(shown);
    m_ahead->setVisible(shown);
    m_behind->setVisible(shown && mode == SecantMode::Central);
    if (!shown)
        return;

    const Activation &f = state.activation();
    const double x = state.probeX();
    const double h = state.secantH();
    m_ahead->position->setCoords(x + h, f.value(x + h));
    m_behind->position->setCoords(x - h, f.value(x - h));
    // Through its defining points: (x, f(x)) for the forward quotient, (x + h, f(x + h)) for both.
    if (!PlotItems::placeLine(m_line, x + h, f.value(x + h), slope))
        m_line->setVisible(false);
}
