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

    /**
     * The same curve with fewer points, for drawing: every point within `tolerance` pixels of
     * the chord between the points kept around it is dropped (Douglas–Peucker), run by run
     * between the NaN gaps, which are kept, as are each run's ends. `xScale` and `yScale` are
     * pixels per unit on each axis. A straight run of any length comes back as its two ends; a
     * scale that is not positive and finite returns the curve as it is.
     */
    Polyline simplified(double xScale, double yScale, double tolerance) const;
};
