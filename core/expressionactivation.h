// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "activation.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class ExpressionEvaluator;

/**
 * A function the user types, such as "max(0, x)" or "0.5*x*(1+tanh(0.8*x))", in muparser's
 * syntax with the variable x.
 *
 * Its derivative is numerical: Richardson extrapolation of central differences, with steps that
 * never reach across a kink. Kinks are found automatically on [-detectionLimit, detectionLimit]:
 * a grid finds where the slope changes abruptly, bisection locates each to about 1e-10 (and to
 * a round number when one is that close), and one-sided extrapolated differences give f′₋ and
 * f′₊. A place where f jumps is a breakpoint (drawn without a connecting line), not a kink.
 *
 * For an expression no framework defines f′ at a kink; the "framework" convention reports what
 * numerical differentiation gives there, the central difference's average of both sides.
 */
class ExpressionActivation final : public Activation
{
    Q_DECLARE_TR_FUNCTIONS(ExpressionActivation)

public:
    static constexpr double detectionLimit = 1000.0;
    static constexpr int maximumLength = 1000;

    struct Parsed
    {
        std::shared_ptr<const ExpressionActivation> activation; ///< null when the input was refused
        QString error; ///< one line, empty on success
        int errorPosition = -1; ///< 0-based character index of the problem, or -1
    };

    /** Parses and analyses `expression`; on any problem returns a message and no function. */
    static Parsed parse(const QString &expression);

    ~ExpressionActivation() override;

    double value(double x) const override;
    QString specification() const override { return formula(); }
    QString title() const override { return formula(); }
    bool isNumerical() const override { return true; }

protected:
    double frameworkDerivative(double x) const override;

private:
    ExpressionActivation(const QString &expression, std::unique_ptr<ExpressionEvaluator> evaluator,
                         std::vector<Kink> kinks, std::vector<Piece> pieces,
                         std::vector<double> breakpoints);

    std::unique_ptr<ExpressionEvaluator> m_evaluator;
    std::vector<double> m_breakpoints; ///< kinks and jumps, sorted
};
