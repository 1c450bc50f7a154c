// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

/**
 * The signed, log-scaled slider for the secant's step h. Positions run from -positions to
 * +positions: the right half is h > 0, the left half h < 0, and |h| grows geometrically from
 * ExplorerState::minStep next to the middle to maxStep at either end, so every decade gets the
 * same share of the slider.
 */
class LogStepScale
{
public:
    static constexpr int positions = 600;

    static double toStep(int position);
    /** The nearest position; |h| outside [minStep, maxStep] lands on an end. */
    static int toPosition(double h);
};
