#pragma once

#include "axismapping.h"
#include "plotstyle.h"

#include <qcustomplot.h>

#include <memory>

class ExplorerState;
class FunctionGraph;
class ProbeOverlay;

/**
 * The main view: the function with its coloured pieces, kink dots and legend, the draggable
 * probe with its tangent, and the readout under the plot. The same widget is shown in the window
 * and rendered by --export.
 *
 * It is thin: a press on the curve or the probe grabs the probe and every move asks the
 * ExplorerState to move it (the state snaps and clamps); a press elsewhere pans, the wheel zooms,
 * and a double-click resets the view. All it draws comes from the state's signals.
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
    const FunctionGraph &functionGraph() const { return *m_functionGraph; }
    const ProbeOverlay &probeOverlay() const { return *m_probeOverlay; }
    QCPTextElement *readout() const { return m_readout; }
    /** The layers repainted alone during a drag: the probe and readout above, the tangent below. */
    QCPLayer *overlayLayer() const { return m_overlayLayer; }
    QCPLayer *tangentLayer() const { return m_tangentLayer; }
    /** The function rect's x axis as a plain mapping, for snapping and tests. */
    AxisMapping xMapping() const;
    AxisMapping yMapping() const;
    bool isDraggingProbe() const { return m_draggingProbe; }

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    /** Resamples curved pieces whenever the plot's width in pixels changed, before drawing. */
    void updateLayout() override;

private:
    void setUpAxes();
    bool grabs(const QPointF &pos) const;
    void dragProbeTo(const QPointF &pos);
    void takeRangesFromAxes();

    void resample();
    /** Repaints only the overlay layers when the other layers' buffers are still good. */
    void replotOverlay();
    void showFunction();
    void showView();
    void showProbe();

    ExplorerState *m_state;
    PlotStyle m_style;
    QCPAxisRect *m_functionRect = nullptr;
    QCPLayer *m_overlayLayer = nullptr;
    QCPLayer *m_tangentLayer = nullptr;
    QCPTextElement *m_readout = nullptr;
    std::unique_ptr<FunctionGraph> m_functionGraph;
    std::unique_ptr<ProbeOverlay> m_probeOverlay;
    bool m_draggingProbe = false;
    bool m_showingView = false;
    int m_sampledPixels = -1;
};
