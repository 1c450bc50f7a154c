// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractTableModel>

#include <vector>

class ExplorerState;

/**
 * The notebook's table as a model: one row per sample point x, with f(x), f′(x) (the
 * convention's value at a kink), f′₋(x) and f′₊(x). It follows the state's function, convention
 * and sample grid.
 */
class ValuesTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { X, F, Derivative, Left, Right, ColumnCount };

    explicit ValuesTableModel(ExplorerState *state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    double xAt(int row) const;
    /** The row at the probe: the sample nearest to it within half a step; -1 if none. */
    int probeRow() const;

private:
    void reload();

    ExplorerState *m_state;
    std::vector<double> m_xs;
};
