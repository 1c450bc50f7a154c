// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSortFilterProxyModel>

/**
 * The rows whose name (filterRole(), the display text unless set) contains the typed text, best
 * match first: the exact name, then the names that start with it, then those that contain it,
 * each group in the source's order. The function chooser's search and the command palette list
 * their matches through it, so both put the same row on top.
 */
class RankedFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RankedFilterModel(QObject *parent = nullptr);

    /** How well `name` matches `typed` (case-insensitive, trimmed): 0 the same, 1 a prefix, 2
     * contained, −1 not at all. Empty text matches every name as a prefix. */
    static int rank(const QString &name, const QString &typed);

    QString text() const { return m_text; }
    /** Filters and ranks by `typed`; an empty text shows every row in the source's order. */
    void setText(const QString &typed);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
};
