// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "frameworktable.h"

#include "explorerstate.h"
#include "frameworkcomparison.h"
#include "numberformat.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

FrameworkTable::FrameworkTable(ExplorerState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_caption(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this))
{
    m_caption->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({ tr("Framework"), tr("f′ at the kink"), tr("Source") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Where frameworks disagree"));
    // A table, not a trap: Tab leaves it (the arrows move inside).
    m_table->setTabKeyNavigation(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
    connect(m_state, &ExplorerState::changed, this, &FrameworkTable::refresh);
    refresh();
}

void FrameworkTable::refresh()
{
    const Activation &f = m_state->activation();
    const auto comparison = FrameworkComparison::at(f, m_state->probeX());
    if (!comparison) {
        m_caption->setText(tr("Put the probe on a kink (K) to see what each framework's autograd "
                              "returns there."));
        m_table->setRowCount(0);
        return;
    }
    m_caption->setText(tr("At the kink of %1 at x = %2, where f′ does not exist, autograd returns:")
                           .arg(f.title(), NumberFormat::compact(comparison->x)));
    m_table->setRowCount(int(comparison->rows.size()));
    for (int i = 0; i < int(comparison->rows.size()); ++i) {
        const FrameworkComparison::Row &row = comparison->rows[std::size_t(i)];
        const bool none = std::isnan(row.value);
        const QString cells[3]
            = { FrameworkNames::displayName(row.framework),
                none ? tr("no value") : NumberFormat::compact(row.value), row.note };
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            // The full source, version and how the value was found, on every cell of the row.
            item->setToolTip(none ? row.note : row.source);
            if (column == 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, column, item);
        }
    }
    m_table->resizeRowsToContents();
}
