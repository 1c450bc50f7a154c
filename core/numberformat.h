#pragma once

#include <QString>

/** How the lesson writes numbers, in the UI and on the command line. */
namespace NumberFormat {

/**
 * The shortest text that reads back as exactly the same double (std::to_chars): "0.1", "1e-09",
 * "-0", "4". NaN is "nan", infinities are "inf" and "-inf".
 */
QString roundTrip(double value);

/** Fixed-point with the given decimals; never prints a negative zero ("-0.00" becomes "0.00"). */
QString fixed(double value, int decimals);

/**
 * A value for a reader: integers without decimals ("1", "0"), others with up to 6 significant
 * digits ("0.5", "0.707107"). Negative zero reads "0".
 */
QString compact(double value);

/**
 * Decimals that resolve one step of the given size (world units per pixel), at least 2 and at
 * most 12, so a readout shows as much as the mouse can actually select.
 */
int decimalsFor(double resolution);

} // namespace NumberFormat
