// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "quotientaxis.h"

#include <algorithm>
#include <cmath>

namespace {

/** The axis coordinate of `smallest`: the inner end, then half a decade's gap. */
constexpr double smallestAt = QuotientAxis::innerEnd + QuotientAxis::innerGap;

double reachAt()
{
    return smallestAt + std::log10(QuotientAxis::reach / QuotientAxis::smallest);
}

} // namespace

double QuotientAxis::toAxis(double h) const
{
    if (m_scale == Scale::Linear)
        return h;
    const double side = std::signbit(h) ? -1.0 : 1.0;
    if (h == 0.0)
        return side * innerEnd;
    const double magnitude = std::abs(h);
    return side * (smallestAt + std::log10(magnitude / smallest));
}

double QuotientAxis::toH(double axis) const
{
    if (m_scale == Scale::Linear)
        return axis;
    const double side = axis < 0 ? -1.0 : 1.0;
    const double decades = std::max(std::abs(axis) - smallestAt, 0.0);
    return side * smallest * std::pow(10.0, decades);
}

double QuotientAxis::limitAt(int side) const
{
    return m_scale == Scale::Linear ? 0.0 : (side < 0 ? -innerEnd : innerEnd);
}

Interval QuotientAxis::range() const
{
    const double end = m_scale == Scale::Linear ? reach : reachAt();
    return { -1.05 * end, 1.05 * end };
}

std::vector<double> QuotientAxis::samples(int perSide) const
{
    std::vector<double> hs;
    if (perSide < 2)
        return hs;
    hs.reserve(std::size_t(perSide) + 24);
    if (m_scale == Scale::Linear) {
        std::vector<double> tail;
        for (double h = reach / perSide / 2; h >= smallest; h /= 2)
            tail.push_back(h);
        hs.assign(tail.rbegin(), tail.rend());
    }
    for (int i = 0; i < perSide; ++i) {
        if (m_scale == Scale::Linear) {
            hs.push_back(reach * (i + 1) / perSide);
        } else {
            const double at = smallestAt + (reachAt() - smallestAt) * i / (perSide - 1);
            hs.push_back(toH(at));
        }
    }
    return hs;
}

std::vector<QuotientAxis::Tick> QuotientAxis::ticks() const
{
    std::vector<Tick> ticks;
    if (m_scale == Scale::Linear)
        return ticks;
    const QString minus = QStringLiteral("−");
    ticks.push_back({ -innerEnd, QStringLiteral("0⁻") });
    ticks.push_back({ innerEnd, QStringLiteral("0⁺") });
    const struct
    {
        double h;
        const char *label;
    } decades[] = { { 1e-6, "10⁻⁶" }, { 1e-4, "10⁻⁴" }, { 1e-2, "10⁻²" }, { 1.0, "1" } };
    for (const auto &decade : decades) {
        const QString label = QString::fromUtf8(decade.label);
        ticks.push_back({ toAxis(decade.h), label });
        ticks.push_back({ toAxis(-decade.h), minus + label });
    }
    std::sort(ticks.begin(), ticks.end(), [](const Tick &a, const Tick &b) { return a.at < b.at; });
    return ticks;
}

QString QuotientAxis::key(Scale scale)
{
    return scale == Scale::Linear ? QStringLiteral("linear") : QStringLiteral("log");
}

std::optional<QuotientAxis::Scale> QuotientAxis::fromKey(const QString &key)
{
    for (Scale scale : { Scale::Linear, Scale::SymmetricLog }) {
        if (key.compare(QuotientAxis::key(scale), Qt::CaseInsensitive) == 0)
            return scale;
    }
    return std::nullopt;
}
