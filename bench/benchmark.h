// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <algorithm>
#include <cstdio>
#include <vector>

/** Summary figures of a set of timings, in milliseconds. */
struct Timings
{
    std::vector<double> ms;

    double percentile(double p) const
    {
        if (ms.empty())
            return 0.0;
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const auto index = std::size_t(p / 100.0 * double(sorted.size() - 1) + 0.5);
        return sorted[std::min(index, sorted.size() - 1)];
    }
    double median() const { return percentile(50); }
    double p95() const { return percentile(95); }
};
