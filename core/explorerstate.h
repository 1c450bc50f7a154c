#pragma once

#include "activation.h"
#include "axismapping.h"
#include "interval.h"

#include <QObject>

#include <memory>

/**
 * The one state of an exploring session: the function, the probe's x, the derivative convention
 * and the visible ranges. Views read it and ask it for changes; it validates every request,
 * ignores what is invalid, and announces each real change with a typed signal.
 */
class ExplorerState : public QObject
{
    Q_OBJECT

public:
    explicit ExplorerState(QObject *parent = nullptr);
    ~ExplorerState() override;

    /** The notebook's question: "what is the slope at x = 2?" */
    static constexpr double defaultProbeX = 2.0;
    /** Within this many pixels of a kink a dragged probe lands exactly on it. */
    static constexpr double snapPixels = 6.0;
    /** The notebook's Figure 2: x from -4 to 4 with a margin, y from -1 to 5. */
    static Interval defaultXRange() { return {-4.4, 4.4}; }
    static Interval defaultYRange() { return {-1.0, 5.0}; }
    /** Whether a view range can be shown: finite, non-empty, neither absurdly small nor large. */
    static bool isValidRange(Interval range);

    // getters:
    const Activation &activation() const { return *m_activation; }
    std::shared_ptr<const Activation> sharedActivation() const { return m_activation; }
    double probeX() const { return m_probeX; }
    double probeY() const { return m_activation->value(m_probeX); }
    /** f'(probe x) under the current convention. */
    double probeSlope() const { return m_activation->derivative(m_probeX, m_convention); }
    /** The kink the probe sits on, or nullptr. */
    const Kink *probeKink() const { return m_activation->kinkAt(m_probeX); }
    DerivativeConvention convention() const { return m_convention; }
    Interval xRange() const { return m_xRange; }
    Interval yRange() const { return m_yRange; }

    // setters:
    void setActivation(std::shared_ptr<const Activation> activation);
    /** Moves the probe to exactly x; a non-finite x is ignored. */
    void setProbeX(double x);
    /**
     * Moves the probe as a drag does: onto a kink when x is within snapPixels of it on `xAxis`,
     * then into the visible x range.
     */
    void dragProbeTo(double x, const AxisMapping &xAxis);
    void setConvention(DerivativeConvention convention);
    /** Shows the given ranges; returns false and changes nothing if either is not valid. */
    bool setView(Interval xRange, Interval yRange);
    void resetView();

Q_SIGNALS:
    void activationChanged();
    void probeChanged(double x);
    void conventionChanged(DerivativeConvention convention);
    void viewChanged();

private:
    std::shared_ptr<const Activation> m_activation;
    double m_probeX = defaultProbeX;
    DerivativeConvention m_convention = DerivativeConvention::Framework;
    Interval m_xRange = defaultXRange();
    Interval m_yRange = defaultYRange();
};
