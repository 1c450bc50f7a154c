// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class ExplorerState;
class QComboBox;
class QCompleter;
class QLineEdit;
class RankedFilterModel;

/**
 * Picks the function: a combo box of the built-in activations (and "your own expression"), with
 * a search box whose completer lists the matching names as one types, best first (the exact
 * name, then the names that start with the text, then those that contain it: RankedFilterModel).
 * The text stays in the box; Enter picks the highlighted match (the top one unless ↑/↓ moved),
 * Esc gives up. Either empties the box and says finished(). Bound to the ExplorerState both ways.
 */
class FunctionChooser : public QWidget
{
    Q_OBJECT

public:
    explicit FunctionChooser(ExplorerState *state, QWidget *parent = nullptr);

    // getters:
    QComboBox *comboBox() const { return m_combo; }
    QLineEdit *searchBox() const { return m_search; }
    QCompleter *completer() const { return m_completer; }
    /** The combo box's entries (their names) that match the search, best first. */
    QStringList visibleNames() const;

    /** Shows the named built-in function (default parameters), fitting the y range to it. */
    void choose(const QString &name);

Q_SIGNALS:
    /** The user picked "your own expression": the expression box should take over. */
    void expressionRequested();
    /** A search ended (a pick, or Esc): the plot should have the keys again. */
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);
    void showMatches();
    /** Picks the highlighted match, or the top one; nothing when none matches. */
    void pickMatch();
    void endSearch();
    void showState();

    ExplorerState *m_state;
    QLineEdit *m_search;
    QComboBox *m_combo;
    RankedFilterModel *m_matches;
    QCompleter *m_completer;
};
