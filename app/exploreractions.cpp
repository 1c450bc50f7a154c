// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "exploreractions.h"

#include "activationcatalog.h"
#include "comparedfunction.h"
#include "explorerstate.h"
#include "expressionactivation.h"
#include "frameworkrules.h"
#include "stayopenmenu.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QWidget>

ExplorerActions::ExplorerActions(ExplorerState *state, QWidget *window)
    : QObject(window)
    , m_state(state)
    , m_window(window)
{
    m_derivativePanel = make(tr("&Derivative Panel"), QKeySequence(Qt::Key_D),
                             tr("Show f′ in a panel under the function"));
    m_derivativePanel->setCheckable(true);
    connect(m_derivativePanel, &QAction::toggled, m_state,
            &ExplorerState::setDerivativePanelVisible);
    m_quotientPanel = make(tr("Difference &Quotient"), QKeySequence(Qt::Key_Q),
                           tr("Show q(h) = (f(x+h) − f(x)) / h against h at the probe, for h "
                              "on both sides of 0: its limits from the left and the right are "
                              "f′₋ and f′₊"));
    m_quotientPanel->setCheckable(true);
    connect(m_quotientPanel, &QAction::toggled, m_state, &ExplorerState::setQuotientPanelVisible);
    m_quotientLogAxis = make(tr("Lo&garithmic h Axis"), QKeySequence(Qt::SHIFT | Qt::Key_Q),
                             tr("The quotient panel's h axis in decades, 10⁻⁶ to 2 on each side "
                                "of 0, so that tiny h can be seen beside large ones"));
    m_quotientLogAxis->setCheckable(true);
    connect(m_quotientLogAxis, &QAction::toggled, m_state, [this](bool on) {
        m_state->setQuotientScale(on ? QuotientAxis::Scale::SymmetricLog
                                     : QuotientAxis::Scale::Linear);
    });
    m_resetView = make(tr("&Reset View"), QKeySequence(Qt::Key_R),
                       tr("Back to the notebook's view: x from -4.4 to 4.4, y from -1 to 5 "
                          "(or double-click the plot)"));
    connect(m_resetView, &QAction::triggered, m_state, &ExplorerState::resetView);
    m_equalScales = make(tr("&Equal Axis Scales (1:1)"), QKeySequence(Qt::Key_1),
                         tr("A unit on y as long as a unit on x, so that a slope of 1 is drawn "
                            "at 45°; the y range follows the x range"));
    m_equalScales->setCheckable(true);
    connect(m_equalScales, &QAction::toggled, m_state, &ExplorerState::setEqualScales);
    m_resetAll = make(tr("Reset &All"), {},
                      tr("Back to the first start: ReLU, the notebook's view, the probe at 2"));
    connect(m_resetAll, &QAction::triggered, m_state, &ExplorerState::resetAll);
    m_samplePoints = make(tr("Sample Po&ints"), QKeySequence(Qt::SHIFT | Qt::Key_P),
                          tr("Markers at x = -4, -3, ..., 4, like the notebook's first figure"));
    m_samplePoints->setCheckable(true);
    connect(m_samplePoints, &QAction::triggered, m_state, &ExplorerState::setSamplePointsVisible);
    m_valuesTable
        = make(tr("&Values Table"), QKeySequence(Qt::Key_T),
               tr("The notebook's table of x, f(x) and the derivatives at the sample points"));
    m_valuesTable->setCheckable(true);
    connect(m_valuesTable, &QAction::triggered, m_state, &ExplorerState::setValuesTableVisible);

    m_moveLeft = make(tr("Move &Left"), QKeySequence(Qt::Key_Left),
                      tr("Move the probe left by about 1/80 of the view"));
    m_moveRight = make(tr("Move &Right"), QKeySequence(Qt::Key_Right),
                       tr("Move the probe right by about 1/80 of the view"));
    m_fineMoveLeft = make(tr("&Nudge Left"), QKeySequence(Qt::SHIFT | Qt::Key_Left),
                          tr("Move the probe left by a tenth as much"));
    m_fineMoveRight = make(tr("N&udge Right"), QKeySequence(Qt::SHIFT | Qt::Key_Right),
                           tr("Move the probe right by a tenth as much"));
    connect(m_moveLeft, &QAction::triggered, this,
            [this] { m_state->moveProbe(-1, m_state->keyIncrement()); });
    connect(m_moveRight, &QAction::triggered, this,
            [this] { m_state->moveProbe(+1, m_state->keyIncrement()); });
    connect(m_fineMoveLeft, &QAction::triggered, this,
            [this] { m_state->moveProbe(-1, m_state->keyIncrement() / 10.0); });
    connect(m_fineMoveRight, &QAction::triggered, this,
            [this] { m_state->moveProbe(+1, m_state->keyIncrement() / 10.0); });
    m_toLeftEdge = make(tr("To the Left &Edge"), QKeySequence(Qt::Key_Home),
                        tr("Move the probe to the left edge of the view"));
    m_toRightEdge = make(tr("To the Right E&dge"), QKeySequence(Qt::Key_End),
                         tr("Move the probe to the right edge of the view"));
    connect(m_toLeftEdge, &QAction::triggered, m_state, &ExplorerState::moveProbeToLeftEdge);
    connect(m_toRightEdge, &QAction::triggered, m_state, &ExplorerState::moveProbeToRightEdge);
    m_toKink = make(tr("To a &Kink or Other Breakpoint"), QKeySequence(Qt::Key_K),
                    tr("Put the probe exactly on the nearest kink, jump or other point where f′ "
                       "does not exist (again: the next one)"));
    m_toKink->setShortcuts({ QKeySequence(Qt::Key_K), QKeySequence(Qt::Key_0) });
    connect(m_toKink, &QAction::triggered, this, [this] {
        if (m_state->jumpToKink())
            return;
        const Activation &f = m_state->activation();
        // Only a built-in's formulas let the app say there is none: an expression's list covers
        // the range it analysed (relu(x - 2000) has its kink beyond it).
        Q_EMIT message(!f.isExpression()
                           ? tr("%1 has no kink, jump or other point where f′ does not exist: "
                                "the probe stays")
                                 .arg(f.title())
                           : tr("No kink, jump or other breakpoint found for %1: the probe stays")
                                 .arg(f.title()));
    });
    m_mirrorProbe = make(tr("&Mirror to −x"), QKeySequence(Qt::Key_M),
                         tr("Move the probe from x to −x: from the slope at 2 to the slope at −2 "
                            "in one key"));
    connect(m_mirrorProbe, &QAction::triggered, m_state,
            [this] { m_state->setProbeX(0.0 - m_state->probeX()); });

    m_conventionGroup = new QActionGroup(this);
    for (int i = 0; i < ConventionNames::count; ++i) {
        const DerivativeConvention convention = ConventionNames::fromIndex(i);
        const auto framework = ConventionNames::framework(convention);
        // A framework's value is named with where it comes from: its version, measured or read.
        QAction *action = make(
            ConventionNames::displayName(convention), {},
            framework
                ? tr("Report f′ at a kink as %1's autograd does (%2)")
                      .arg(FrameworkNames::displayName(*framework),
                           FrameworkRules::provenance(*framework))
                : tr("Report f′ at a kink as: %1").arg(ConventionNames::displayName(convention)));
        action->setCheckable(true);
        m_conventionGroup->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, convention] { m_state->setConvention(convention); });
        m_conventions.append(action);
    }
    m_nextConvention = make(tr("&Next Convention"), QKeySequence(Qt::Key_C),
                            tr("Cycle through the conventions"));
    connect(m_nextConvention, &QAction::triggered, m_state, &ExplorerState::cycleConvention);
    // The pen is the window's, not the session's: the window connects it to the plot.
    m_pen = make(tr("&Pen"), QKeySequence(Qt::Key_P),
                 tr("Draw on the plot with the mouse; the strokes follow the view and go into "
                    "the exported figure"));
    m_pen->setCheckable(true);
    m_clearPen = make(tr("C&lear Pen"), QKeySequence(Qt::Key_C), tr("Wipe the pen's strokes"));
    m_clearPen->setEnabled(false);
    // C clears the pen while it is on, and cycles the convention while it is off: never both.
    connect(m_pen, &QAction::toggled, this, [this](bool on) {
        m_clearPen->setEnabled(on);
        m_nextConvention->setEnabled(!on);
    });
    m_compareFrameworks = make(tr("Compare &Frameworks"), QKeySequence(Qt::SHIFT | Qt::Key_C),
                               tr("Where frameworks disagree: what each framework's autograd "
                                  "returns at the probe's kink, as rings on the derivative panel "
                                  "and as a table"));
    m_compareFrameworks->setCheckable(true);

    m_showSecant
        = make(tr("Show &Secant"), QKeySequence(Qt::Key_S),
               tr("Draw the secant through the probe and a second point h away, and its slope"));
    m_showSecant->setCheckable(true);
    connect(m_showSecant, &QAction::toggled, this,
            [this](bool on) { m_state->setSecantMode(on ? m_secantKind : SecantMode::Off); });
    m_secantKindGroup = new QActionGroup(this);
    m_oneSided
        = make(tr("&One-Sided: (f(x+h) − f(x)) / h"), {}, tr("The secant through x and x + h"));
    m_central = make(tr("&Central: (f(x+h) − f(x−h)) / 2h"), {},
                     tr("The secant through x − h and x + h; at a kink it averages both sides"));
    m_bothSides = make(tr("&Both Sides: q(−h) and q(+h)"), {},
                       tr("A secant to each side of x, through x − h and through x + h: their "
                          "slopes tend to f′₋ and f′₊ as h shrinks"));
    for (QAction *action : { m_oneSided, m_central, m_bothSides }) {
        action->setCheckable(true);
        m_secantKindGroup->addAction(action);
    }
    connect(m_oneSided, &QAction::triggered, this, [this] { setSecantKind(SecantMode::Forward); });
    connect(m_central, &QAction::triggered, this, [this] { setSecantKind(SecantMode::Central); });
    connect(m_bothSides, &QAction::triggered, this,
            [this] { setSecantKind(SecantMode::BothSides); });
    m_halveSecantH = make(tr("&Halve h"), QKeySequence(Qt::Key_BracketLeft),
                          tr("Bring the secant's second point twice as close"));
    m_doubleSecantH = make(tr("&Double h"), QKeySequence(Qt::Key_BracketRight),
                           tr("Move the secant's second point twice as far"));
    m_flipSecantH = make(tr("&Flip h to the Other Side"), QKeySequence(Qt::Key_F),
                         tr("Change the sign of h: look at the other side of x"));
    connect(m_halveSecantH, &QAction::triggered, m_state, &ExplorerState::halveSecantH);
    connect(m_doubleSecantH, &QAction::triggered, m_state, &ExplorerState::doubleSecantH);
    connect(m_flipSecantH, &QAction::triggered, m_state, &ExplorerState::flipSecantH);
    m_shrinkSecantH
        = make(tr("&Keep Halving h"), QKeySequence(Qt::Key_H),
               tr("Halve h on both sides of x again and again, and watch the two "
                  "slopes; the view zooms in with h and keeps the zoom (View ▸ Reset View "
                  "resets it). Esc, or this command again, stops."));
    m_shrinkSecantH->setCheckable(true);
    m_shrinkTimer.setInterval(shrinkInterval);
    connect(&m_shrinkTimer, &QTimer::timeout, this, &ExplorerActions::shrinkOnce);
    connect(m_shrinkSecantH, &QAction::toggled, this, &ExplorerActions::startShrinking);
    m_stopShrinking
        = make(tr("Stop Halving h"), QKeySequence(Qt::Key_Escape), tr("Stop the halving of h"));
    m_stopShrinking->setEnabled(false);
    connect(m_stopShrinking, &QAction::triggered, this,
            [this] { m_shrinkSecantH->setChecked(false); });

    m_zoomIn = make(tr("&Zoom Into the Probe"), QKeySequence(Qt::Key_Z),
                    tr("Zoom ×10 around the probe: a smooth curve straightens into its "
                       "tangent, a kink stays a corner"));
    m_zoomOut = make(tr("Zoom &Out of the Probe"), QKeySequence(Qt::SHIFT | Qt::Key_Z),
                     tr("Zoom out ×10 around the probe"));
    // + and − (= is + without Shift; Ctrl++ and Ctrl+− as in a browser) zoom as Z and Shift+Z do.
    m_zoomIn->setShortcuts({ QKeySequence(Qt::Key_Z), QKeySequence(Qt::Key_Plus),
                             QKeySequence(Qt::Key_Equal), QKeySequence(QKeySequence::ZoomIn) });
    m_zoomOut->setShortcuts({ QKeySequence(Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::Key_Minus),
                              QKeySequence(QKeySequence::ZoomOut) });
    m_zoomTimer.setInterval(zoomInterval);
    connect(&m_zoomTimer, &QTimer::timeout, this, &ExplorerActions::zoomStep);
    for (QAction *action : { m_zoomIn, m_zoomOut }) {
        const double factor = action == m_zoomIn ? 10.0 : 0.1;
        connect(action, &QAction::triggered, this, [this, factor] {
            m_zoomFactor = std::pow(factor, 1.0 / zoomFrames);
            m_zoomFramesLeft = zoomFrames;
            m_zoomTimer.start();
        });
    }

    // Ctrl+arrows pan (Shift+arrows nudge the probe); a text box keeps them for its words.
    m_panLeft = make(tr("Pan &Left"), QKeySequence(Qt::CTRL | Qt::Key_Left),
                     tr("Move the view left by a tenth of its width"));
    m_panRight = make(tr("Pan &Right"), QKeySequence(Qt::CTRL | Qt::Key_Right),
                      tr("Move the view right by a tenth of its width"));
    m_panUp = make(tr("Pan &Up"), QKeySequence(Qt::CTRL | Qt::Key_Up),
                   tr("Move the view up by a tenth of its height"));
    m_panDown = make(tr("Pan &Down"), QKeySequence(Qt::CTRL | Qt::Key_Down),
                     tr("Move the view down by a tenth of its height"));
    connect(m_panLeft, &QAction::triggered, this, [this] { pan(-1, 0); });
    connect(m_panRight, &QAction::triggered, this, [this] { pan(+1, 0); });
    connect(m_panUp, &QAction::triggered, this, [this] { pan(0, +1); });
    connect(m_panDown, &QAction::triggered, this, [this] { pan(0, -1); });

    createFunctionActions();

    connect(m_state, &ExplorerState::conventionChanged, this, &ExplorerActions::showState);
    connect(m_state, &ExplorerState::secantModeChanged, this, &ExplorerActions::showState);
    connect(m_state, &ExplorerState::derivativePanelVisibleChanged, this,
            &ExplorerActions::showState);
    connect(m_state, &ExplorerState::quotientPanelVisibleChanged, this,
            &ExplorerActions::showState);
    connect(m_state, &ExplorerState::quotientScaleChanged, this, &ExplorerActions::showState);
    connect(m_state, &ExplorerState::equalScalesChanged, this, &ExplorerActions::showState);
    connect(m_state, &ExplorerState::samplePointsChanged, this, &ExplorerActions::showState);
    connect(m_state, &ExplorerState::valuesTableVisibleChanged, this, &ExplorerActions::showState);
    showState();
}

QAction *ExplorerActions::make(const QString &text, const QKeySequence &shortcut,
                               const QString &tip)
{
    auto *action = new QAction(text, this);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    // Shortcuts work wherever the focus is in the window, so a presenter never has to click first.
    action->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(action);
    return action;
}

QAction *ExplorerActions::conventionAction(DerivativeConvention convention) const
{
    return m_conventions.value(ConventionNames::toIndex(convention));
}

void ExplorerActions::setSecantKind(SecantMode kind)
{
    if (kind == SecantMode::Off)
        return;
    m_secantKind = kind;
    if (m_state->secantMode() != SecantMode::Off)
        m_state->setSecantMode(kind);
    showState();
}

void ExplorerActions::showState()
{
    const SecantMode mode = m_state->secantMode();
    if (mode != SecantMode::Off)
        m_secantKind = mode;
    const QSignalBlocker blockSecant(m_showSecant);
    m_showSecant->setChecked(mode != SecantMode::Off);
    m_oneSided->setChecked(m_secantKind == SecantMode::Forward);
    m_central->setChecked(m_secantKind == SecantMode::Central);
    m_bothSides->setChecked(m_secantKind == SecantMode::BothSides);
    const QSignalBlocker blockPanel(m_derivativePanel);
    m_derivativePanel->setChecked(m_state->isDerivativePanelVisible());
    const QSignalBlocker blockQuotients(m_quotientPanel);
    m_quotientPanel->setChecked(m_state->isQuotientPanelVisible());
    const QSignalBlocker blockEqual(m_equalScales);
    m_equalScales->setChecked(m_state->hasEqualScales());
    const QSignalBlocker blockScale(m_quotientLogAxis);
    m_quotientLogAxis->setChecked(m_state->quotientScale() == QuotientAxis::Scale::SymmetricLog);
    m_samplePoints->setChecked(m_state->areSamplePointsVisible());
    m_valuesTable->setChecked(m_state->isValuesTableVisible());
    if (QAction *current = conventionAction(m_state->convention()))
        current->setChecked(true);
    if (mode == SecantMode::Off && m_shrinkSecantH->isChecked())
        m_shrinkSecantH->setChecked(false);
}

void ExplorerActions::startShrinking(bool on)
{
    m_stopShrinking->setEnabled(on);
    if (!on) {
        m_shrinkTimer.stop();
        return;
    }
    // Both sides at once, unless the central quotient was chosen; and from the start again
    // when h is already as small as it gets.
    const SecantMode mode = m_state->secantMode();
    const bool central = mode == SecantMode::Central
        || (mode == SecantMode::Off && m_secantKind == SecantMode::Central);
    m_secantKind = central ? SecantMode::Central : SecantMode::BothSides;
    m_state->setSecantMode(m_secantKind);
    if (std::abs(m_state->secantH()) <= SessionLimits::minSecantH)
        m_state->setSecantH(SessionLimits::defaultSecantH);
    m_shrinkTimer.start();
}

void ExplorerActions::shrinkOnce()
{
    if (std::abs(m_state->secantH()) <= SessionLimits::minSecantH
        || m_state->secantMode() == SecantMode::Off) {
        m_shrinkSecantH->setChecked(false);
        return;
    }
    m_state->halveSecantH();
    // Zoom in with h, so the secants' points stay apart from the probe on screen: the view
    // about 8 h wide, reached at most ×4 a step.
    const double factor
        = std::clamp(m_state->xRange().width() / (8 * std::abs(m_state->secantH())), 1.0, 4.0);
    if (factor > 1.0)
        m_state->zoomAroundProbe(factor);
}

void ExplorerActions::zoomStep()
{
    if (m_zoomFramesLeft <= 0 || !m_state->zoomAroundProbe(m_zoomFactor)) {
        m_zoomTimer.stop();
        return;
    }
    if (--m_zoomFramesLeft == 0)
        m_zoomTimer.stop();
}

void ExplorerActions::pan(double right, double up)
{
    // What a drag does: both ranges keep their widths, so the probe's slope looks the same.
    const Interval x = m_state->xRange();
    const Interval y = m_state->yRange();
    const double dx = right * x.width() / 10.0;
    const double dy = up * y.width() / 10.0;
    m_state->setView({ x.lower + dx, x.upper + dx }, { y.lower + dy, y.upper + dy });
}

void ExplorerActions::fillViewMenu(QMenu *menu) const
{
    menu->addActions({ m_derivativePanel, m_quotientPanel, m_quotientLogAxis });
    menu->addSeparator();
    menu->addActions({ m_resetView, m_zoomIn, m_zoomOut });
    QMenu *pan = menu->addMenu(tr("P&an"));
    pan->addActions({ m_panLeft, m_panRight, m_panUp, m_panDown });
    menu->addAction(m_equalScales);
    menu->addSeparator();
    menu->addActions({ m_valuesTable, m_samplePoints });
    menu->addSeparator();
    menu->addActions({ m_pen, m_clearPen });
}

void ExplorerActions::fillProbeMenu(QMenu *menu) const
{
    menu->addActions({ m_moveLeft, m_moveRight, m_fineMoveLeft, m_fineMoveRight });
    menu->addSeparator();
    menu->addActions({ m_toLeftEdge, m_toRightEdge, m_toKink, m_mirrorProbe });
}

void ExplorerActions::fillConventionMenu(QMenu *menu) const
{
    // The frameworks' values first, then the mathematical choices; each tooltip names the
    // framework's version.
    menu->setToolTipsVisible(true);
    for (int i = 0; i < m_conventions.size(); ++i) {
        if (i == FrameworkNames::count)
            menu->addSeparator();
        menu->addAction(m_conventions[i]);
    }
    menu->addSeparator();
    menu->addAction(m_nextConvention);
    menu->addAction(m_compareFrameworks);
}

void ExplorerActions::fillSecantMenu(QMenu *menu) const
{
    menu->addAction(m_showSecant);
    menu->addSeparator();
    menu->addActions({ m_oneSided, m_central, m_bothSides });
    menu->addSeparator();
    menu->addActions({ m_halveSecantH, m_doubleSecantH, m_flipSecantH, m_shrinkSecantH });
    menu->addAction(m_stopShrinking);
}

void ExplorerActions::createFunctionActions()
{
    m_functionGroup = new QActionGroup(this);
    // An expression is none of them, so the group must allow no checked action.
    m_functionGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    // It stays open while functions are ticked: comparing three is one visit, not three.
    m_compareMenu = new StayOpenMenu(tr("Compare &With"), m_window);
    for (const ActivationFamily &family : ActivationCatalog::families()) {
        // The catalogue keeps its texts in English (it may be built before the translator).
        QAction *choose
            = make(family.name, {}, ActivationCatalog::tr(family.description.toUtf8().constData()));
        choose->setCheckable(true);
        m_functionGroup->addAction(choose);
        const QString name = family.name;
        connect(choose, &QAction::triggered, this,
                [this, name] { m_state->switchTo(ActivationCatalog::create(name)); });
        m_functions.append(choose);

        QAction *compare
            = make(family.name, {},
                   tr("Draw %1 beside the function, thinner and dashed").arg(family.name));
        compare->setCheckable(true);
        compare->setData(name);
        connect(compare, &QAction::toggled, this, &ExplorerActions::applyComparisons);
        m_comparisons.append(compare);
        m_compareMenu->addAction(compare);
    }
    m_ownExpression = make(tr("Your &Own f(x)…"), QKeySequence(Qt::CTRL | Qt::Key_L),
                           tr("Type your own function in the expression box"));
    m_clearComparisons = make(tr("&Clear Comparisons"), {}, tr("Draw the function alone again"));
    connect(m_clearComparisons, &QAction::triggered, this, [this] { m_state->setComparisons({}); });
    m_comparedValues = make(tr("Their &Values in the Readout"), {},
                            tr("List each compared function's f and f′ at the probe"));
    m_comparedValues->setCheckable(true);
    connect(m_comparedValues, &QAction::triggered, m_state, &ExplorerState::setComparedValuesShown);
    m_compareExpression = make(tr("Your f(x)"), {},
                               tr("Draw the formula of the expression box beside the function, "
                                  "thinner and dashed, with its parameters at their values now"));
    m_compareExpression->setCheckable(true);
    connect(m_compareExpression, &QAction::toggled, this, &ExplorerActions::applyComparisons);
    m_compareMenu->addSeparator();
    m_compareMenu->addAction(m_compareExpression);
    // Parsed as the menu opens, not at every key typed in the box.
    connect(m_compareMenu, &QMenu::aboutToShow, this,
            &ExplorerActions::refreshExpressionComparison);
    m_compareMenu->addSeparator();
    m_compareMenu->addAction(m_comparedValues);
    m_compareMenu->addAction(m_clearComparisons);

    connect(m_state, &ExplorerState::activationChanged, this, &ExplorerActions::showFunction);
    connect(m_state, &ExplorerState::comparisonsChanged, this, &ExplorerActions::showFunction);
    refreshExpressionComparison();
}

QAction *ExplorerActions::functionAction(const QString &name) const
{
    for (QAction *action : m_functions) {
        if (action->text() == name)
            return action;
    }
    return nullptr;
}

QAction *ExplorerActions::compareAction(const QString &name) const
{
    for (QAction *action : m_comparisons) {
        if (action->data().toString() == name)
            return action;
    }
    return nullptr;
}

void ExplorerActions::showFunction()
{
    const Activation &f = m_state->activation();
    if (QAction *current = f.isExpression() ? nullptr : functionAction(f.name()))
        current->setChecked(true);
    else if (QAction *checked = m_functionGroup->checkedAction())
        checked->setChecked(false);
    bool expressionCompared = false;
    for (const auto &other : m_state->comparisons())
        expressionCompared = expressionCompared
            || (!m_expressionComparison.isEmpty()
                && other->specification() == m_expressionComparison);
    {
        const QSignalBlocker block(m_compareExpression);
        m_compareExpression->setChecked(expressionCompared);
    }
    m_comparedValues->setChecked(m_state->areComparedValuesShown());
    for (QAction *action : std::as_const(m_comparisons)) {
        // A function is not compared with itself: it is drawn already.
        action->setEnabled(f.isExpression() || action->data().toString() != f.name());
        bool compared = false;
        for (const auto &other : m_state->comparisons())
            compared = compared || other->name() == action->data().toString();
        const QSignalBlocker block(action);
        action->setChecked(compared);
    }
}

void ExplorerActions::applyComparisons()
{
    std::vector<std::shared_ptr<const Activation>> chosen;
    for (QAction *action : std::as_const(m_comparisons)) {
        if (!action->isChecked())
            continue;
        // Keep a compared function's parameters if it is already there.
        std::shared_ptr<const Activation> existing;
        for (const auto &other : m_state->comparisons()) {
            if (other->name() == action->data().toString())
                existing = other;
        }
        chosen.push_back(existing ? existing
                                  : ActivationCatalog::create(action->data().toString()));
    }
    // Formulas stay compared (from a lesson, say) until unticked here or cleared.
    bool expressionThere = false;
    for (const auto &other : m_state->comparisons()) {
        if (!other->isExpression())
            continue;
        const bool ours = other->specification() == m_expressionComparison;
        expressionThere = expressionThere || ours;
        if (!ours || m_compareExpression->isChecked())
            chosen.push_back(other);
    }
    if (m_compareExpression->isChecked() && !expressionThere && !m_expressionComparison.isEmpty())
        chosen.push_back(ComparedFunction::resolve(m_expressionComparison, nullptr));
    m_state->setComparisons(std::move(chosen));
}

void ExplorerActions::refreshExpressionComparison()
{
    const QString text = m_state->expressionText();
    const auto parsed = text.trimmed().isEmpty()
        ? ExpressionActivation::Parsed {}
        : ExpressionActivation::parse(text, m_state->expressionParameters());
    m_expressionComparison
        = parsed.activation ? ComparedFunction::frozen(*parsed.activation) : QString();
    if (m_expressionComparison.isEmpty()) {
        m_compareExpression->setText(tr("Your f(x) (type one in the expression box first)"));
        m_compareExpression->setEnabled(false);
    } else {
        QString shown = m_expressionComparison;
        m_compareExpression->setText(
            tr("Your f(x) = %1").arg(shown.replace(QLatin1Char('&'), QStringLiteral("&&"))));
        // The function shown is not compared with itself.
        m_compareExpression->setEnabled(m_expressionComparison
                                        != ComparedFunction::frozen(m_state->activation()));
    }
    showFunction();
}

void ExplorerActions::fillFunctionMenu(QMenu *menu) const
{
    for (QAction *action : m_functions)
        menu->addAction(action);
    menu->addSeparator();
    menu->addAction(m_ownExpression);
    menu->addSeparator();
    menu->addMenu(m_compareMenu);
}
