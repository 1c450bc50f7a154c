#include "relu.h"

#include <cmath>
#include <limits>

namespace {

std::vector<Piece> reluPieces()
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    Piece negative;
    negative.domain = {-inf, 0.0};
    negative.linear = true;
    negative.slope = 0.0;
    negative.derivativeLabel = QCoreApplication::translate("Relu", "f′(x) = 0");
    Piece positive;
    positive.domain = {0.0, inf};
    positive.linear = true;
    positive.slope = 1.0;
    positive.derivativeLabel = QCoreApplication::translate("Relu", "f′(x) = 1");
    return {negative, positive};
}

} // namespace

Relu::Relu()
    : Activation(QStringLiteral("relu"), QStringLiteral("max(0, x)"),
                 {Kink{0.0, 0.0, 1.0, 0.0}}, reluPieces())
{
}

double Relu::value(double x) const
{
    if (std::isnan(x))
        return x;
    return x > 0.0 ? x : 0.0;
}

double Relu::frameworkDerivative(double x) const
{
    if (std::isnan(x))
        return x;
    return x > 0.0 ? 1.0 : 0.0;
}
