// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "builtinactivation.h"

#include "activationcatalog.h"
#include "numberformat.h"

#include <QStringList>

#include <cmath>
#include <utility>

namespace {

std::vector<Kink> kinksAt(const std::vector<Piece> &pieces, const std::vector<double> &xs,
                          const RealFunction &derivative)
{
    std::vector<Kink> kinks;
    for (double x : xs) {
        Kink kink;
        kink.x = x;
        kink.framework = derivative(x);
        for (const Piece &piece : pieces) {
            if (piece.domain.upper == x)
                kink.left = piece.slopeAtUpper;
            if (piece.domain.lower == x)
                kink.right = piece.slopeAtLower;
        }
        kinks.push_back(kink);
    }
    return kinks;
}

} // namespace

BuiltinActivation::BuiltinActivation(const ActivationFamily &family, ParameterValues values,
                                     QString formula, RealFunction value, RealFunction derivative,
                                     std::vector<Piece> pieces, const std::vector<double> &kinkXs)
    : Activation(family.name, std::move(formula), kinksAt(pieces, kinkXs, derivative), pieces)
    , m_family(family)
    , m_values(std::move(values))
    , m_value(std::move(value))
    , m_derivative(std::move(derivative))
{ }

QString BuiltinActivation::specification() const
{
    return ActivationCatalog::specification(m_family, m_values);
}

QString BuiltinActivation::title() const
{
    QStringList changed;
    for (std::size_t i = 0; i < m_values.size() && i < m_family.parameters.size(); ++i) {
        const ParameterSpec &spec = m_family.parameters[i];
        if (m_values[i] == spec.defaultValue)
            continue;
        changed << spec.name + QLatin1Char('=')
                + (spec.isChoice() ? spec.choices.value(int(m_values[i]))
                                   : NumberFormat::compact(m_values[i]));
    }
    return changed.isEmpty()
        ? name()
        : name() + QLatin1Char('(') + changed.join(QLatin1String(", ")) + QLatin1Char(')');
}

PieceBuilder &PieceBuilder::linear(double upper, double slope, double intercept,
                                   const QString &label)
{
    Piece piece;
    piece.domain = { m_lower, upper };
    piece.linear = true;
    piece.slope = slope;
    piece.intercept = intercept;
    piece.slopeAtLower = std::isfinite(m_lower) ? slope : std::numeric_limits<double>::quiet_NaN();
    piece.slopeAtUpper = std::isfinite(upper) ? slope : std::numeric_limits<double>::quiet_NaN();
    piece.derivativeLabel = label;
    m_pieces.push_back(piece);
    m_lower = upper;
    return *this;
}

PieceBuilder &PieceBuilder::curved(double upper, const QString &label, const RealFunction &slope)
{
    Piece piece;
    piece.domain = { m_lower, upper };
    piece.slopeAtLower
        = std::isfinite(m_lower) ? slope(m_lower) : std::numeric_limits<double>::quiet_NaN();
    piece.slopeAtUpper
        = std::isfinite(upper) ? slope(upper) : std::numeric_limits<double>::quiet_NaN();
    piece.derivativeLabel = label;
    m_pieces.push_back(piece);
    m_lower = upper;
    return *this;
}
