// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activation.h"

#include <algorithm>
#include <cmath>
#include <utility>

Activation::Activation(QString name, QString formula, std::vector<Breakpoint> breakpoints,
                       bool complete)
    : m_name(std::move(name))
    , m_formula(std::move(formula))
    , m_breakpoints(std::move(breakpoints))
    , m_complete(complete)
{
    for (const Breakpoint &b : m_breakpoints) {
        if (b.isKink())
            m_kinks.push_back(b);
    }
}

std::vector<Breakpoint> Activation::breakpointsIn(Interval range) const
{
    std::vector<Breakpoint> inside;
    for (const Breakpoint &b : m_breakpoints) {
        if (range.contains(b.x))
            inside.push_back(b);
    }
    return inside;
}

bool Activation::breakpointsCompleteIn(Interval) const
{
    return m_complete;
}

QString Activation::breakpointsCaveat(Interval range) const
{
    return breakpointsCompleteIn(range) ? QString()
                                        : Breakpoint::summary(breakpointsIn(range), false);
}

std::vector<Piece> Activation::piecesIn(Interval) const
{
    return {};
}

std::optional<Piece> Activation::pieceAt(double x) const
{
    // A breakpoint lies in no piece, whatever a breakpoint list cut short by its time budget
    // says about the pieces around it (abs(sin(x)) under a slow build: a kink inside a piece).
    if (knownBreakpointAt(x))
        return std::nullopt;
    for (const Piece &piece : piecesIn({ x, x })) {
        if (x > piece.domain.lower && x < piece.domain.upper)
            return piece;
    }
    return std::nullopt;
}

const Breakpoint *Activation::breakpointAt(double x) const
{
    const auto it = std::lower_bound(m_breakpoints.begin(), m_breakpoints.end(), x,
                                     [](const Breakpoint &b, double v) { return b.x < v; });
    return it != m_breakpoints.end() && it->x == x ? &*it : nullptr;
}

const Breakpoint *Activation::listedKink(double x) const
{
    const auto it = std::lower_bound(m_kinks.begin(), m_kinks.end(), x,
                                     [](const Breakpoint &b, double v) { return b.x < v; });
    return it != m_kinks.end() && it->x == x ? &*it : nullptr;
}

const Breakpoint *Activation::kinkAt(double x) const
{
    const Breakpoint *b = knownBreakpointAt(x); // beyond kinks()' range too, for an expression
    return b && b->isKink() ? b : nullptr;
}

const Breakpoint *Activation::knownBreakpointAt(double x) const
{
    // A kink listed by kinks() is one here too, even where that list was cut short by its time
    // budget and breakpointAt does not trust it: kinkAt, pieceAt and the derivatives agree
    // (abs(sin(x)) on a slow machine: a listed kink whose f′ was the autograd value).
    if (const Breakpoint *listed = listedKink(x))
        return listed;
    return breakpointAt(x);
}

double Activation::derivative(double x, DerivativeConvention convention) const
{
    if (const Breakpoint *b = knownBreakpointAt(x))
        return b->isKink() ? b->derivative(convention) : Breakpoint::none;
    return smoothDerivative(x);
}

QString Activation::autogradGap(double, Framework) const
{
    return {};
}

QString Activation::autogradCaveat(double, Framework) const
{
    return {};
}

double Activation::leftDerivative(double x) const
{
    if (const Breakpoint *b = knownBreakpointAt(x))
        return b->left;
    return smoothDerivative(x);
}

double Activation::rightDerivative(double x) const
{
    if (const Breakpoint *b = knownBreakpointAt(x))
        return b->right;
    return smoothDerivative(x);
}
