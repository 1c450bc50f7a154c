// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "comparedfunction.h"

#include "activationcatalog.h"
#include "expressionactivation.h"
#include "numberformat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ComparedFunction {

namespace {

/** "relu", "leaky_relu:negative_slope=0.1": a catalog's name, with its parameters or without. */
bool looksLikeCatalogName(const QString &specification)
{
    static const QRegularExpression shape(QStringLiteral("^\\s*[A-Za-z_][A-Za-z0-9_]*\\s*(:.*)?$"));
    return specification.trimmed() != QLatin1String("x") && shape.match(specification).hasMatch();
}

} // namespace

std::shared_ptr<const Activation> resolve(const QString &specification, QString *error)
{
    QString catalogError;
    if (auto builtIn = ActivationCatalog::fromSpecification(specification, &catalogError))
        return builtIn;
    // "swish" is an unknown function, not a formula with the free name swish.
    if (looksLikeCatalogName(specification)) {
        if (error)
            *error = catalogError;
        return nullptr;
    }
    const auto parsed = ExpressionActivation::parse(specification);
    if (!parsed.activation) {
        if (error)
            *error = parsed.errorPosition >= 0
                ? QCoreApplication::translate("ComparedFunction", "%1 (at character %2)")
                      .arg(parsed.error)
                      .arg(parsed.errorPosition + 1)
                : parsed.error;
        return nullptr;
    }
    if (!parsed.activation->parameters().empty()) {
        if (error)
            *error
                = QCoreApplication::translate(
                      "ComparedFunction",
                      "'%1' has the free name %2, which a compared function cannot have: "
                      "write its value instead")
                      .arg(specification.trimmed(), parsed.activation->parameters().front().name);
        return nullptr;
    }
    return parsed.activation;
}

QString frozen(const Activation &f)
{
    const auto *expression = dynamic_cast<const ExpressionActivation *>(&f);
    if (!expression || expression->parameters().empty())
        return f.specification();
    const QString formula = expression->specification();
    // Names as the parser reads them; a letter right after a digit or a point belongs to a
    // number ("1e5"), not to a name.
    static const QRegularExpression name(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"));
    QString out;
    qsizetype last = 0;
    for (const auto &match : name.globalMatch(formula)) {
        const qsizetype at = match.capturedStart();
        if (at > 0 && (formula[at - 1].isDigit() || formula[at - 1] == QLatin1Char('.')))
            continue;
        for (const ExpressionParameter &p : expression->parameters()) {
            if (p.name != match.captured(0))
                continue;
            const QString value = NumberFormat::roundTrip(p.value);
            out += formula.mid(last, at - last)
                + (p.value < 0 || value.startsWith(QLatin1Char('-'))
                       ? QLatin1Char('(') + value + QLatin1Char(')')
                       : value);
            last = match.capturedEnd();
            break;
        }
    }
    return out + formula.mid(last);
}

} // namespace ComparedFunction
