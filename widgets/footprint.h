// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QRect>
#include <QRegion>

#include <vector>

/**
 * Marks the parts of a widget that overlays cover, on a grid of small square tiles, and turns
 * them into one QRegion. Uniting hundreds of thin rectangles in a QRegion one by one allocates on
 * every step and costs quadratic time; a tile grid costs one pass and one allocation, and its
 * memory is reused from one drag event to the next.
 */
class Footprint
{
public:
    static constexpr int tile = 8;

    /** Starts afresh for a widget of `size`. */
    void reset(QSize size);
    /** Marks every tile `rect` touches. */
    void add(const QRect &rect);
    /** Marks everything. */
    void addAll();
    /** The marked tiles as a region: rows of merged runs, built in one go. */
    QRegion region();

private:
    int m_columns = 0;
    int m_rows = 0;
    std::vector<unsigned char> m_marked;
    std::vector<QRect> m_runs;
};
