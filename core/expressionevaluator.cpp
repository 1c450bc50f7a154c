// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "expressionevaluator.h"

#include "stablemath.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>
#include <muParser.h>

namespace {

double relu(double x)
{
    return x > 0 ? x : (std::isnan(x) ? x : 0.0);
}

double sigmoid(double x)
{
    return StableMath::sigmoid(x);
}

double softplus(double x)
{
    return StableMath::softplus(x);
}

double erfFunction(double x)
{
    return std::erf(x);
}

double erfcFunction(double x)
{
    return std::erfc(x);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ExpressionEvaluator", text);
}

/** A message in the lesson's words for muparser's error codes; muparser's own otherwise. */
QString describe(const mu::ParserError &error)
{
    const QString token = QString::fromStdString(error.GetToken()).trimmed();
    switch (error.GetCode()) {
    case mu::ecUNASSIGNABLE_TOKEN: return tr("unknown name '%1'; the variable is x").arg(token);
    case mu::ecUNEXPECTED_EOF: return tr("the expression ends too early");
    case mu::ecMISSING_PARENS: return tr("a parenthesis is not closed");
    case mu::ecUNEXPECTED_PARENS: return tr("unexpected parenthesis");
    case mu::ecUNEXPECTED_OPERATOR: return tr("unexpected operator '%1'").arg(token);
    case mu::ecUNEXPECTED_ARG_SEP: return tr("unexpected comma");
    case mu::ecTOO_MANY_PARAMS: return tr("too many arguments for %1").arg(token);
    case mu::ecTOO_FEW_PARAMS: return tr("too few arguments for %1").arg(token);
    case mu::ecEXPRESSION_TOO_LONG: return tr("the expression is too long");
    case mu::ecINVALID_CHARACTERS_FOUND:
        return tr("the expression contains characters that are not allowed");
    default: break;
    }
    QString message = QString::fromStdString(error.GetMsg()).trimmed();
    if (message.endsWith(QLatin1Char('.')))
        message.chop(1);
    return message.isEmpty() ? tr("the expression is not valid")
                             : message.left(1).toLower() + message.mid(1);
}

} // namespace

ExpressionEvaluator::ExpressionEvaluator()
    : m_parser(std::make_unique<mu::Parser>())
    , m_x(std::make_unique<double>(0.0))
{
    m_parser->DefineVar("x", m_x.get());
    m_parser->DefineFun("relu", relu);
    m_parser->DefineFun("sigmoid", sigmoid);
    m_parser->DefineFun("softplus", softplus);
    m_parser->DefineFun("erf", erfFunction);
    m_parser->DefineFun("erfc", erfcFunction);
}

ExpressionEvaluator::~ExpressionEvaluator() = default;

bool ExpressionEvaluator::setExpression(const QString &expression, QString *error, int *position)
{
    // Only what muparser's grammar can use: its messages for anything else name the whole rest of
    // the text, and its positions count UTF-8 bytes, not the characters a person sees.
    static const QString operators = QStringLiteral("_.,()+-*/^?:<>=!&| \t");
    for (qsizetype i = 0; i < expression.size(); ++i) {
        const QChar c = expression.at(i);
        const bool allowed = c.unicode() < 0x80 && (c.isLetterOrNumber() || operators.contains(c));
        if (!allowed) {
            const QString shown = c.isPrint()
                ? QString(c)
                : QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            *error = tr("unexpected character '%1'").arg(shown);
            *position = int(i);
            return false;
        }
    }
    try {
        m_parser->SetExpr(expression.toStdString());
        // muparser finishes parsing on the first evaluation; do it now, so every error shows here.
        *m_x = 0.0;
        m_parser->Eval();
        if (m_parser->GetNumResults() != 1) {
            *error = tr("write one expression, without commas between expressions");
            *position = -1;
            return false;
        }
        return true;
    } catch (const mu::ParserError &e) {
        *error = describe(e);
        *position = e.GetPos() >= 0 && e.GetPos() <= expression.size() ? e.GetPos() : -1;
    } catch (const std::exception &e) {
        *error = tr("the expression is not valid: %1").arg(QString::fromLocal8Bit(e.what()));
        *position = -1;
    }
    return false;
}

double ExpressionEvaluator::operator()(double x) const
{
    try {
        *m_x = x;
        return m_parser->Eval();
    } catch (...) {
        return std::numeric_limits<double>::quiet_NaN();
    }
}
