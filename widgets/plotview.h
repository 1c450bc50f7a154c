// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "axismapping.h"
#include "explorerstate.h"
#include "legendplacement.h"
#include "overlayrepainter.h"
#include "plotstyle.h"
#include "probereadout.h"

#include <qcustomplot.h>

#include <memory>
#include <utility>

class Announcer;
class ComparisonGraphs;
class DerivativePanel;
class FrameworkDots;
class FunctionGraph;
class KinkFan;
class PenStrokes;
class ProbeOverlay;
class QuotientPanel;
class SecantOverlay;

/**
 * The main view. Top: the function with its coloured pieces, kink dots and legend, the draggable
 * probe with its tangent (or, on a kink, the fan of supporting lines), and the secant. Below it,
 * optional: the derivative panel, sharing the x axis, and the difference-quotient panel, q(h)
 * against h at the probe. At the bottom: the readout. The same widget
 * is shown in the window and rendered by --export.
 *
 * It is thin: a press on a curve or a probe marker, in either panel, grabs the probe, and every
 * move asks the ExplorerState to move it (the state snaps and clamps); a press elsewhere pans, the
 * wheel zooms, and a double-click resets the view. All it draws comes from the state's signals.
 * It sets up and wires; its parts draw (FunctionGraph, DerivativePanel, ProbeOverlay, ...), its
 * OverlayRepainter repaints what a drag moves, and ShrinkToFit fits the legend's and the
 * readout's type.
 */
class PlotView : public QCustomPlot
{
    Q_OBJECT

public:
    /** A press within this many pixels of the curve or the probe grabs the probe. */
    static constexpr double grabPixels = 10.0;

    explicit PlotView(ExplorerState *state, QWidget *parent = nullptr);
    ~PlotView() override;

    // getters:
    ExplorerState *state() const { return m_state; }
    const PlotStyle &style() const { return m_style; }
    QCPAxisRect *functionRect() const { return m_functionRect; }
    QCPAxisRect *derivativeRect() const { return m_derivativeRect; }
    QCPAxisRect *quotientRect() const { return m_quotientRect; }
    const FunctionGraph &functionGraph() const { return *m_functionGraph; }
    const DerivativePanel &derivativePanel() const { return *m_derivativePanel; }
    const QuotientPanel &quotientPanel() const { return *m_quotientPanel; }
    const ProbeOverlay &probeOverlay() const { return *m_probeOverlay; }
    const KinkFan &kinkFan() const { return *m_kinkFan; }
    const SecantOverlay &secantOverlay() const { return *m_secantOverlay; }
    const ComparisonGraphs &comparisonGraphs() const { return *m_comparisonGraphs; }
    /** "Where frameworks disagree": each framework's value at the probe's kink, on f′'s panel. */
    const FrameworkDots &frameworkDots() const { return *m_frameworkDots; }
    bool areFrameworksCompared() const { return m_frameworksCompared; }
    QCPTextElement *readout() const { return m_readout; }
    /** The notebook's sample points, as markers on the curve. */
    QCPGraph *samplePoints() const { return m_samplePoints; }
    /** The layers repainted alone during a drag, and where they are drawn. */
    const OverlayRepainter &overlayRepainter() const { return m_repainter; }
    /** The shared x axis as a plain mapping (both panels are aligned), for snapping and tests. */
    AxisMapping xMapping() const;
    AxisMapping yMapping() const;
    bool isDraggingProbe() const { return m_draggingProbe; }
    /** A drag in the difference-quotient panel: it sets the secant's h. */
    bool isDraggingH() const { return m_draggingH; }
    /** The presenter's strokes on the function's panel. */
    const PenStrokes &penStrokes() const { return *m_penStrokes; }
    bool isPenActive() const { return m_penActive; }
    /**
     * Where the legend covers least of the curves and marks (LegendPlacement), as last placed:
     * at each full replot, but not while a button is held (a drag), and at the release.
     */
    Qt::Alignment legendAlignment() const;
    /** The probe in words for a screen reader (SpokenDescription::probe, the readout's digits). */
    QString spokenProbe() const;
    /** "x = 2": the accessible slider's value as text. */
    QString spokenProbeX() const;
    /** View ▸ Describe Graph's text and the exports' description (SpokenDescription::graph). */
    QString spokenGraph() const;
    Announcer &announcer() const { return *m_announcer; }

    // setters:
    /** Restyles everything: the theme's colours, and the scale of presentation mode. */
    void setPlotStyle(const PlotStyle &style);
    void setFrameworksCompared(bool compared);
    /** The readout lists each compared function's f and f′ at the probe. */
    /** While the pen is on, a press in the function's panel draws; it neither pans nor drags. */
    void setPenActive(bool active);
    /** Wipes every stroke. */
    void clearPen();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    /** Resamples curved pieces whenever the plot's width in pixels changed, before drawing. */
    void updateLayout() override;
    /** Both keep the buffers at the screen's device pixel ratio. */
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

public:
    /**
     * QCustomPlot's, but no wider than PlotStyle::minimumPlotWidth: its layout counts the
     * readout's widest line at full type, which the readout shrinks and wraps to fit anyway, and a
     * window beside the lesson and the values table grew past a 1024-pixel screen.
     */
    QSize minimumSizeHint() const override;

protected:
private:
    void styleAxes(QCPAxisRect *rect);
    /** Fewer x ticks where the labels would touch (ReaderAxisTicker::setMinimumStep). */
    void fitTickCounts();
    void bufferPenWhileUsed();
    void applyStyle();
    /** The readout's font scale (1, or less in steps of 0.05) so its widest line fits `width`. */
    double readoutScaleFor(const QString &text, int width) const;
    void fitReadout();
    /** Shrinks the legend's type, if need be, so it fits the function's panel. */
    void fitLegend();
    void fitLegendType();
    /** Puts the legend where it hides least, for the layout just made; true when it moved. */
    bool placeLegend();
    /** What the legend should leave visible, in pixels of the layout just made. */
    LegendPlacement::Scene legendScene() const;
    /** Where the legend, at its size now, hides least, and what it hides there. */
    std::pair<LegendPlacement::Location, LegendPlacement::Score>
    bestLegendPlace(const LegendPlacement::Scene &scene) const;
    /** The layout of the parts: the readout's and legend's type, samples per pixel. */
    void layoutParts();
    /** A button was released: the drag is over, so the legend may find room again. */
    void endHold();
    /** What the readout should say now, with as many decimals as a pixel is wide. */
    /**
     * The readout as drawn, at the decimals of the view's pixel: the compared functions' lines if
     * asked, the secant's line kept free, long lines wrapped to the width.
     */
    QString readoutText() const;
    /** Keeps the buffers at the screen's device pixel ratio, so the plot stays sharp. */
    void followDevicePixelRatio();
    bool grabs(const QPointF &pos) const;
    void dragProbeTo(const QPointF &pos);
    bool grabsH(const QPointF &pos) const;
    void dragHTo(const QPointF &pos);
    /** Redraws the quotient panel; true when its q axis moved (only a full replot shows that). */
    bool showQuotients();
    void takeRangesFromAxes(QCPAxisRect *rect);

    void resample();
    /** A full replot at the next turn of the event loop, when the widget is shown. */
    void requestReplot();
    /** Repaints only the overlays when the other layers' buffers are still good. */
    void replotOverlay();
    /** Draws what `what` changed, each part once, however many parts changed at once. */
    void follow(ExplorerState::Changes what);
    void tellAssistiveTechnology(ExplorerState::Changes what);
    int readoutDecimals() const;
    /** The function's graphs and pieces, the derivative's, the comparisons', the samples'. */
    void rebuildGraphs();
    /** The state's ranges onto the axes (the graphs are resampled apart). */
    void takeViewRanges();
    /** With equal scales, fits the y range to the x range and the function rect's size. */
    void keepEqualScales();
    void showProbe();
    /** The column of panels: which are shown, in order. */
    void arrangePanels();
    void placeSamplePoints();

    ExplorerState *m_state;
    PlotStyle m_style;
    /** Before the parts: it inserts the layers they draw on. */
    OverlayRepainter m_repainter;
    QCPAxisRect *m_functionRect = nullptr;
    QCPAxisRect *m_derivativeRect = nullptr;
    QCPAxisRect *m_quotientRect = nullptr;
    QCPMarginGroup *m_marginGroup = nullptr;
    QCPTextElement *m_readout = nullptr;
    QCPGraph *m_samplePoints = nullptr;
    std::unique_ptr<FunctionGraph> m_functionGraph;
    std::unique_ptr<DerivativePanel> m_derivativePanel;
    struct EqualFit
    {
        Interval x;
        Interval y;
        int repeats = 0;
    };
    EqualFit m_equalFit; ///< the y range keepEqualScales set last, for what
    std::unique_ptr<QuotientPanel> m_quotientPanel;
    std::unique_ptr<ProbeOverlay> m_probeOverlay;
    std::unique_ptr<KinkFan> m_kinkFan;
    std::unique_ptr<SecantOverlay> m_secantOverlay;
    std::unique_ptr<ComparisonGraphs> m_comparisonGraphs;
    std::unique_ptr<FrameworkDots> m_frameworkDots;
    bool m_frameworksCompared = false;
    Announcer *m_announcer = nullptr; ///< a child widget: says the probe to a screen reader
    bool m_draggingProbe = false;
    bool m_draggingH = false;
    /** A button is down on the view: the legend stays where it is until the release. */
    bool m_held = false;
    bool m_penActive = false;
    bool m_drawingStroke = false;
    PenStrokes *m_penStrokes = nullptr; ///< owned by the plot, as its items are
    QCPLayer *m_penLayer = nullptr;
    bool m_showingView = false;
    int m_sampledPixels = -1;
    int m_readoutLines = 0;
    double m_readoutScale = 1.0;
    /** Metrics of the readout's font at full size; building them per call costs font lookups. */
    QFontMetricsF m_readoutMetrics { QFont() };
};
