// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class ExplorerState;
class QComboBox;
class QLineEdit;

/**
 * Picks the function: a combo box of the built-in activations (and "your own expression"), with
 * a search box that filters it by name; Enter in the search box picks the first match. Bound to
 * the ExplorerState both ways.
 */
class FunctionChooser : public QWidget
{
    Q_OBJECT

public:
    explicit FunctionChooser(ExplorerState *state, QWidget *parent = nullptr);

    // getters:
    QComboBox *comboBox() const { return m_combo; }
    QLineEdit *searchBox() const { return m_search; }
    /** The combo box's entries that match the search, in order. */
    QStringList visibleNames() const;

    /** Shows the named built-in function (default parameters), fitting the y range to it. */
    void choose(const QString &name);

Q_SIGNALS:
    /** The user picked "your own expression": the expression box should take over. */
    void expressionRequested();

private:
    void filter(const QString &text);
    void showState();

    ExplorerState *m_state;
    QLineEdit *m_search;
    QComboBox *m_combo;
};
