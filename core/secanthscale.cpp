// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secanthscale.h"

#include "sessionlimits.h"

#include <algorithm>
#include <cmath>

namespace {

double logMin()
{
    return std::log(SessionLimits::minSecantH);
}

double logSpan()
{
    return std::log(SessionLimits::maxSecantH) - logMin();
}

} // namespace

// The right half is positions 0..N (h = +minSecantH .. +maxSecantH), the left half -1..-N
// (h = -minSecantH .. -maxSecantH): N + 1 and N steps, so both ends are reached exactly.
double SecantHScale::toH(int position)
{
    position = std::clamp(position, -positions, positions);
    const double fraction
        = position >= 0 ? double(position) / positions : double(-position - 1) / (positions - 1);
    const double h = std::exp(logMin() + fraction * logSpan());
    return position >= 0 ? h : -h;
}

int SecantHScale::toPosition(double h)
{
    if (!std::isfinite(h) || h == 0.0)
        return 0;
    const double fraction = std::clamp((std::log(std::abs(h)) - logMin()) / logSpan(), 0.0, 1.0);
    if (h > 0)
        return int(std::lround(fraction * positions));
    return -int(std::lround(fraction * (positions - 1))) - 1;
}
