// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "activation.h"
#include "differencequotient.h"
#include "plotstyle.h"
#include "quotientaxis.h"

#include <QCoreApplication>
#include <QString>

class QCPAxisRect;
class QCPGraph;
class QCPItemText;
class QCPItemTracer;
class QCPLayer;
class QCustomPlot;

/**
 * The definition of the derivative, drawn: the difference quotient q(h) = (f(x₀+h) − f(x₀)) / h
 * against h at the probe's x₀, for negative and positive h at once, in its own axis rect.
 *
 * The left branch (h < 0, the secants to the left) and the right one (h > 0) are two curves in
 * the two secant colours; the central quotient (f(x₀+h) − f(x₀−h)) / 2h is a third, grey, on
 * both sides of h = 0. At
 * h = 0 (on the log axis, at the inner ends 0⁻ and 0⁺) open circles mark the one-sided limits
 * f′₋(x₀) and f′₊(x₀), and a filled dot the value the convention gives f′(x₀); where f is
 * differentiable the two limits are one, and one filled dot marks f′(x₀). Where a limit is
 * infinite (a jump, a cusp) or does not exist (an oscillation), a note in the panel says so.
 * A marker shows the secant's current h.
 *
 * Everything it draws moves with the probe, so it lives on the layer a drag repaints.
 */
class QuotientPanel
{
    Q_DECLARE_TR_FUNCTIONS(QuotientPanel)

public:
    QuotientPanel(QCustomPlot *plot, QCPAxisRect *rect, QCPLayer *layer, const PlotStyle &style);

    // getters:
    QCPAxisRect *rect() const { return m_rect; }
    QCPGraph *leftCurve() const { return m_left; }
    QCPGraph *rightCurve() const { return m_right; }
    QCPGraph *centralCurve() const { return m_central; }
    /** Open circles at the one-sided limits f′₋(x₀) and f′₊(x₀), where they differ. */
    QCPGraph *leftLimit() const { return m_leftLimit; }
    QCPGraph *rightLimit() const { return m_rightLimit; }
    /** The filled dot: the convention's f′(x₀) at a breakpoint, f′(x₀) elsewhere. */
    QCPGraph *valueDot() const { return m_value; }
    QCPItemTracer *marker() const { return m_marker; }
    /** With a secant to each side: the left one's marker, at −|h|; `marker()` is at +|h|. */
    QCPItemTracer *leftMarker() const { return m_leftMarker; }
    /** What the panel says about the limits ("q(h) → +∞ as h → 0⁺: ..."); empty if nothing. */
    QString note() const;
    const QuotientAxis &axis() const { return m_axis; }

    /**
     * Redraws for f at x₀ with the secant's mode and h, sampled for a panel `pixels` wide.
     * Returns true when the q axis changed its range, which only a full replot shows.
     */
    bool update(const Activation &f, double x0, SecantMode mode, double h,
                DerivativeConvention convention, int pixels);
    void setScale(QuotientAxis::Scale scale);
    void setVisible(bool visible);
    void applyStyle();

    /** The h at a horizontal pixel of the panel. */
    double hAt(double pixelX) const;

    /** What the panel says about a one-sided limit that is not a finite number; empty if it is. */
    static QString limitNote(double limit, int side);

private:
    QCPGraph *addGraph();

    QCustomPlot *m_plot;
    QCPAxisRect *m_rect;
    const PlotStyle &m_style;
    QuotientAxis m_axis;
    QCPGraph *m_left;
    QCPGraph *m_right;
    QCPGraph *m_central;
    QCPGraph *m_leftLimit;
    QCPGraph *m_rightLimit;
    QCPGraph *m_value;
    QCPItemTracer *m_marker;
    QCPItemTracer *m_leftMarker;
    QCPItemText *m_note;
    bool m_visible = false;
};
