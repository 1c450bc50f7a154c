// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QTest>

#include <cmath>

/**
 * The one fuzzy comparison of the tests: |actual - expected| <= absolute + relative * |expected|.
 * Bare qFuzzyCompare fails near 0; this one takes both tolerances explicitly. NaN equals NaN and
 * infinities must match exactly.
 */
inline bool fuzzyEqual(double actual, double expected, double absolute, double relative)
{
    if (std::isnan(expected))
        return std::isnan(actual);
    if (std::isinf(expected))
        return actual == expected;
    return std::abs(actual - expected) <= absolute + relative * std::abs(expected);
}

#define RELU_FUZZY_COMPARE(actual, expected, absolute, relative)                                   \
    do {                                                                                           \
        const double relu_actual_ = (actual);                                                      \
        const double relu_expected_ = (expected);                                                  \
        if (!fuzzyEqual(relu_actual_, relu_expected_, (absolute), (relative)))                     \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3 (abs tol %4, rel tol %5)")       \
                                 .arg(QStringLiteral(#actual))                                     \
                                 .arg(relu_actual_, 0, 'g', 17)                                    \
                                 .arg(relu_expected_, 0, 'g', 17)                                  \
                                 .arg(double(absolute))                                            \
                                 .arg(double(relative))));                                         \
    } while (false)
