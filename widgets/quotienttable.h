// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class ExplorerState;
class QLabel;
class QPushButton;
class QTableView;
class QuotientTableModel;

/**
 * The values dock's table of difference quotients at the probe: h, q(−h), q(+h) and the central
 * quotient, growing by a row each time h is halved (Keep Halving h). Copy puts the whole table
 * on the clipboard as CSV, as --quotients prints it.
 */
class QuotientTable : public QWidget
{
    Q_OBJECT

public:
    explicit QuotientTable(ExplorerState *state, QWidget *parent = nullptr);

    // getters:
    QTableView *view() const { return m_view; }
    QuotientTableModel *model() const { return m_model; }
    QLabel *caption() const { return m_caption; }
    QPushButton *copyButton() const { return m_copy; }

    /** Puts the table on the clipboard as CSV. */
    void copy();

private:
    void describe();
    void followTheLastRow();

    ExplorerState *m_state;
    QuotientTableModel *m_model;
    QLabel *m_caption;
    QTableView *m_view;
    QPushButton *m_copy;
};
