// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activation.h"

#include <cmath>
#include <utility>

Activation::Activation(QString name, QString formula, std::vector<Kink> kinks,
                       std::vector<Piece> pieces)
    : m_name(std::move(name))
    , m_formula(std::move(formula))
    , m_kinks(std::move(kinks))
    , m_pieces(std::move(pieces))
{ }

const Kink *Activation::kinkAt(double x) const
{
    for (const Kink &kink : m_kinks) {
        if (kink.x == x)
            return &kink;
    }
    return nullptr;
}

const Piece *Activation::pieceAt(double x) const
{
    for (const Piece &piece : m_pieces) {
        if (x > piece.domain.lower && x < piece.domain.upper)
            return &piece;
    }
    return nullptr;
}

double Activation::derivative(double x, DerivativeConvention convention) const
{
    if (const Kink *kink = kinkAt(x))
        return kink->derivative(convention);
    return frameworkDerivative(x);
}

double Activation::leftDerivative(double x) const
{
    if (const Kink *kink = kinkAt(x))
        return kink->left;
    for (const Piece &piece : m_pieces) {
        if (piece.domain.upper == x && std::isfinite(x))
            return piece.slopeAtUpper;
    }
    return frameworkDerivative(x);
}

double Activation::rightDerivative(double x) const
{
    if (const Kink *kink = kinkAt(x))
        return kink->right;
    for (const Piece &piece : m_pieces) {
        if (piece.domain.lower == x && std::isfinite(x))
            return piece.slopeAtLower;
    }
    return frameworkDerivative(x);
}
