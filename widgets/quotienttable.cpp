// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "quotienttable.h"

#include "explorerstate.h"
#include "numberformat.h"
#include "quotienttablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

QuotientTable::QuotientTable(ExplorerState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_model(new QuotientTableModel(state, this))
    , m_caption(new QLabel(this))
    , m_view(new QTableView(this))
    , m_copy(new QPushButton(tr("C&opy as CSV"), this))
{
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Difference quotients"));
    m_view->setTabKeyNavigation(false);

    m_copy->setToolTip(tr("Put the whole table on the clipboard as CSV "
                          "(h,q_left,q_right,central), as relu-explorer --quotients prints it"));
    auto *copyAction = new QAction(tr("Copy"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &QuotientTable::copy);
    connect(m_copy, &QPushButton::clicked, this, &QuotientTable::copy);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_model, &QAbstractItemModel::modelReset, this, &QuotientTable::followTheLastRow);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QuotientTable::followTheLastRow);
    // The model follows the probe, the function and h; its resets and new rows redraw the
    // caption.
    followTheLastRow();
}

void QuotientTable::copy()
{
    QApplication::clipboard()->setText(m_model->csv());
}

void QuotientTable::describe()
{
    const double h = std::abs(m_state->secantH());
    const QString x = NumberFormat::compact(m_state->probeX());
    if (m_model->rowCount() <= 1) {
        m_caption->setText(tr("Difference quotients at x = %1 for h = %2. Halve h ([ or H) to "
                              "add rows, and watch where each column goes as h shrinks.")
                               .arg(x, NumberFormat::compact(h)));
        return;
    }
    const double first = m_model->rows().front().h;
    m_caption->setText(tr("Difference quotients at x = %1, h halved from %2 down to the secant's "
                          "h = %3. Halve h ([ or H) to add rows.")
                           .arg(x, NumberFormat::compact(first), NumberFormat::compact(h)));
}

void QuotientTable::followTheLastRow()
{
    describe();
    const int rows = m_model->rowCount();
    if (rows > 0)
        m_view->scrollTo(m_model->index(rows - 1, 0));
}
