// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <vector>

/** Points of a curve in world coordinates, ready to draw. A NaN y leaves a gap. */
struct Polyline
{
    std::vector<double> x;
    std::vector<double> y;

    void clear()
    {
        x.clear();
        y.clear();
    }
    void append(double px, double py)
    {
        x.push_back(px);
        y.push_back(py);
    }
    std::size_t size() const { return x.size(); }
    bool empty() const { return x.empty(); }
};
