// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "activation.h"
#include "breakpoint.h"
#include "derivativeconvention.h"
#include "plotstyle.h"

#include <QVector>

class QCPAxisRect;
class QCPGraph;
class QCPItemStraightLine;
class QCPLayer;
class QCustomPlot;

/**
 * The "many possible lines" at a kink: faint lines through the corner with slopes spread over
 * [min(f′₋, f′₊), max(f′₋, f′₊)] (for ReLU the subgradient interval [0, 1]), and the one the
 * convention picks drawn like a tangent. The lines are made once and reused.
 *
 * While it shows, the legend names it, last, with what the lines are: where f is convex on the
 * whole line, every one stays under the whole graph (the subdifferential); at a kink that bends
 * down, they lie above the graph near the kink.
 */
class KinkFan
{
public:
    static constexpr int lineCount = 9;

    KinkFan(QCustomPlot *plot, QCPAxisRect *rect, QCPLayer *layer, const PlotStyle &style);

    // getters:
    const QVector<QCPItemStraightLine *> &lines() const { return m_lines; }
    /** The convention's line; hidden for the "undefined" convention. */
    QCPItemStraightLine *emphasized() const { return m_emphasized; }
    bool isShown() const { return m_shown; }
    /** The legend's entry: an empty graph in the fan's colour, in the legend while shown. */
    const QCPGraph *legendEntry() const { return m_entry; }

    /**
     * What the legend says of the fan at `kink` of `f` ("fan [0, 1]: all under the graph").
     * Where a piece beside the kink is curved, the outer lines are tangents to the pieces and may
     * cross them, so it says only that the lines lie between the one-sided tangents.
     */
    static QString legendLabel(const Activation &f, const Kink &kink);

    /**
     * Shows the fan through (kink.x, y), and its legend entry; true when the legend changed
     * (only a full replot draws that).
     */
    bool show(const Activation &f, const Kink &kink, double y, DerivativeConvention convention);
    /**
     * Forgets the label kept for the last kink: the view calls it whenever the function is new,
     * including the same formula with another parameter (a·relu(x) at a = 1, then at −1).
     */
    void forgetLabel() { m_label.clear(); }
    /** True when the legend changed. */
    bool hide();
    void applyStyle();

private:
    const PlotStyle &m_style;
    QVector<QCPItemStraightLine *> m_lines;
    QCPItemStraightLine *m_emphasized;
    QCPGraph *m_entry;
    bool m_shown = false;
    /**
     * The label made for the kink at m_labelledX of the function shown, kept: a drag at a kink
     * asks on every event. forgetLabel() ends it with the function (neither the address, which a
     * new function can reuse, nor the specification, which ignores parameters, could).
     */
    double m_labelledX = 0.0;
    QString m_label;
};
