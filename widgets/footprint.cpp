// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "footprint.h"

#include <algorithm>

void Footprint::reset(QSize size)
{
    m_columns = std::max(1, (size.width() + tile - 1) / tile);
    m_rows = std::max(1, (size.height() + tile - 1) / tile);
    m_marked.assign(std::size_t(m_columns) * std::size_t(m_rows), 0);
}

void Footprint::add(const QRect &rect)
{
    if (rect.isEmpty())
        return;
    const int left = std::max(0, rect.left() / tile);
    const int right = std::min(m_columns - 1, rect.right() / tile);
    const int top = std::max(0, rect.top() / tile);
    const int bottom = std::min(m_rows - 1, rect.bottom() / tile);
    for (int row = top; row <= bottom; ++row) {
        for (int column = left; column <= right; ++column)
            m_marked[std::size_t(row) * std::size_t(m_columns) + std::size_t(column)] = 1;
    }
}

void Footprint::addAll()
{
    std::fill(m_marked.begin(), m_marked.end(), 1);
}

QRegion Footprint::region()
{
    // Rows top to bottom, runs left to right, none touching: what QRegion::setRects expects.
    m_runs.clear();
    for (int row = 0; row < m_rows; ++row) {
        const unsigned char *cells = m_marked.data() + std::size_t(row) * std::size_t(m_columns);
        for (int column = 0; column < m_columns;) {
            if (!cells[column]) {
                ++column;
                continue;
            }
            const int start = column;
            while (column < m_columns && cells[column])
                ++column;
            m_runs.emplace_back(start * tile, row * tile, (column - start) * tile, tile);
        }
    }
    QRegion region;
    if (!m_runs.empty())
        region.setRects(m_runs.data(), int(m_runs.size()));
    return region;
}
