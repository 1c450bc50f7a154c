// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "activation.h"
#include "expressionparameter.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <map>
#include <memory>
#include <set>

namespace Expression {
class ExpressionFunction;
struct PointAnalysis;
struct SwitchPoint;
} // namespace Expression

/**
 * A function the user types, such as "max(0, x)" or "0.5*x*(1+tanh(0.8*x))", in muparser's
 * syntax with the variable x (docs/expressions.md).
 *
 * It is parsed once into a tree (Expression::ExpressionParser), and calculus is done on the
 * tree (Expression::ExpressionFunction): values and derivatives in forward mode, exact to
 * rounding; breakpoints as the zeros of each non-smooth node's switching function, found by
 * interval root isolation in any range and located to the last bit; and each breakpoint
 * classified (kink, jump, pole, ...) from the one-sided expansions of the formula. The framework
 * convention is what PyTorch's autograd computes on the same tree.
 *
 * Not thread-safe: breakpoints for a new range are found, and cached, on demand.
 */
class ExpressionActivation final : public Activation
{
    Q_DECLARE_TR_FUNCTIONS(ExpressionActivation)

public:
    static constexpr int maximumLength = 1000;
    /** Breakpoints listed for one range at the most; a longer list is cut and said to be. */
    static constexpr std::size_t maximumBreakpoints = 10000;
    /**
     * How long finding, and then classifying, the breakpoints of [−1000, 1000] may take at the
     * most when a formula is entered (`entry`); and those of any other range (`range`), which a
     * pan or a zoom asks for.
     */
    struct SearchTimes
    {
        std::chrono::milliseconds entry;
        std::chrono::milliseconds range;
    };
    /** For the window: a formula with endlessly crowding breakpoints must not freeze it. */
    static constexpr SearchTimes interactive { std::chrono::milliseconds(150),
                                               std::chrono::milliseconds(30) };
    /**
     * For the command line, which must give the same answer on a slow machine as on a fast
     * one: the list stops at maximumBreakpoints long before these run out, except where
     * breakpoints crowd without end.
     */
    static constexpr SearchTimes batch { std::chrono::seconds(20), std::chrono::seconds(20) };

    struct Parsed
    {
        std::shared_ptr<const ExpressionActivation> activation; ///< null when the input was refused
        QString error; ///< one line, empty on success
        int errorPosition = -1; ///< 0-based character index of the problem, or -1
    };

    /** Parses and analyses `expression`; on any problem returns a message and no function. */
    static Parsed parse(const QString &expression, SearchTimes times = interactive);
    /**
     * As parse(), where every free name (such as `a` in `max(a*x, x)`) is a parameter: `known`
     * gives the value and range of each it names (a usable entry, else the defaults), and the
     * analysis treats each as the constant it now is.
     */
    static Parsed parse(const QString &expression, const ExpressionParameters &known,
                        SearchTimes times = interactive);
    /** The same formula with the parameters `known` gives, analysed again. */
    Parsed withParameters(const ExpressionParameters &known) const;

    ~ExpressionActivation() override;

    double value(double x) const override;
    double autogradDerivative(double x, Framework framework) const override;
    QString autogradGap(double x, Framework framework) const override;
    std::vector<Breakpoint> breakpointsIn(Interval range) const override;
    bool breakpointsCompleteIn(Interval range) const override;
    QString breakpointsCaveat(Interval range) const override;
    std::vector<Piece> piecesIn(Interval range) const override;
    const Breakpoint *breakpointAt(double x) const override;
    QString specification() const override { return formula(); }
    QString title() const override { return formula(); }
    bool isExpression() const override { return true; }
    bool isAtSwitch(double x) const override;
    /** The free names of the formula with their values and ranges, in order of appearance. */
    const ExpressionParameters &parameters() const { return m_parameters; }

protected:
    double smoothDerivative(double x) const override;

private:
    struct Range;
    ExpressionActivation(const QString &expression,
                         std::unique_ptr<Expression::ExpressionFunction> function,
                         std::shared_ptr<const Range> analysed, SearchTimes times);

    /** The analysis of `range`: the one made at parse time when it covers it, else a new one. */
    std::shared_ptr<const Range> rangeFor(Interval range) const;
    static std::shared_ptr<Range> analyse(const Expression::ExpressionFunction &f, Interval range,
                                          std::chrono::milliseconds time);

    std::unique_ptr<Expression::ExpressionFunction> m_function;
    ExpressionParameters m_parameters;
    std::shared_ptr<const Range> m_base; ///< [−analysisLimit, analysisLimit]
    mutable std::shared_ptr<const Range> m_view; ///< the last other range asked for
    SearchTimes m_times;
    /** Breakpoints met at points outside both (a probe far out, exactly on a switch). */
    mutable std::map<double, Breakpoint> m_elsewhere;
    /** Points outside every complete list that a local analysis found to be no breakpoint. */
    mutable std::set<double> m_smoothElsewhere;
};
