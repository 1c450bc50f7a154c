// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "relunetwork.h"

#include "numberformat.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

double ReluNetwork::activationDerivative(double z) const
{
    if (z > 0)
        return 1.0;
    if (z < 0)
        return negativeSlope;
    return derivativeAtZero;
}

double ReluNetwork::value(double x) const
{
    double sum = c;
    for (const Unit &u : units)
        sum += u.a * activation(u.w * x + u.b);
    return sum;
}

namespace {

/**
 * The slope in x of unit u just to the `side` (−1 left, +1 right) of x, from where its kink lies
 * (−b/w, as kinks() lists it), not from the sign of w·x + b, which rounding can make non-zero at
 * the kink's own double.
 */
double unitSlope(const ReluNetwork::Unit &u, double x, int side, double negativeSlope)
{
    if (u.w == 0.0)
        return 0.0;
    const double kink = -u.b / u.w;
    // Active (act′ = 1) on the side where w·(x − kink) > 0.
    const double offset = x == kink ? side : x - kink;
    const bool active = (u.w > 0) == (offset > 0);
    return u.a * u.w * (active ? 1.0 : negativeSlope);
}

} // namespace

double ReluNetwork::leftSlope(double x) const
{
    double sum = 0.0;
    for (const Unit &u : units)
        sum += unitSlope(u, x, -1, negativeSlope);
    return sum;
}

double ReluNetwork::rightSlope(double x) const
{
    double sum = 0.0;
    for (const Unit &u : units)
        sum += unitSlope(u, x, +1, negativeSlope);
    return sum;
}

double ReluNetwork::slope(double x) const
{
    return rightSlope(x);
}

std::vector<double> ReluNetwork::kinks() const
{
    std::vector<double> candidates;
    for (const Unit &u : units) {
        if (u.w != 0.0 && u.a != 0.0 && negativeSlope != 1.0)
            candidates.push_back(-u.b / u.w);
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    std::vector<double> result;
    for (const double x : candidates) {
        if (!std::isfinite(x))
            continue;
        // Each unit whose kink this is changes f's slope by aᵢ·|wᵢ|·(1 − negativeSlope); they
        // can cancel (relu(x) − relu(x)), and then f is straight here.
        double change = 0.0;
        for (const Unit &u : units) {
            if (u.w != 0.0 && -u.b / u.w == x)
                change += u.a * std::abs(u.w) * (1.0 - negativeSlope);
        }
        if (change != 0.0)
            result.push_back(x);
    }
    return result;
}

int ReluNetwork::pieceCount(Interval range) const
{
    int inside = 0;
    for (const double x : kinks()) {
        if (x > range.lower && x < range.upper)
            ++inside;
    }
    return inside + 1;
}

QString ReluNetwork::formula() const
{
    // Round-trip digits, so the expression engine analyses exactly these weights.
    const auto n = [](double v) { return NumberFormat::roundTrip(v); };
    QStringList terms;
    for (const Unit &u : units) {
        const QString z = QStringLiteral("(%1*x+%2)").arg(n(u.w), n(u.b));
        const QString act = negativeSlope == 0.0
            ? QStringLiteral("max(0,%1)").arg(z)
            : QStringLiteral("max(%1,%2*%1)").arg(z, n(negativeSlope));
        terms << QStringLiteral("%1*%2").arg(n(u.a), act);
    }
    terms << n(c);
    return terms.join(QLatin1Char('+'));
}

std::vector<double> ReluNetwork::parameters() const
{
    std::vector<double> p;
    p.reserve(units.size() * 3 + 1);
    for (const Unit &u : units) {
        p.push_back(u.w);
        p.push_back(u.b);
        p.push_back(u.a);
    }
    p.push_back(c);
    return p;
}

void ReluNetwork::setParameters(const std::vector<double> &p)
{
    if (p.size() != units.size() * 3 + 1)
        return;
    for (std::size_t i = 0; i < units.size(); ++i) {
        units[i].w = p[3 * i];
        units[i].b = p[3 * i + 1];
        units[i].a = p[3 * i + 2];
    }
    c = p.back();
}

double ReluNetwork::loss(const std::vector<double> &xs, const std::vector<double> &ys) const
{
    if (xs.empty() || xs.size() != ys.size())
        return 0.0;
    double sum = 0.0;
    for (std::size_t j = 0; j < xs.size(); ++j) {
        const double r = value(xs[j]) - ys[j];
        sum += 0.5 * r * r;
    }
    return sum / double(xs.size());
}

ReluNetwork::Gradient ReluNetwork::lossGradient(const std::vector<double> &xs,
                                                const std::vector<double> &ys) const
{
    Gradient g;
    g.values.assign(units.size() * 3 + 1, 0.0);
    if (xs.empty() || xs.size() != ys.size())
        return g;
    for (std::size_t j = 0; j < xs.size(); ++j) {
        const double x = xs[j];
        // Forward: every unit's pre-activation z and output, then f.
        const double f = value(x);
        const double dLdf = f - ys[j];
        for (std::size_t i = 0; i < units.size(); ++i) {
            const Unit &u = units[i];
            const double z = u.w * x + u.b;
            if (z == 0.0)
                ++g.exactZeros;
            const double dLdz = dLdf * u.a * activationDerivative(z);
            g.values[3 * i] += dLdz * x; // w
            g.values[3 * i + 1] += dLdz; // b
            g.values[3 * i + 2] += dLdf * activation(z); // a
        }
        g.values.back() += dLdf; // c
    }
    for (double &v : g.values)
        v /= double(xs.size());
    return g;
}

ReluNetwork::Gradient ReluNetwork::descend(const std::vector<double> &xs,
                                           const std::vector<double> &ys, double learningRate)
{
    const Gradient g = lossGradient(xs, ys);
    std::vector<double> p = parameters();
    for (std::size_t k = 0; k < p.size(); ++k)
        p[k] -= learningRate * g.values[k];
    setParameters(p);
    return g;
}

std::vector<int> ReluNetwork::deadUnits(const std::vector<double> &xs) const
{
    std::vector<int> dead;
    if (negativeSlope != 0.0 || xs.empty())
        return dead;
    for (std::size_t i = 0; i < units.size(); ++i) {
        const Unit &u = units[i];
        const bool flatEverywhere
            = std::all_of(xs.begin(), xs.end(), [&u](double x) { return u.w * x + u.b < 0.0; });
        if (flatEverywhere)
            dead.push_back(int(i));
    }
    return dead;
}

ReluNetwork ReluNetwork::absoluteValue()
{
    ReluNetwork net;
    net.units = { { 1.0, 0.0, 1.0 }, { -1.0, 0.0, 1.0 } };
    return net;
}

ReluNetwork ReluNetwork::hat(double left, double right)
{
    // relu(x − l) − 2·relu(x − m) + relu(x − r), scaled to peak at 1 at m = (l + r)/2.
    const double middle = 0.5 * (left + right);
    const double height = 1.0 / (middle - left);
    ReluNetwork net;
    net.units
        = { { 1.0, -left, height }, { 1.0, -middle, -2.0 * height }, { 1.0, -right, height } };
    return net;
}
