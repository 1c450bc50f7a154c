// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

/** The short explanations the UI offers next to the lesson: plain words, rich text. */
class Explanations
{
    Q_DECLARE_TR_FUNCTIONS(Explanations)

public:
    /** Why programs pick a value for f′ at a kink, and what PyTorch picks. */
    static QString whyConvention();
    /** Why the central difference's ½ at the kink is not the derivative. */
    static QString centralDifference();
};
