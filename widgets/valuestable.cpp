// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "valuestable.h"

#include "explorerstate.h"
#include "localespinbox.h"
#include "quotienttable.h"
#include "valuestablemodel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

ValuesTable::ValuesTable(ExplorerState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_model(new ValuesTableModel(state, this))
    , m_view(new QTableView(this))
    , m_points(new QCheckBox(tr("Show the sample points on the curve"), this))
    , m_from(new LocaleSpinBox(this))
    , m_to(new LocaleSpinBox(this))
    , m_step(new LocaleSpinBox(this))
    , m_quotients(new QuotientTable(state, this))
    , m_pages(new QTabWidget(this))
{
    for (QDoubleSpinBox *box : { m_from, m_to, m_step }) {
        box->setRange(-1000, 1000);
        box->setDecimals(3);
        box->setKeyboardTracking(false);
    }
    m_step->setRange(0.001, 1000);
    m_from->setToolTip(tr("The first sample x (numpy: arange's start)"));
    m_to->setToolTip(tr("The last sample x, included"));
    m_step->setToolTip(tr("The distance between samples"));
    m_from->setAccessibleName(tr("Samples from"));
    m_to->setAccessibleName(tr("Samples to"));
    m_step->setAccessibleName(tr("Samples step"));
    m_points->setToolTip(tr("Draw markers at the sample points, like the notebook's 'o-' figure "
                            "(View ▸ Sample Points)"));

    auto *grid = new QHBoxLayout;
    auto addField = [&](const QString &label, QDoubleSpinBox *box) {
        auto *text = new QLabel(label, this);
        text->setBuddy(box);
        grid->addWidget(text);
        grid->addWidget(box, 1);
    };
    addField(tr("&from"), m_from);
    addField(tr("t&o"), m_to);
    addField(tr("ste&p"), m_step);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Values table"));
    m_view->setToolTip(tr("Click a row to move the probe there"));
    // Tab leaves the table (↑ ↓ go through its rows), so it is no trap for the keyboard.
    m_view->setTabKeyNavigation(false);

    auto *values = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(values);
    layout->addLayout(grid);
    layout->addWidget(m_points);
    layout->addWidget(m_view, 1);
    m_pages->addTab(values, tr("f(x) on a &grid"));
    m_pages->addTab(m_quotients, tr("q(h) at the p&robe"));
    m_pages->setTabToolTip(0, tr("x, f(x) and its derivatives at evenly spaced points"));
    m_pages->setTabToolTip(1, tr("The difference quotients at the probe as h shrinks"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    connect(m_points, &QCheckBox::toggled, m_state, &ExplorerState::setSamplePointsVisible);
    for (QDoubleSpinBox *box : { m_from, m_to, m_step })
        connect(box, &QDoubleSpinBox::valueChanged, this, &ValuesTable::applyGrid);
    connect(m_view, &QTableView::clicked, this,
            [this](const QModelIndex &index) { m_state->setProbeX(m_model->xAt(index.row())); });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { m_state->setProbeX(m_model->xAt(index.row())); });
    connect(m_state, &ExplorerState::samplePointsChanged, this, &ValuesTable::showGrid);
    // The quotient panel and the quotient table tell the same story: showing one shows the other.
    connect(m_state, &ExplorerState::quotientPanelVisibleChanged, this,
            [this](bool visible) { m_pages->setCurrentIndex(visible ? 1 : 0); });
    m_pages->setCurrentIndex(m_state->isQuotientPanelVisible() ? 1 : 0);
    connect(m_state, &ExplorerState::probeChanged, this, &ValuesTable::highlightProbe);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ValuesTable::highlightProbe);
    // Tab goes as the page reads: its tabs, the grid, the switch, the table.
    QWidget::setTabOrder(m_pages->tabBar(), m_from);
    QWidget::setTabOrder(m_from, m_to);
    QWidget::setTabOrder(m_to, m_step);
    QWidget::setTabOrder(m_step, m_points);
    QWidget::setTabOrder(m_points, m_view);
    showGrid();
    highlightProbe();
}

void ValuesTable::showGrid()
{
    // Showing the grid is no request to change it.
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    const QSignalBlocker blockStep(m_step);
    const SampleGrid &grid = m_state->sampleGrid();
    m_from->setValue(grid.from);
    m_to->setValue(grid.to);
    m_step->setValue(grid.step);
    m_points->setChecked(m_state->areSamplePointsVisible());
}

void ValuesTable::applyGrid()
{
    const SampleGrid grid { m_from->value(), m_to->value(), m_step->value() };
    if (!SessionSnapshot::isValidGrid(grid)) {
        setToolTip(
            tr("from must not pass to, and at most %1 points").arg(SampleGrid::maximumPoints));
        return;
    }
    setToolTip(QString());
    m_state->setSampleGrid(grid);
}

void ValuesTable::highlightProbe()
{
    const int row = m_model->probeRow();
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    // The row is selected; the current cell moves only while the table has the focus. Qt 6.4's
    // table tells a screen reader that a new current cell has the focus even when the table has
    // not, so Orca left the plot for the table at every step of the probe.
    if (m_view->hasFocus()) {
        m_view->selectRow(row);
    } else {
        const QModelIndex first = m_model->index(row, 0);
        m_view->selectionModel()->select(
            first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_view->scrollTo(m_model->index(row, 0));
}
