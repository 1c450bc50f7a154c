// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "interval.h"

#include <QString>

#include <optional>
#include <vector>

/**
 * The h axis of the difference-quotient panel, as plain mathematics: where each h sits, which h
 * are sampled, and the ticks.
 *
 * Linear: the axis coordinate is h itself, from −reach to reach, 0 in the middle.
 *
 * Symmetric log: each side shows the decades of |h| from `smallest` (10⁻⁶) to `reach` (2), the
 * negative h mirrored on the left. h = 0 itself is no point of a log axis; the two inner ends are
 * the limits h → 0⁻ and h → 0⁺, drawn half a decade inside the smallest h, where the one-sided
 * limits of the quotient are marked.
 */
class QuotientAxis
{
public:
    enum class Scale {
        Linear,
        SymmetricLog,
    };

    /** The h the panel reaches, both ways: the secant's largest. */
    static constexpr double reach = 2.0;
    /** The smallest |h| the log axis shows: the secant's smallest. */
    static constexpr double smallest = 1e-6;
    /** On the log axis, |axis coordinate| of 0⁻ and 0⁺, and the decades from there to `smallest`.
     */
    static constexpr double innerEnd = 0.5;
    static constexpr double innerGap = 1.5;

    explicit QuotientAxis(Scale scale = Scale::Linear)
        : m_scale(scale)
    { }

    Scale scale() const { return m_scale; }
    /** The axis coordinate of h; on the log axis ±0 are the inner ends 0⁻ and 0⁺ (by sign). */
    double toAxis(double h) const;
    /** The h at an axis coordinate; on the log axis |h| is at least `smallest`, never 0. */
    double toH(double axis) const;
    /** Where the limit h → 0 from the left (side −1) or the right (+1) is drawn. */
    double limitAt(int side) const;
    /** The axis range the panel shows. */
    Interval range() const;
    /**
     * Values of h > 0, increasing to `reach`: `perSide` of them evenly spread on the axis, and on
     * the linear axis also h halved again and again down to `smallest`, so the curves reach
     * their limits at 0 to within a pixel. Their negatives sample the left side.
     */
    std::vector<double> samples(int perSide) const;

    struct Tick
    {
        double at = 0; ///< axis coordinate
        QString label;
    };
    /** The log axis's ticks ("0⁺", "10⁻⁶", ..., "1" and their mirror images); none if linear. */
    std::vector<Tick> ticks() const;

    /** The key in files and settings: linear, log. */
    static QString key(Scale scale);
    static std::optional<Scale> fromKey(const QString &key);

private:
    Scale m_scale;
};
