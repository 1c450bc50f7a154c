// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QRect>
#include <QString>

#include <cstdlib>

/** Pixel probes for rendered figures. */
namespace Pixels {

/** Whether two colours differ by at most `tolerance` in each of red, green and blue. */
inline bool near(QColor a, QColor b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

/** How many pixels inside `area` are near `colour`. */
inline int count(const QImage &image, const QRect &area, QColor colour, int tolerance = 40)
{
    const QRect clipped = area.intersected(image.rect());
    int n = 0;
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        for (int x = clipped.left(); x <= clipped.right(); ++x) {
            if (near(image.pixelColor(x, y), colour, tolerance))
                ++n;
        }
    }
    return n;
}

/** The mean position of the pixels in `area` near `colour`; (-1, -1) when there are none. */
inline QPointF centroid(const QImage &image, const QRect &area, QColor colour, int tolerance = 40)
{
    const QRect clipped = area.intersected(image.rect());
    double sx = 0, sy = 0;
    int n = 0;
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        for (int x = clipped.left(); x <= clipped.right(); ++x) {
            if (near(image.pixelColor(x, y), colour, tolerance)) {
                sx += x;
                sy += y;
                ++n;
            }
        }
    }
    return n ? QPointF(sx / n, sy / n) : QPointF(-1, -1);
}

/**
 * Checks a rendered ReLU figure without knowing its axes: the kink's red dot is found in the
 * lower half (the legend's dot is in the upper left), then blue must lie left of it and green
 * right of it. Returns an empty string when all holds, otherwise what failed.
 */
inline QString checkReluColours(const QImage &image)
{
    const QColor blue(0x1f, 0x77, 0xb4), green(0x00, 0x80, 0x00), red(0xff, 0x00, 0x00);
    const QRect lowerHalf(0, image.height() / 2, image.width(), image.height() / 2);
    const QPointF kink = centroid(image, lowerHalf, red, 20);
    if (kink.x() < 0)
        return QStringLiteral("no red kink dot in the lower half");
    const int k = int(kink.x());
    const QRect left(0, lowerHalf.top(), k - 10, lowerHalf.height());
    const QRect right(k + 10, 0, image.width() - k - 10, image.height());
    if (count(image, left, blue, 20) < 300)
        return QStringLiteral("too little blue left of the kink at x = %1").arg(k);
    if (count(image, right, blue, 20) > 0)
        return QStringLiteral("blue right of the kink at x = %1").arg(k);
    if (count(image, right, green, 20) < 300)
        return QStringLiteral("too little green right of the kink at x = %1").arg(k);
    if (count(image, left, green, 20) > 0)
        return QStringLiteral("green left of the kink, below the legend, at x = %1").arg(k);
    return {};
}

/** A square of side 2 * radius + 1 around a point. */
inline QRect around(QPointF centre, int radius)
{
    return { int(std::lround(centre.x())) - radius, int(std::lround(centre.y())) - radius,
             2 * radius + 1, 2 * radius + 1 };
}

} // namespace Pixels
