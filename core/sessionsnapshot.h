// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "derivativeconvention.h"
#include "differencequotient.h"
#include "expressionparameter.h"
#include "interval.h"
#include "quotientaxis.h"
#include "sessionlimits.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <tuple>
#include <utility>

/** The notebook's sample points: x = from, from + step, ... up to to. */
struct SampleGrid
{
    double from = -4.0;
    double to = 4.0;
    double step = 1.0;

    /** More markers than this would hide the curve. */
    static constexpr int maximumPoints = SessionLimits::maximumSamplePoints;

    friend bool operator==(const SampleGrid &a, const SampleGrid &b)
    {
        return a.from == b.from && a.to == b.to && a.step == b.step;
    }
    friend bool operator!=(const SampleGrid &a, const SampleGrid &b) { return !(a == b); }
};

/** The parts of a session that can be unusable on their own, each reset on its own. */
enum class SessionField {
    Function, ///< the catalog specification
    Expression, ///< the expression, when it is the function shown
    Parameters, ///< the expression's parameters: names, values and ranges
    Comparisons, ///< one of the compared functions
    Probe,
    SecantH,
    View, ///< the x and y ranges, together
    Samples,
};

/** What is wrong with one field of a snapshot: the field for code, the message for a person. */
struct SessionProblem
{
    SessionField field;
    QString message; ///< one line, translated, naming the field
};

/**
 * Everything a session remembers, as plain values: what the settings and lesson files store, and
 * what ExplorerState::snapshot() and restore() exchange. Defaults are the first start.
 */
struct SessionSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(SessionSnapshot)

public:
    static constexpr int maximumComparisons = SessionLimits::maximumComparisons;

    QString function = QStringLiteral("relu"); ///< a catalog specification
    QString expression; ///< the expression box's text, kept even when unused
    bool useExpression = false; ///< the function shown is the expression
    /** The expression's parameters (free names), with their values and slider ranges. */
    ExpressionParameters parameters;
    QStringList comparisons; ///< ComparedFunction specifications: catalog ones or formulas
    bool comparedValues = false; ///< the readout lists each compared function's f and f′
    DerivativeConvention convention = DerivativeConvention::PyTorch;
    double probeX = SessionLimits::defaultProbeX;
    SecantMode secantMode = SecantMode::Off;
    double secantH = SessionLimits::defaultSecantH; ///< the secant's h
    Interval xRange = SessionLimits::defaultXRange;
    Interval yRange = SessionLimits::defaultYRange;
    bool equalScales = false; ///< the y range follows the x range, so a slope of 1 is 45°
    bool derivativePanel = true;
    bool quotientPanel = false; ///< the difference-quotient panel
    QuotientAxis::Scale quotientScale = QuotientAxis::Scale::Linear;
    bool samplePoints = false;
    bool valuesTable = false;
    SampleGrid samples;

    /**
     * What is wrong with the values, one problem for each unusable value: an unknown function, an
     * invalid expression, a range that cannot be shown, h out of its range. Empty when all is
     * well. Code decides by the field, never by the (translated) message.
     */
    QList<SessionProblem> problems() const;

    /**
     * A copy in which each unusable value is back at its default and the rest is kept: a bad
     * function gives ReLU, a bad expression is kept as text but not shown, a bad comparison is
     * dropped alone. Each problem is appended to `problems` (when given) once.
     */
    SessionSnapshot sanitized(QStringList *problems = nullptr) const;

    static bool isValidGrid(const SampleGrid &grid);
    /** Why a list of parameters cannot be used (too many, a bad one, a name twice); or empty. */
    static QString parameterProblem(const ExpressionParameters &parameters);
    /** `specifications` without repeats, in their first order; linear in their number. */
    static QStringList withoutRepeats(const QStringList &specifications);

    /** Exactly equal, field by field (sessionFields): the same doubles, where they are numbers. */
    friend bool operator==(const SessionSnapshot &a, const SessionSnapshot &b);
    friend bool operator!=(const SessionSnapshot &a, const SessionSnapshot &b) { return !(a == b); }
};

/**
 * The one list of a session's fields, each with the name the files give it: the lesson's JSON
 * key, and after "session/" the settings key. Two kinds are written as several values: a range
 * ("x") as xMin and xMax in settings and as "view": {"x": [from, to]} in a lesson, the sample
 * grid as samplesFrom, samplesTo and samplesStep, or "samples": {"from", "to", "step"}.
 *
 * Equality, the settings file, the lesson file and the fuzzers' comparison all walk this list, so
 * adding a field to SessionSnapshot is one line here (and its widget); a field of a new type
 * fails to compile until each of them knows the type.
 */
inline auto sessionFields()
{
    using S = SessionSnapshot;
    return std::make_tuple(
        std::pair { "function", &S::function }, std::pair { "expression", &S::expression },
        std::pair { "useExpression", &S::useExpression },
        std::pair { "parameters", &S::parameters }, std::pair { "compare", &S::comparisons },
        std::pair { "compareValues", &S::comparedValues },
        std::pair { "convention", &S::convention }, std::pair { "probe", &S::probeX },
        std::pair { "secant", &S::secantMode }, std::pair { "h", &S::secantH },
        std::pair { "x", &S::xRange }, std::pair { "y", &S::yRange },
        std::pair { "equalScales", &S::equalScales },
        std::pair { "derivativePanel", &S::derivativePanel },
        std::pair { "quotientPanel", &S::quotientPanel },
        std::pair { "quotientScale", &S::quotientScale },
        std::pair { "samplePoints", &S::samplePoints },
        std::pair { "valuesTable", &S::valuesTable }, std::pair { "samples", &S::samples });
}

/** Calls `visit(name, member)` for each field of sessionFields(), in its order. */
template<typename Visit> void forEachSessionField(Visit &&visit)
{
    std::apply([&visit](auto... field) { (visit(field.first, field.second), ...); },
               sessionFields());
}

inline bool operator==(const SessionSnapshot &a, const SessionSnapshot &b)
{
    bool equal = true;
    forEachSessionField(
        [&](const char *, auto member) { equal = equal && a.*member == b.*member; });
    return equal;
}
