// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class ExplorerState;
class QCheckBox;
class QDoubleSpinBox;
class QTabWidget;
class QTableView;
class QuotientTable;
class ValuesTableModel;

/**
 * The values dock. Its first page is the notebook's values table, live: the sample grid (from,
 * to, step; the notebook's arange), a switch for drawing the sample points on the curve, and the
 * table of x, f(x), f′(x), f′₋, f′₊. The row under the probe is highlighted; clicking a row moves
 * the probe there. Its second page is the table of difference quotients at the probe, in front
 * while the difference-quotient panel is shown.
 */
class ValuesTable : public QWidget
{
    Q_OBJECT

public:
    explicit ValuesTable(ExplorerState *state, QWidget *parent = nullptr);

    // getters:
    QTableView *view() const { return m_view; }
    ValuesTableModel *model() const { return m_model; }
    QCheckBox *samplePointsBox() const { return m_points; }
    QDoubleSpinBox *fromBox() const { return m_from; }
    QDoubleSpinBox *toBox() const { return m_to; }
    QDoubleSpinBox *stepBox() const { return m_step; }
    QTabWidget *pages() const { return m_pages; }
    QuotientTable *quotients() const { return m_quotients; }

private:
    void showGrid();
    void applyGrid();
    void highlightProbe();

    ExplorerState *m_state;
    ValuesTableModel *m_model;
    QTableView *m_view;
    QCheckBox *m_points;
    QDoubleSpinBox *m_from;
    QDoubleSpinBox *m_to;
    QDoubleSpinBox *m_step;
    QuotientTable *m_quotients;
    QTabWidget *m_pages;
};
