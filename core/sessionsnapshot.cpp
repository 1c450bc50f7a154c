// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sessionsnapshot.h"

#include "activationcatalog.h"
#include "comparedfunction.h"
#include "expression/expressionparser.h"
#include "expressionactivation.h"
#include "numberformat.h"
#include "oneline.h"

#include <QSet>

#include <cmath>

bool SessionSnapshot::isValidGrid(const SampleGrid &grid)
{
    if (!std::isfinite(grid.from) || !std::isfinite(grid.to) || !std::isfinite(grid.step)
        || grid.from > grid.to || !(grid.step > 0))
        return false;
    return (grid.to - grid.from) / grid.step < SampleGrid::maximumPoints;
}

QStringList SessionSnapshot::withoutRepeats(const QStringList &specifications)
{
    QSet<QString> seen;
    seen.reserve(specifications.size());
    QStringList kept;
    for (const QString &specification : specifications) {
        if (!seen.contains(specification)) {
            seen.insert(specification);
            kept << specification;
        }
    }
    return kept;
}

QString SessionSnapshot::parameterProblem(const ExpressionParameters &parameters)
{
    if (parameters.size() > Expression::ExpressionParser::maximumParameters)
        return tr("at most %1, not %2")
            .arg(Expression::ExpressionParser::maximumParameters)
            .arg(parameters.size());
    QSet<QString> names;
    for (const ExpressionParameter &parameter : parameters) {
        if (const QString why = parameter.problem(); !why.isEmpty())
            return why;
        if (names.contains(parameter.name))
            return tr("%1 is given twice").arg(parameter.name);
        names.insert(parameter.name);
    }
    return {};
}

QList<SessionProblem> SessionSnapshot::problems() const
{
    QList<SessionProblem> found;
    const auto add = [&found](SessionField field, const QString &message) {
        found.append({ field, message });
    };
    QString error;
    const QString parametersProblem = parameterProblem(parameters);
    if (!parametersProblem.isEmpty())
        add(SessionField::Parameters, tr("parameters: %1").arg(parametersProblem));
    if (useExpression) {
        const auto parsed = ExpressionActivation::parse(
            expression, parametersProblem.isEmpty() ? parameters : ExpressionParameters());
        // Where, as the command line and the expression box say it: the first character is 1.
        if (!parsed.activation)
            add(SessionField::Expression,
                parsed.errorPosition >= 0 ? tr("expression: %1 (at character %2)")
                                                .arg(parsed.error)
                                                .arg(parsed.errorPosition + 1)
                                          : tr("expression: %1").arg(parsed.error));
    }
    // Shown, or kept behind an expression for when it goes: it must be a function either way.
    if (!ActivationCatalog::fromSpecification(function, &error))
        add(SessionField::Function, tr("function: %1").arg(error));
    const QStringList distinct = withoutRepeats(comparisons);
    if (distinct.size() > maximumComparisons) {
        add(SessionField::Comparisons,
            tr("compare: at most %1 functions, not %2")
                .arg(maximumComparisons)
                .arg(distinct.size()));
    } else {
        for (const QString &compared : distinct) {
            if (!ComparedFunction::resolve(compared, &error))
                add(SessionField::Comparisons, tr("compare: %1").arg(error));
        }
    }
    if (!std::isfinite(probeX))
        add(SessionField::Probe,
            tr("probe: %1 is not a finite number").arg(NumberFormat::roundTrip(probeX)));
    const double magnitude = std::abs(secantH);
    if (!(magnitude >= SessionLimits::minSecantH && magnitude <= SessionLimits::maxSecantH))
        add(SessionField::SecantH,
            tr("h: %1 is not between ±%2 and ±%3")
                .arg(NumberFormat::roundTrip(secantH),
                     NumberFormat::roundTrip(SessionLimits::minSecantH),
                     NumberFormat::roundTrip(SessionLimits::maxSecantH)));
    if (const QString why = SessionLimits::rangeProblem(xRange); !why.isEmpty())
        add(SessionField::View,
            tr("view: the x range [%1, %2] cannot be shown: %3")
                .arg(NumberFormat::roundTrip(xRange.lower), NumberFormat::roundTrip(xRange.upper),
                     why));
    if (const QString why = SessionLimits::rangeProblem(yRange); !why.isEmpty())
        add(SessionField::View,
            tr("view: the y range [%1, %2] cannot be shown: %3")
                .arg(NumberFormat::roundTrip(yRange.lower), NumberFormat::roundTrip(yRange.upper),
                     why));
    if (!isValidGrid(samples))
        add(SessionField::Samples,
            tr("samples: from %1 to %2 in steps of %3 is not a grid of at most %4 points")
                .arg(NumberFormat::roundTrip(samples.from), NumberFormat::roundTrip(samples.to),
                     NumberFormat::roundTrip(samples.step))
                .arg(SampleGrid::maximumPoints));
    return found;
}

SessionSnapshot SessionSnapshot::sanitized(QStringList *problems) const
{
    const SessionSnapshot defaults;
    SessionSnapshot s = *this;
    for (const SessionProblem &problem : this->problems()) {
        if (problems)
            *problems << OneLine::of(problem.message);
        switch (problem.field) {
        case SessionField::Function: s.function = defaults.function; break;
        case SessionField::Expression: s.useExpression = false; break;
        case SessionField::Parameters: s.parameters.clear(); break;
        case SessionField::Comparisons: break; // each one below
        case SessionField::Probe: s.probeX = defaults.probeX; break;
        case SessionField::SecantH: s.secantH = defaults.secantH; break;
        case SessionField::View:
            s.xRange = defaults.xRange;
            s.yRange = defaults.yRange;
            break;
        case SessionField::Samples: s.samples = defaults.samples; break;
        }
    }
    s.comparisons.clear();
    // The function is not compared with itself (ExplorerState drops it too).
    std::shared_ptr<const Activation> shown = s.useExpression
        ? ExpressionActivation::parse(s.expression, s.parameters).activation
        : ActivationCatalog::fromSpecification(s.function, nullptr);
    const QString shownSpecification = shown ? ComparedFunction::frozen(*shown) : QString();
    for (const QString &compared : withoutRepeats(comparisons)) {
        if (s.comparisons.size() == maximumComparisons)
            break; // the rest was reported above
        const auto activation = ComparedFunction::resolve(compared, nullptr);
        if (activation && activation->specification() != shownSpecification)
            s.comparisons << compared;
    }
    return s;
}
