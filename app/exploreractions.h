// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "derivativeconvention.h"
#include "differencequotient.h"

#include <QObject>
#include <QTimer>
#include <QVector>

class ExplorerState;
class QAction;
class QActionGroup;
class QMenu;

/**
 * Every command that changes the explorer's state, as a QAction with its shortcut, so each is
 * reachable from a menu, a toolbar and the keyboard alike. Presenters drive the lesson with these
 * keys: arrows move the probe (Shift nudges it), Home and End go to the edges, K or 0 to the
 * kink, S shows the secant, [ and ] halve and double h, C cycles the convention, Shift+P and T show
 * the notebook's sample points and values table. P takes up the presenter's pen and C then clears
 * it: while the pen is on, Next Convention is off, so C never means two things. Where a command
 * needs the window (Your Own f(x) focuses its expression box), the window connects to the action;
 * the rest change the state here.
 */
class ExplorerActions : public QObject
{
    Q_OBJECT

public:
    /** Milliseconds between two halvings of h in the "shrink h" animation. */
    static constexpr int shrinkInterval = 700;
    /** The zoom into the probe (Z): ×10, in this many frames, this many milliseconds apart. */
    static constexpr int zoomFrames = 8;
    static constexpr int zoomInterval = 30;

    ExplorerActions(ExplorerState *state, QWidget *window);

    // getters:
    QAction *derivativePanel() const { return m_derivativePanel; }
    QAction *quotientPanel() const { return m_quotientPanel; }
    QAction *quotientLogAxis() const { return m_quotientLogAxis; }
    QAction *equalScales() const { return m_equalScales; }
    QAction *resetView() const { return m_resetView; }
    QAction *resetAll() const { return m_resetAll; }
    QAction *samplePoints() const { return m_samplePoints; }
    QAction *valuesTable() const { return m_valuesTable; }
    /** P: the presenter's pen (checkable); the window hands it to the plot. */
    QAction *pen() const { return m_pen; }
    /** C while the pen is on: wipes its strokes. */
    QAction *clearPen() const { return m_clearPen; }
    QAction *moveLeft() const { return m_moveLeft; }
    QAction *moveRight() const { return m_moveRight; }
    QAction *fineMoveLeft() const { return m_fineMoveLeft; }
    QAction *fineMoveRight() const { return m_fineMoveRight; }
    QAction *toLeftEdge() const { return m_toLeftEdge; }
    QAction *toRightEdge() const { return m_toRightEdge; }
    QAction *toKink() const { return m_toKink; }
    QAction *mirrorProbe() const { return m_mirrorProbe; }
    QAction *conventionAction(DerivativeConvention convention) const;
    QAction *nextConvention() const { return m_nextConvention; }
    /** Convention ▸ Compare Frameworks: each framework's value at the probe's kink (checkable). */
    QAction *compareFrameworks() const { return m_compareFrameworks; }
    QAction *showSecant() const { return m_showSecant; }
    QAction *oneSided() const { return m_oneSided; }
    QAction *central() const { return m_central; }
    QAction *bothSides() const { return m_bothSides; }
    QAction *halveSecantH() const { return m_halveSecantH; }
    QAction *doubleSecantH() const { return m_doubleSecantH; }
    QAction *flipSecantH() const { return m_flipSecantH; }
    QAction *shrinkSecantH() const { return m_shrinkSecantH; }
    /** Esc: stops the shrinking, enabled while it runs. */
    QAction *stopShrinking() const { return m_stopShrinking; }
    QAction *zoomIntoProbe() const { return m_zoomIn; }
    QAction *zoomOutOfProbe() const { return m_zoomOut; }
    /** Ctrl+arrows: the view moves by a tenth of its width or height (View ▸ Pan). */
    QAction *panLeft() const { return m_panLeft; }
    QAction *panRight() const { return m_panRight; }
    QAction *panUp() const { return m_panUp; }
    QAction *panDown() const { return m_panDown; }
    QAction *functionAction(const QString &name) const;
    QAction *ownExpression() const { return m_ownExpression; }
    QAction *compareAction(const QString &name) const;
    QAction *clearComparisons() const { return m_clearComparisons; }
    /** Compare With ▸ Your f(x) = …: the expression box's formula, frozen at its parameters. */
    QAction *compareExpression() const { return m_compareExpression; }
    /** Reads the expression box again for compareExpression() (done as the menu opens). */
    void refreshExpressionComparison();
    /** Compare With ▸ Their Values in the Readout. */
    QAction *comparedValues() const { return m_comparedValues; }
    /** The secant kind the Show Secant toggle switches on. */
    SecantMode secantKind() const { return m_secantKind; }

    /** The derivative panel, the notebook's sample points and values table, the view's reset. */
    void fillViewMenu(QMenu *menu) const;
    void fillProbeMenu(QMenu *menu) const;
    void fillConventionMenu(QMenu *menu) const;
    void fillSecantMenu(QMenu *menu) const;
    void fillFunctionMenu(QMenu *menu) const;
    /** The compare submenu alone, for a toolbar button. */
    QMenu *compareMenu() const { return m_compareMenu; }

    /** Picks what Show Secant shows: Forward or Central (Off is ignored). */
    void setSecantKind(SecantMode kind);

Q_SIGNALS:
    /** A line for the status bar: what an action found (K on a function without breakpoints). */
    void message(const QString &text);

private:
    QAction *make(const QString &text, const QKeySequence &shortcut, const QString &tip);
    void showState();
    void shrinkOnce();
    void startShrinking(bool on);
    void zoomStep();
    void pan(double right, double up);
    void createFunctionActions();
    void showFunction();
    void applyComparisons();

    ExplorerState *m_state;
    QWidget *m_window;
    QAction *m_derivativePanel;
    QAction *m_quotientPanel;
    QAction *m_quotientLogAxis;
    QAction *m_equalScales;
    QAction *m_resetView;
    QAction *m_resetAll;
    QAction *m_samplePoints;
    QAction *m_valuesTable;
    QAction *m_pen;
    QAction *m_clearPen;
    QAction *m_moveLeft;
    QAction *m_moveRight;
    QAction *m_fineMoveLeft;
    QAction *m_fineMoveRight;
    QAction *m_toLeftEdge;
    QAction *m_toRightEdge;
    QAction *m_toKink;
    QAction *m_mirrorProbe;
    QActionGroup *m_conventionGroup;
    QVector<QAction *> m_conventions;
    QAction *m_nextConvention;
    QAction *m_compareFrameworks;
    QAction *m_showSecant;
    QActionGroup *m_secantKindGroup;
    QAction *m_oneSided;
    QAction *m_central;
    QAction *m_bothSides;
    QAction *m_halveSecantH;
    QAction *m_doubleSecantH;
    QAction *m_flipSecantH;
    QAction *m_shrinkSecantH;
    QAction *m_stopShrinking;
    QTimer m_shrinkTimer;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QTimer m_zoomTimer;
    QAction *m_panLeft;
    QAction *m_panRight;
    QAction *m_panUp;
    QAction *m_panDown;
    double m_zoomFactor = 1.0;
    int m_zoomFramesLeft = 0;
    QActionGroup *m_functionGroup = nullptr;
    QVector<QAction *> m_functions;
    QAction *m_ownExpression = nullptr;
    QVector<QAction *> m_comparisons;
    QAction *m_clearComparisons = nullptr;
    QAction *m_compareExpression = nullptr;
    QString m_expressionComparison; ///< what m_compareExpression compares, frozen; or empty
    QAction *m_comparedValues = nullptr;
    QMenu *m_compareMenu = nullptr;
    SecantMode m_secantKind = SecantMode::Forward;
};
