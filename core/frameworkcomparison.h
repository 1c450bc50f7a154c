// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "activation.h"
#include "derivativeconvention.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/**
 * "Where frameworks disagree": at a kink, what each framework's autograd returns, one row per
 * framework, and the distinct values with the frameworks that return each, for the dots on the
 * derivative panel. For abs at 0: −1 (TensorFlow.js), 0 (PyTorch, TensorFlow), 1 (JAX).
 */
struct FrameworkComparison
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkComparison)

public:
    struct Row
    {
        Framework framework;
        double value; ///< NaN where the framework has no such function
        QString note; ///< why there is no value; else where the value comes from, in short
        QString source; ///< where the value comes from, in full (FrameworkRules::provenance)
    };
    struct Group
    {
        double value;
        QStringList frameworks; ///< display names, in FrameworkNames::all's order
        /** "PyTorch, TensorFlow: 0" */
        QString label() const;
    };

    double x = 0.0;
    std::vector<Row> rows; ///< one per framework, in FrameworkNames::all's order
    std::vector<Group> groups; ///< the finite values, equal in float32 counted once, ascending

    /** At f's kink at x; nothing where x is not a kink (no convention applies elsewhere). */
    static std::optional<FrameworkComparison> at(const Activation &f, double x);
};
