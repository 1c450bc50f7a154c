// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class ExplorerState;
class QLabel;
class QTableWidget;

/**
 * "Where frameworks disagree", as a table a reader (and a screen reader) can go through: at the
 * probe's kink, one row per framework with what its autograd returns there and where that value
 * comes from (the version, measured or read in its source), or why it has none. Away from a kink
 * it says where to go.
 */
class FrameworkTable : public QWidget
{
    Q_OBJECT

public:
    explicit FrameworkTable(ExplorerState *state, QWidget *parent = nullptr);

    // getters:
    const QTableWidget *table() const { return m_table; }
    const QLabel *caption() const { return m_caption; }

    void refresh();

private:
    ExplorerState *m_state;
    QLabel *m_caption;
    QTableWidget *m_table;
};
