// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "interval.h"

#include <QString>

/**
 * The limits and defaults of a session, in one plain header: the state (ExplorerState), its
 * snapshot (SessionSnapshot) and the widgets include it, and none of them needs another for it.
 */
namespace SessionLimits {

/** The notebook's question: "what is the slope at x = 2?" */
constexpr double defaultProbeX = 2.0;
/** The secant's h is signed, with |h| between these. */
constexpr double minSecantH = 1e-6;
constexpr double maxSecantH = 2.0;
constexpr double defaultSecantH = 1.0;
/** QCustomPlot refuses ranges outside these bounds; so do we, before an axis sees them. */
constexpr double minRangeWidth = 1e-280;
constexpr double maxRangeMagnitude = 1e250;
/** The notebook's Figure 2: x from -4 to 4 with a margin, y from -1 to 5. */
constexpr Interval defaultXRange { -4.4, 4.4 };
constexpr Interval defaultYRange { -1.0, 5.0 };
/**
 * Past this many different functions side by side, the plot is a tangle and the legend covers
 * it: a longer list is refused (duplicates count once).
 */
constexpr int maximumComparisons = 20;
/** More sample markers than this would hide the curve. */
constexpr int maximumSamplePoints = 1000;

/** Why a view range cannot be shown, for a person ("it runs backwards"); empty if it can. */
QString rangeProblem(Interval range);
/** Whether a view range can be shown: finite, non-empty, neither absurdly small nor large. */
bool isValidRange(Interval range);

} // namespace SessionLimits
