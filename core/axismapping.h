// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "interval.h"

/**
 * The linear map between one axis's world coordinates and pixels: `range.lower` sits at
 * `pixelAtLower` and `range.upper` at `pixelAtUpper`. For a y axis pixelAtLower is the larger
 * pixel, since screen y grows downwards. A plain value, so the mapping is tested without a GUI.
 */
class AxisMapping
{
public:
    AxisMapping() = default;
    AxisMapping(Interval range, double pixelAtLower, double pixelAtUpper);

    // getters:
    Interval range() const { return m_range; }
    /** World units covered by one pixel (always positive; 0 for a degenerate mapping). */
    double coordsPerPixel() const;

    double toPixel(double coord) const;
    double toCoord(double pixel) const;

private:
    Interval m_range { 0.0, 1.0 };
    double m_pixelAtLower = 0.0;
    double m_pixelAtUpper = 1.0;
};
