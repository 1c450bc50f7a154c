// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "differencequotient.h"

#include <QAbstractTableModel>

#include <vector>

class ExplorerState;

/**
 * The difference quotients at the probe as a model: one row per h that halving from at most 1
 * has passed through, down to the secant's |h| (DifferenceQuotient::halvedTo), with q(−h), q(+h)
 * and the central quotient. Halving h adds a row at the bottom; moving the probe, changing the
 * function or setting h otherwise makes a new table.
 */
class QuotientTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { H, Left, Right, Central, ColumnCount };

    explicit QuotientTableModel(ExplorerState *state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const std::vector<DifferenceQuotient::Row> &rows() const { return m_rows; }
    /** The whole table as --quotients prints it, for the clipboard. */
    QString csv() const { return DifferenceQuotient::csv(m_rows); }

private:
    void reload();

    ExplorerState *m_state;
    std::vector<DifferenceQuotient::Row> m_rows;
};
