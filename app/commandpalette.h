// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "plotstyle.h"

#include <QFrame>

class FunctionChooser;
class QAction;
class QLabel;
class QLineEdit;
class QMainWindow;
class QModelIndex;
class QStandardItemModel;
class QTreeView;
class RankedFilterModel;

/**
 * The presenter's command palette (Edit ▸ Command Palette…, Ctrl+K): a search box over the top
 * centre of the plot that reaches every built-in function, every example and every enabled menu
 * action by name, menus hidden or not (presentation mode). It lists the matches as one types,
 * best first as the function chooser's search does (RankedFilterModel), with each action's
 * shortcut beside it; ↑/↓ move, Enter runs the highlighted match, Esc closes. A function is chosen
 * through FunctionChooser::choose, an example or an action by triggering its menu action, so each
 * is the same undoable step as from the menus.
 */
class CommandPalette : public QFrame
{
    Q_OBJECT

public:
    /** Over `plot`, a widget of `window`, whose menu bar it searches. */
    CommandPalette(QMainWindow *window, FunctionChooser *chooser, QWidget *plot);

    // getters:
    /** Opens the palette; for the Edit menu and the window (its shortcut works with menus hidden).
     */
    QAction *openAction() const { return m_openAction; }
    QLineEdit *searchBox() const { return m_search; }
    QTreeView *list() const { return m_list; }
    /** The names that match what is typed, best first. */
    QStringList visibleNames() const;

    /** Lists what can be reached now, and takes the keys. */
    void open();
    /** Closes without running anything, and says finished(). */
    void dismiss();
    /** Type as large as the plot's, so the back row can read it in presentation mode. */
    void setPlotStyle(const PlotStyle &style);

Q_SIGNALS:
    /** The palette closed by a key or by running a match: the plot should have the keys again. */
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void collect();
    void filter(const QString &text);
    void place();
    void moveHighlight(int rows);
    void run(const QModelIndex &index);

    QMainWindow *m_window;
    FunctionChooser *m_chooser;
    QWidget *m_plot;
    QAction *m_openAction;
    QLineEdit *m_search;
    QTreeView *m_list;
    QLabel *m_nothing;
    QStandardItemModel *m_entries;
    RankedFilterModel *m_matches;
    PlotStyle m_style;
};
