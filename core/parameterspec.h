// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

#include <vector>

/**
 * One parameter of an activation family, named as in PyTorch ("negative_slope", "alpha"). A
 * number with a range, or a choice among words (gelu's approximate = none | tanh), whose value is
 * the index of the word.
 */
struct ParameterSpec
{
    QString name;
    double defaultValue = 0.0;
    double minimum = 0.0;
    double maximum = 0.0;
    QStringList choices;
    QString description;

    bool isChoice() const { return !choices.isEmpty(); }
    bool accepts(double value) const
    {
        if (isChoice())
            return value >= 0 && value < choices.size() && value == double(int(value));
        return value >= minimum && value <= maximum;
    }
};

/** Parameter values in the order of the family's ParameterSpecs. */
using ParameterValues = std::vector<double>;
