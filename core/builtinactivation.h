// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "activation.h"
#include "parameterspec.h"

#include <functional>
#include <limits>
#include <memory>

class ActivationFamily;

using RealFunction = std::function<double(double)>;

/**
 * An activation from the catalog: its formulas for f and f′ (f′ as PyTorch's autograd computes
 * it, breakpoints included), and its pieces. Its breakpoints come from the pieces on either side
 * of each boundary: a jump where their values differ, a kink where only their slopes do, so they
 * cannot disagree with what is drawn. A boundary where both agree (celu at 0) is none.
 */
class BuiltinActivation final : public Activation
{
public:
    BuiltinActivation(const ActivationFamily &family, ParameterValues values, QString formula,
                      RealFunction value, RealFunction derivative, std::vector<Piece> pieces);

    // getters:
    const ActivationFamily &family() const { return m_family; }
    const ParameterValues &parameterValues() const { return m_values; }

    double value(double x) const override { return m_value(x); }
    double autogradDerivative(double x, Framework framework) const override;
    QString autogradGap(double x, Framework framework) const override;
    QString autogradCaveat(double x, Framework framework) const override;
    bool isConvexEverywhere() const override;
    std::vector<Piece> piecesIn(Interval) const override { return m_pieces; }
    QString specification() const override;
    QString title() const override;

protected:
    double smoothDerivative(double x) const override { return m_derivative(x); }

private:
    /** Each breakpoint with the other frameworks' values (FrameworkRules) beside PyTorch's. */
    static std::vector<Breakpoint> withFrameworks(std::vector<Breakpoint> breakpoints,
                                                  const ActivationFamily &family,
                                                  const ParameterValues &values);

    /** Where x is in breakpoints() (sorted), or -1: FrameworkRules' rows are by that index. */
    int breakpointIndex(double x) const;

    const ActivationFamily &m_family;
    ParameterValues m_values;
    RealFunction m_value;
    RealFunction m_derivative;
    std::vector<Piece> m_pieces;
};

/**
 * Builds a function's pieces from left to right: each call ends the current piece at `upper` and
 * starts the next; the last must end at +inf.
 */
class PieceBuilder
{
public:
    /** f(x) = slope·x + intercept on the piece. */
    PieceBuilder &linear(double upper, double slope, double intercept, const QString &label);
    /**
     * A curved piece, with the formulas of f′ and (for the limits at finite ends) of f on it.
     */
    PieceBuilder &curved(double upper, const QString &label, const RealFunction &slope,
                         const RealFunction &value = {});
    std::vector<Piece> pieces() const { return m_pieces; }

private:
    std::vector<Piece> m_pieces;
    double m_lower = -std::numeric_limits<double>::infinity();
};
