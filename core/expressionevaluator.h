// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <memory>

namespace mu {
class Parser;
}

/**
 * muparser bound to one variable x, with a few activation helpers defined (relu, sigmoid,
 * softplus, erf, erfc). Not thread-safe: evaluation writes the shared variable.
 */
class ExpressionEvaluator
{
public:
    ExpressionEvaluator();
    ~ExpressionEvaluator();
    ExpressionEvaluator(const ExpressionEvaluator &) = delete;
    ExpressionEvaluator &operator=(const ExpressionEvaluator &) = delete;

    /**
     * Sets and fully checks the expression. On a problem returns false and sets `error` (one
     * line) and `position` (0-based, or -1).
     */
    bool setExpression(const QString &expression, QString *error, int *position);

    /** f(x); NaN if evaluation fails. */
    double operator()(double x) const;

private:
    std::unique_ptr<mu::Parser> m_parser;
    std::unique_ptr<double> m_x;
};
