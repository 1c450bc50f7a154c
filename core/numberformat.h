// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QLocale;

/**
 * How the lesson writes numbers, in the UI and on the command line. What a reader reads (fixed,
 * compact) takes the decimal separator of the default QLocale, which follows the UI language
 * ("−2,50" in German and French); what a program reads back (roundTrip, parse: CSV, settings,
 * session and lesson files, the command line) is C notation in every locale.
 */
namespace NumberFormat {

/**
 * The shortest text that reads back as exactly the same double (std::to_chars): "0.1", "1e-09",
 * "-0", "4". NaN is "nan", infinities are "inf" and "-inf".
 */
QString roundTrip(double value);

/**
 * Fixed-point with the given decimals, for a reader: a true minus sign ("−2.00"), and never a
 * negative zero ("-0.00" becomes "0.00"). From 1e15 on, where a double has no decimals left,
 * 15 significant digits: "1e+100".
 */
QString fixed(double value, int decimals);
/** fixed() with `locale`'s decimal separator instead of the default locale's. */
QString fixed(double value, int decimals, const QLocale &locale);

/**
 * A value for a reader: integers without decimals ("1", "0"), others with up to 6 significant
 * digits ("0.5", "0.707107"), with a true minus sign ("−3"), and powers of ten written out
 * ("3.05176·10⁻⁵", "10⁻⁶", never "3.05176e-05"). Negative zero reads "0", infinities "∞" and
 * "−∞", and NaN "undefined": a reader never sees "nan".
 */
QString compact(double value);
/**
 * compact() with `locale`'s decimal separator: QLocale::c() where numbers stand between commas,
 * as the arguments of a formula ("min(max(x, −0.5), 6)").
 */
QString compact(double value, const QLocale &locale);

/**
 * roundTrip()'s digits for a reader, as a tooltip shows a table's exact value: the default
 * locale's decimal separator and a true minus sign ("−0,1", "1e−09" in German); NaN and the
 * infinities as compact() writes them.
 */
QString exact(double value);

/**
 * A closed interval for a reader, its ends written by compact(): "[0.5, 1]", and where the
 * decimal separator is a comma, a semicolon between the ends, as German and French write it:
 * "[0,5; 1]", "[0,5 ; 1]" (with a no-break space in French).
 */
QString interval(double lower, double upper);
/** interval() in `locale`. */
QString interval(double lower, double upper, const QLocale &locale);

/**
 * Decimals for a readout at the given resolution (world units per pixel): the last digit moves
 * every 1 to 10 pixels, so the readout shows what the mouse can select and no noise beyond it.
 * At least 2, at most 12.
 */
int decimalsFor(double resolution);

/**
 * Reads a number written in C notation, as roundTrip and printf("%.17g") write it: "-4", "1e-09",
 * "inf", "nan", "-nan" (glibc's), whatever the user's locale. A number too small for a double
 * becomes the nearest double (1e-400 is 0), one too large becomes ±inf, as strtod does: they are
 * numbers, and the caller decides whether an infinite one will do. `ok` is false only for text
 * that is not a number at all (or has anything after it).
 */
double parse(const QString &text, bool *ok);

} // namespace NumberFormat
