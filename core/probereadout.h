#pragma once

#include "activation.h"

#include <QCoreApplication>
#include <QString>

/**
 * What the readout says about the probe: where it is, f there, and the slope, or, on a kink,
 * that the slope is undefined and which value the convention uses instead.
 */
class ProbeReadout
{
    Q_DECLARE_TR_FUNCTIONS(ProbeReadout)

public:
    /** `decimals` for x and f(x); see NumberFormat::decimalsFor. */
    static ProbeReadout describe(const Activation &activation, double x,
                                 DerivativeConvention convention, int decimals);

    QString position; ///< "x = 2.00"
    QString value;    ///< "f(x) = 2.00"
    QString slope;    ///< "f′(x) = 1", or "f′(0) undefined, set to 0" on a kink
    bool atKink = false;

    /** The whole readout on one line. */
    QString text() const;
};
