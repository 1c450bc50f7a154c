// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

/**
 * Function ▸ Examples: programs that compute the same function with different derivatives at 0,
 * each with one sentence. What each sentence says autograd returns is `pytorchAtZero`, which
 * tst_frameworkvalues checks against the measurements (tests/core/data/framework_pytorch.csv)
 * and against the app's own autograd.
 */
struct AutogradExample
{
    Q_DECLARE_TR_FUNCTIONS(AutogradExample)

public:
    QString expression; ///< in the app's language
    QString sentence; ///< one sentence, translated
    double pytorchAtZero; ///< what PyTorch's autograd returns at 0 (float64), as the sentence says

    static std::vector<AutogradExample> all();
};
