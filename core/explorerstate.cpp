#include "explorerstate.h"

#include "relu.h"

#include <cmath>
#include <utility>

ExplorerState::ExplorerState(QObject *parent)
    : QObject(parent)
    , m_activation(std::make_shared<Relu>())
{
}

ExplorerState::~ExplorerState() = default;

bool ExplorerState::isValidRange(Interval range)
{
    // QCustomPlot refuses ranges outside these bounds; so do we, before an axis sees them.
    constexpr double minWidth = 1e-280;
    constexpr double maxMagnitude = 1e250;
    return std::isfinite(range.lower) && std::isfinite(range.upper)
        && std::abs(range.lower) < maxMagnitude && std::abs(range.upper) < maxMagnitude
        && range.width() > minWidth && std::isfinite(range.width());
}

void ExplorerState::setActivation(std::shared_ptr<const Activation> activation)
{
    if (!activation || activation == m_activation)
        return;
    m_activation = std::move(activation);
    Q_EMIT activationChanged();
    Q_EMIT probeChanged(m_probeX);
}

void ExplorerState::setProbeX(double x)
{
    if (!std::isfinite(x) || x == m_probeX)
        return;
    m_probeX = x == 0.0 ? 0.0 : x; // -0 and +0 are the same probe position
    Q_EMIT probeChanged(m_probeX);
}

void ExplorerState::dragProbeTo(double x, const AxisMapping &xAxis)
{
    if (!std::isfinite(x))
        return;
    const double pixel = xAxis.toPixel(x);
    const Kink *nearest = nullptr;
    double nearestDistance = snapPixels;
    for (const Kink &kink : m_activation->kinks()) {
        const double distance = std::abs(xAxis.toPixel(kink.x) - pixel);
        if (distance <= nearestDistance) {
            nearest = &kink;
            nearestDistance = distance;
        }
    }
    setProbeX(nearest ? nearest->x : m_xRange.clamp(x));
}

void ExplorerState::setConvention(DerivativeConvention convention)
{
    if (convention == m_convention)
        return;
    m_convention = convention;
    Q_EMIT conventionChanged(convention);
}

bool ExplorerState::setView(Interval xRange, Interval yRange)
{
    if (!isValidRange(xRange) || !isValidRange(yRange))
        return false;
    if (xRange == m_xRange && yRange == m_yRange)
        return true;
    m_xRange = xRange;
    m_yRange = yRange;
    Q_EMIT viewChanged();
    return true;
}

void ExplorerState::resetView()
{
    setView(defaultXRange(), defaultYRange());
}
