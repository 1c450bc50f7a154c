// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

/**
 * Help ▸ Keyboard Shortcuts: every action with a shortcut, read from the menus as they are (so
 * it is never out of date), grouped by menu, then the window's keys that are in no menu. A
 * read-only table with a row per action (menu, command, keys), which a screen reader reads by
 * cells; Tab leaves it.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar *menus, const QWidget *window, QWidget *parent = nullptr);

    // getters:
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};
