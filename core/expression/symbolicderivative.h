// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

namespace Expression {

class ExpressionFunction;

/**
 * The derivative of the branch of f that holds on a piece, as a formula: for abs(sin(x)) it is
 * "cos(x)" on one piece and "−cos(x)" on the next. Differentiated on the tree with the chain rule,
 * then simplified (0·a = 0, 1·a = a, constants folded). The legend names each curved piece by it.
 */
class SymbolicDerivative
{
    Q_DECLARE_TR_FUNCTIONS(SymbolicDerivative)

public:
    /** Longer formulas are shortened with an ellipsis in label(). */
    static constexpr int maximumLabelLength = 44;

    /**
     * f′ on the piece that contains `at`, in the expression language (`readable` false: "*", "-",
     * "^2", so it parses back) or for a reader ("·", "−", "²").
     */
    static QString formula(const ExpressionFunction &f, double at, bool readable);
    /** "f′(x) = cos(x)", shortened to fit a legend. */
    static QString label(const ExpressionFunction &f, double at);
};

} // namespace Expression
