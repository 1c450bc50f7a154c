// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "derivativeconvention.h"
#include "kink.h"
#include "piece.h"

#include <QString>

#include <vector>

/**
 * An activation function f: R -> R as the lesson sees it: exact values and derivatives, the
 * kinks where the derivative does not exist, and the pieces between them.
 *
 * derivative(x) is exact wherever f is differentiable. At a kink it returns the value the chosen
 * DerivativeConvention assigns; by default that is what PyTorch's autograd computes there.
 */
class Activation
{
public:
    virtual ~Activation() = default;
    Activation(const Activation &) = delete;
    Activation &operator=(const Activation &) = delete;

    // getters:
    /** PyTorch's functional name, e.g. "relu". */
    const QString &name() const { return m_name; }
    /** The definition for a reader, e.g. "max(0, x)". */
    const QString &formula() const { return m_formula; }
    /** Sorted by x. */
    const std::vector<Kink> &kinks() const { return m_kinks; }
    /** Sorted by domain, covering the whole line between the kinks. */
    const std::vector<Piece> &pieces() const { return m_pieces; }

    virtual double value(double x) const = 0;
    double derivative(double x,
                      DerivativeConvention convention = DerivativeConvention::Framework) const;
    /**
     * The limit of f′ from the left at x: at a kink its left derivative f′₋, at any other
     * breakpoint the limit of the piece that ends there, elsewhere f′(x).
     */
    double leftDerivative(double x) const;
    /** The limit of f′ from the right at x; see leftDerivative. */
    double rightDerivative(double x) const;

    /**
     * How to recreate this function: "relu", "leaky_relu:negative_slope=0.2", or an expression.
     * The command line's --function takes it back.
     */
    virtual QString specification() const { return m_name; }
    /** A short name for a legend: "gelu", "leaky_relu(negative_slope=0.2)", or the expression. */
    virtual QString title() const { return m_name; }
    /** True when derivatives are computed numerically (user expressions), not from formulas. */
    virtual bool isNumerical() const { return false; }

    /** The kink at exactly x, or nullptr. */
    const Kink *kinkAt(double x) const;
    /** The piece whose open domain contains x, or nullptr at a breakpoint. */
    const Piece *pieceAt(double x) const;

protected:
    Activation(QString name, QString formula, std::vector<Kink> kinks, std::vector<Piece> pieces);

    /** What PyTorch's autograd returns at x, kinks included. */
    virtual double frameworkDerivative(double x) const = 0;

private:
    QString m_name;
    QString m_formula;
    std::vector<Kink> m_kinks;
    std::vector<Piece> m_pieces;
};
