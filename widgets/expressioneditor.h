// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plotstyle.h"

#include <QTimer>
#include <QWidget>

class ExplorerState;
class QLabel;
class QLineEdit;

/**
 * The box for the user's own f(x). It parses while you type (after a short pause); a valid
 * expression replaces the function, an invalid one leaves the previous function on screen and
 * shows the parser's message with the position of the problem. Enter applies and fits the view.
 */
class ExpressionEditor : public QWidget
{
    Q_OBJECT

public:
    /** Milliseconds of quiet typing before the expression is parsed. */
    static constexpr int typingPause = 300;

    explicit ExpressionEditor(ExplorerState *state, QWidget *parent = nullptr);

    // getters:
    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *statusLabel() const { return m_status; }
    bool hasError() const { return m_hasError; }

    // setters:
    /** The theme's error colour for the message and the box's frame. */
    void setPlotStyle(const PlotStyle &style);

    /** Parses the box's text now; returns whether it was applied. */
    bool applyNow(bool fitView);

Q_SIGNALS:
    /** Enter applied a valid expression, or Escape left the box: the plot may take the keys back.
     */
    void finished();
    /** The whole error message when the text does not parse; empty once it does. */
    void problem(const QString &message);

private:
    void showState();
    void showErrorColour();

    ExplorerState *m_state;
    QLineEdit *m_edit;
    QLabel *m_status;
    QTimer m_pause;
    PlotStyle m_style;
    bool m_hasError = false;
};
