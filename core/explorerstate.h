// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "activation.h"
#include "axismapping.h"
#include "differencequotient.h"
#include "interval.h"
#include "sessionlimits.h"
#include "sessionsnapshot.h"

#include <QObject>

#include <memory>

/**
 * The one state of an exploring session: the function, the probe's x, the derivative convention,
 * the secant and its h, the visible ranges and panels. Views read it and ask it for changes;
 * it validates every request, ignores what is invalid, and announces each real change with a
 * typed signal and with changed(), which says what changed.
 *
 * A change of many parts at once (restore(), an undo, a lesson, resetAll(), switchTo()) is one
 * step: every value is applied first, then each typed signal whose part changed is emitted once,
 * with the state already whole, and then changed() once with all of them.
 */
class ExplorerState : public QObject
{
    Q_OBJECT

public:
    /** The parts of the state, one for each typed signal. */
    enum class Change : unsigned {
        Function = 1U << 0, ///< activationChanged
        Probe = 1U << 1, ///< probeChanged; a new function changes the probe's y as well
        Convention = 1U << 2,
        View = 1U << 3,
        SecantMode = 1U << 4,
        SecantH = 1U << 5,
        DerivativePanel = 1U << 6,
        EqualScales = 1U << 7,
        QuotientPanel = 1U << 8,
        QuotientScale = 1U << 9,
        Comparisons = 1U << 10,
        ExpressionText = 1U << 11,
        SamplePoints = 1U << 12, ///< shown or hidden, or another grid
        ValuesTable = 1U << 13,
    };
    Q_DECLARE_FLAGS(Changes, Change)
    Q_FLAG(Changes)

    explicit ExplorerState(QObject *parent = nullptr);
    ~ExplorerState() override;

    // The limits and defaults are SessionLimits'.
    /** Within this many pixels of a kink a dragged probe lands exactly on it. */
    static constexpr double snapPixels = 6.0;

    // getters:
    const Activation &activation() const { return *m_activation; }
    std::shared_ptr<const Activation> sharedActivation() const { return m_activation; }
    double probeX() const { return m_probeX; }
    double probeY() const { return m_activation->value(m_probeX); }
    /** f'(probe x) under the current convention. */
    double probeSlope() const { return m_activation->derivative(m_probeX, m_convention); }
    /** The kink the probe sits on, or nullptr. */
    const Breakpoint *probeKink() const { return m_activation->kinkAt(m_probeX); }
    /** The breakpoint (kink, jump, pole, ...) the probe sits on, or nullptr. */
    const Breakpoint *probeBreakpoint() const { return m_activation->breakpointAt(m_probeX); }
    DerivativeConvention convention() const { return m_convention; }
    Interval xRange() const { return m_xRange; }
    Interval yRange() const { return m_yRange; }
    SecantMode secantMode() const { return m_secantMode; }
    /** The signed h of the secant: it runs through x and x + h. */
    double secantH() const { return m_secantH; }
    /** The secant's slope at the probe for the current mode and h; NaN when the secant is off. */
    double secantSlope() const;
    bool isDerivativePanelVisible() const { return m_derivativePanelVisible; }
    /**
     * Equal axis scales (1:1): a unit on x is as long on screen as a unit on y, so a slope of 1
     * is drawn at 45°. The plot, which knows its size, fits the y range to the x range.
     */
    bool hasEqualScales() const { return m_equalScales; }
    /** The difference-quotient panel: q(h) against h at the probe, from both sides. */
    bool isQuotientPanelVisible() const { return m_quotientPanelVisible; }
    /** Its h axis: linear around 0, or symmetric log (10⁻⁶ … 2 on each side). */
    QuotientAxis::Scale quotientScale() const { return m_quotientScale; }
    /** The text of the expression box, kept while a built-in function is shown. */
    const QString &expressionText() const { return m_expressionText; }
    /**
     * The expression's parameters (a in max(a*x, x)) with their values and slider ranges: the
     * shown expression's, or, behind a built-in function, the last expression's.
     */
    const ExpressionParameters &expressionParameters() const { return m_expressionParameters; }
    bool areSamplePointsVisible() const { return m_samplePointsVisible; }
    /** Whether the readout lists each compared function's f and f′ (a Comparisons change). */
    bool areComparedValuesShown() const { return m_comparedValuesShown; }
    /** The notebook's values table beside the plot: a panel, like the derivative's. */
    bool isValuesTableVisible() const { return m_valuesTableVisible; }
    const SampleGrid &sampleGrid() const { return m_sampleGrid; }
    /** The sample points' x values: the notebook's arange. */
    std::vector<double> sampleXs() const;
    /** Everything this state remembers, as plain values. */
    SessionSnapshot snapshot() const;
    /** Other functions drawn faintly beside the main one, for comparison. */
    const std::vector<std::shared_ptr<const Activation>> &comparisons() const
    {
        return m_comparisons;
    }

    // setters:
    void setActivation(std::shared_ptr<const Activation> activation);
    /**
     * Shows another function as a user switching to it expects: the x range grows, if needed, to
     * show every kink with a margin (relu6's kink at 6), then fitYRange().
     */
    void switchTo(std::shared_ptr<const Activation> activation);
    /** Moves the probe to exactly x; a non-finite x is ignored. */
    void setProbeX(double x);
    /**
     * Moves the probe as a drag does: onto a breakpoint when x is within snapPixels of it on
     * `xAxis`, then into the visible x range.
     */
    void dragProbeTo(double x, const AxisMapping &xAxis);
    void setConvention(DerivativeConvention convention);
    /** Moves to the next convention, wrapping around after the last. */
    void cycleConvention();
    /** Shows the given ranges; returns false and changes nothing if either is not valid. */
    bool setView(Interval xRange, Interval yRange);
    void resetView();
    /**
     * Zooms both axes by `factor` (> 1 zooms in) around the probe's point, which stays where it
     * is on screen, so the axes keep their aspect. False, changing nothing, where the view would
     * become too small or too large to show.
     */
    bool zoomAroundProbe(double factor);

    /**
     * Moves the probe by `direction` times `increment` (keyboard control). The probe lands on
     * multiples of increment, and on a breakpoint when it passes within half an increment of it,
     * so the arrow keys reach x = 0 exactly.
     */
    void moveProbe(int direction, double increment);
    /** How far the arrow keys move the probe in the current view: about 1/80 of it, rounded to 1, 2
     * or 5. */
    double keyIncrement() const;
    /** Home and End: just inside the view's edge (a fortieth of it), on the arrow keys' grid. */
    void moveProbeToLeftEdge();
    void moveProbeToRightEdge();
    /**
     * To the breakpoint in view (a kink, a jump, ...) nearest the probe; from a breakpoint, on
     * to the next one (wrapping around). False, with the probe unmoved, where f has none known.
     */
    bool jumpToKink();

    void setSecantMode(SecantMode mode);
    /** Sets h, clamping |h| into SessionLimits' [minSecantH, maxSecantH]; 0 and non-finite values
     * are ignored. */
    void setSecantH(double h);
    void halveSecantH() { setSecantH(m_secantH / 2.0); }
    void doubleSecantH() { setSecantH(m_secantH * 2.0); }
    void flipSecantH() { setSecantH(-m_secantH); }

    void setDerivativePanelVisible(bool visible);
    void setEqualScales(bool equal);
    void setQuotientPanelVisible(bool visible);
    void setQuotientScale(QuotientAxis::Scale scale);
    void setExpressionText(const QString &text);
    /**
     * Gives the shown expression's parameter `index` another value: the function, its kinks and
     * its derivative follow. Ignored outside the parameter's range or without such a parameter.
     */
    void setExpressionParameter(int index, double value);
    /**
     * Another slider range for the shown expression's parameter `index`; the value is clamped
     * into it. Returns why the range is refused (one line, nothing changed), or empty.
     */
    QString setExpressionParameterRange(int index, double minimum, double maximum);
    void setSamplePointsVisible(bool visible);
    void setComparedValuesShown(bool shown);
    void setValuesTableVisible(bool visible);
    /** Ignored unless SessionSnapshot::isValidGrid. */
    void setSampleGrid(const SampleGrid &grid);
    /**
     * Takes over a snapshot. A value that cannot be used (an unknown function, an invalid range)
     * keeps its default instead, and is listed in the returned problems; the rest still applies.
     */
    QStringList restore(const SessionSnapshot &snapshot);
    /** Everything back to the first start. */
    void resetAll();
    /** Null entries are dropped. */
    void setComparisons(std::vector<std::shared_ptr<const Activation>> comparisons);

    /**
     * A y range that shows the function over the current x range: it always contains [-1, 1],
     * and reaches 10% beyond the function's extremes, rounded out to whole numbers. ReLU over
     * the notebook's x range gets the notebook's [-1, 5].
     */
    Interval fittedYRange() const;
    /** Keeps x and shows fittedYRange(). */
    void fitYRange();

Q_SIGNALS:
    /** Once for each step, after its typed signals: every part it changed. */
    void changed(ExplorerState::Changes what);
    void activationChanged();
    void probeChanged(double x);
    void conventionChanged(DerivativeConvention convention);
    void viewChanged();
    void secantModeChanged(SecantMode mode);
    void secantHChanged(double h);
    void derivativePanelVisibleChanged(bool visible);
    void equalScalesChanged(bool equal);
    void quotientPanelVisibleChanged(bool visible);
    void quotientScaleChanged(QuotientAxis::Scale scale);
    void comparisonsChanged();
    void expressionTextChanged(const QString &text);
    void samplePointsChanged();
    void valuesTableVisibleChanged(bool visible);

private:
    /** Where Home (direction −1) and End (+1) put the probe. */
    double edgeProbeX(int direction) const;
    /** While one lives, changes are gathered; the last one to go announces them. */
    class Step
    {
    public:
        explicit Step(ExplorerState *state);
        ~Step();
        Step(const Step &) = delete;
        Step &operator=(const Step &) = delete;

    private:
        ExplorerState *m_state;
    };
    /** Emits the typed signals of `what`, then changed(what); in a Step, only notes `what`. */
    void announce(Changes what);

    int m_stepDepth = 0;
    Changes m_pending;
    std::shared_ptr<const Activation> m_activation;
    double m_probeX = SessionLimits::defaultProbeX;
    DerivativeConvention m_convention = DerivativeConvention::PyTorch;
    Interval m_xRange = SessionLimits::defaultXRange;
    Interval m_yRange = SessionLimits::defaultYRange;
    SecantMode m_secantMode = SecantMode::Off;
    double m_secantH = SessionLimits::defaultSecantH;
    bool m_derivativePanelVisible = true;
    bool m_equalScales = false;
    bool m_quotientPanelVisible = false;
    QuotientAxis::Scale m_quotientScale = QuotientAxis::Scale::Linear;
    std::vector<std::shared_ptr<const Activation>> m_comparisons;
    QString m_expressionText;
    ExpressionParameters m_expressionParameters;
    /** The last built-in function shown: what an expression replaced, saved with the session. */
    QString m_builtInFunction = QStringLiteral("relu");
    bool m_samplePointsVisible = false;
    bool m_comparedValuesShown = false;
    bool m_valuesTableVisible = false;
    SampleGrid m_sampleGrid;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ExplorerState::Changes)
