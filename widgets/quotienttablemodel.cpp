// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "quotienttablemodel.h"

#include "explorerstate.h"
#include "numberformat.h"

#include <QFont>

#include <algorithm>
#include <cmath>

QuotientTableModel::QuotientTableModel(ExplorerState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
{
    connect(m_state, &ExplorerState::activationChanged, this, &QuotientTableModel::reload);
    connect(m_state, &ExplorerState::probeChanged, this, &QuotientTableModel::reload);
    connect(m_state, &ExplorerState::secantHChanged, this, &QuotientTableModel::reload);
    reload();
}

void QuotientTableModel::reload()
{
    std::vector<DifferenceQuotient::Row> rows = DifferenceQuotient::halvedTo(
        m_state->activation(), m_state->probeX(), m_state->secantH());
    // Halving h keeps every row and adds one: insert it, so that a view keeps its place and its
    // selection, and a screen reader hears one new row rather than a new table.
    const auto sameRow = [](const DifferenceQuotient::Row &a, const DifferenceQuotient::Row &b) {
        const auto same
            = [](double p, double q) { return p == q || (std::isnan(p) && std::isnan(q)); };
        return same(a.h, b.h) && same(a.left, b.left) && same(a.right, b.right)
            && same(a.central, b.central);
    };
    if (rows.size() == m_rows.size() + 1
        && std::equal(m_rows.begin(), m_rows.end(), rows.begin(), sameRow)) {
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows = std::move(rows);
        endInsertRows();
        // The row that was the last is no longer the current h.
        if (row > 0)
            Q_EMIT dataChanged(index(row - 1, 0), index(row - 1, ColumnCount - 1),
                               { Qt::FontRole });
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int QuotientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuotientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuotientTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole) {
        // The last row is the secant's h.
        if (index.row() + 1 != int(m_rows.size()))
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::UserRole)
        return {};
    const DifferenceQuotient::Row &row = m_rows[std::size_t(index.row())];
    double value = row.h;
    switch (index.column()) {
    case H: value = row.h; break;
    case Left: value = row.left; break;
    case Right: value = row.right; break;
    case Central: value = row.central; break;
    default: return {};
    }
    if (role == Qt::UserRole)
        return value;
    if (role == Qt::ToolTipRole)
        return NumberFormat::exact(value);
    return NumberFormat::compact(value);
}

QVariant QuotientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case H: return tr("The step h > 0; the last row is the secant's h");
        case Left: return tr("(f(x−h) − f(x)) / (−h): the slope of the secant to the left");
        case Right: return tr("(f(x+h) − f(x)) / h: the slope of the secant to the right");
        case Central: return tr("(f(x+h) − f(x−h)) / 2h: the central difference");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case H: return tr("h");
    case Left: return tr("q(−h)");
    case Right: return tr("q(+h)");
    case Central: return tr("central");
    default: return {};
    }
}
