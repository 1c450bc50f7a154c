// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rankedfiltermodel.h"

RankedFilterModel::RankedFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    sort(0);
}

int RankedFilterModel::rank(const QString &name, const QString &typed)
{
    const QString wanted = typed.trimmed();
    if (name.compare(wanted, Qt::CaseInsensitive) == 0)
        return 0;
    if (name.startsWith(wanted, Qt::CaseInsensitive))
        return 1;
    if (name.contains(wanted, Qt::CaseInsensitive))
        return 2;
    return -1;
}

void RankedFilterModel::setText(const QString &typed)
{
    const QString wanted = typed.trimmed();
    if (wanted == m_text)
        return;
    m_text = wanted;
    // Both the rows and their order depend on the text.
    invalidate();
}

bool RankedFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, filterKeyColumn(), sourceParent);
    return rank(index.data(filterRole()).toString(), m_text) >= 0;
}

bool RankedFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int l = rank(left.data(filterRole()).toString(), m_text);
    const int r = rank(right.data(filterRole()).toString(), m_text);
    if (l != r)
        return l < r;
    return left.row() < right.row();
}
