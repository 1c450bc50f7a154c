// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "axismapping.h"

#include <cmath>

AxisMapping::AxisMapping(Interval range, double pixelAtLower, double pixelAtUpper)
    : m_range(range)
    , m_pixelAtLower(pixelAtLower)
    , m_pixelAtUpper(pixelAtUpper)
{ }

double AxisMapping::coordsPerPixel() const
{
    const double pixels = std::abs(m_pixelAtUpper - m_pixelAtLower);
    return pixels > 0.0 ? m_range.width() / pixels : 0.0;
}

double AxisMapping::toPixel(double coord) const
{
    const double width = m_range.width();
    if (width == 0.0)
        return m_pixelAtLower;
    // Scale by the fraction first: it stays in [0, 1] across the view, so a view 1e-300 wide
    // or 1e300 wide does not overflow or lose the pixel.
    const double fraction = (coord - m_range.lower) / width;
    return m_pixelAtLower + fraction * (m_pixelAtUpper - m_pixelAtLower);
}

double AxisMapping::toCoord(double pixel) const
{
    const double pixels = m_pixelAtUpper - m_pixelAtLower;
    if (pixels == 0.0)
        return m_range.lower;
    const double fraction = (pixel - m_pixelAtLower) / pixels;
    return m_range.lower + fraction * m_range.width();
}
