#include "probereadout.h"

#include "numberformat.h"

ProbeReadout ProbeReadout::describe(const Activation &activation, double x,
                                    DerivativeConvention convention, int decimals)
{
    ProbeReadout readout;
    readout.position = tr("x = %1").arg(NumberFormat::fixed(x, decimals));
    readout.value = tr("f(x) = %1").arg(NumberFormat::fixed(activation.value(x), decimals));
    if (const Kink *kink = activation.kinkAt(x)) {
        readout.atKink = true;
        readout.slope = kink->legendLabel(convention);
    } else {
        readout.slope = tr("f′(x) = %1").arg(NumberFormat::compact(activation.derivative(x)));
    }
    return readout;
}

QString ProbeReadout::text() const
{
    static const QString gap = QStringLiteral("     ");
    return position + gap + value + gap + slope;
}
