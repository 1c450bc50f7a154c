// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "valuestablemodel.h"

#include "explorerstate.h"
#include "numberformat.h"

#include <cmath>

ValuesTableModel::ValuesTableModel(ExplorerState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
{
    connect(m_state, &ExplorerState::samplePointsChanged, this, &ValuesTableModel::reload);
    connect(m_state, &ExplorerState::activationChanged, this, &ValuesTableModel::reload);
    connect(m_state, &ExplorerState::conventionChanged, this, &ValuesTableModel::reload);
    reload();
}

void ValuesTableModel::reload()
{
    beginResetModel();
    m_xs = m_state->sampleXs();
    endResetModel();
}

int ValuesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_xs.size());
}

int ValuesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double ValuesTableModel::xAt(int row) const
{
    return row >= 0 && row < int(m_xs.size()) ? m_xs[std::size_t(row)] : std::nan("");
}

int ValuesTableModel::probeRow() const
{
    const double x = m_state->probeX();
    const double half = 0.5 * m_state->sampleGrid().step;
    int best = -1;
    for (int row = 0; row < int(m_xs.size()); ++row) {
        const double distance = std::abs(m_xs[std::size_t(row)] - x);
        if (distance <= half && (best < 0 || distance < std::abs(m_xs[std::size_t(best)] - x)))
            best = row;
    }
    return best;
}

QVariant ValuesTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_xs.size()))
        return {};
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::UserRole)
        return {};
    const Activation &f = m_state->activation();
    const double x = m_xs[std::size_t(index.row())];
    double value = x;
    switch (index.column()) {
    case X: value = x; break;
    case F: value = f.value(x); break;
    case Derivative: value = f.derivative(x, m_state->convention()); break;
    case Left: value = f.leftDerivative(x); break;
    case Right: value = f.rightDerivative(x); break;
    default: return {};
    }
    if (role == Qt::UserRole)
        return value;
    if (role == Qt::ToolTipRole)
        return NumberFormat::exact(value);
    if (index.column() == Derivative && std::isnan(value) && f.kinkAt(x))
        return tr("undefined");
    return NumberFormat::compact(value);
}

QVariant ValuesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case X: return tr("x");
    case F: return tr("f(x)");
    case Derivative: return tr("f′(x)");
    case Left: return tr("f′₋(x)");
    case Right: return tr("f′₊(x)");
    default: return {};
    }
}
