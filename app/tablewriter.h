// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "activation.h"
#include "differencequotient.h"

#include <cstdio>
#include <vector>

/**
 * Prints the value table as CSV: a header "x,f,df,df_left,df_right,kind", then one row per x;
 * the breakpoints, "x,kind,df_left,df_right"; and the difference quotients,
 * "h,q_left,q_right,central". Numbers are the shortest text that reads back
 * as the same double, so the table round-trips.
 */
class TableWriter
{
public:
    /** Returns false if writing to `out` failed (a closed pipe, a full disk). */
    static bool write(std::FILE *out, const Activation &activation, const std::vector<double> &xs,
                      DerivativeConvention convention);
    /** --list-kinks: one row per breakpoint; the header alone for a smooth function. */
    static bool writeBreakpoints(std::FILE *out, const std::vector<Breakpoint> &breakpoints);
    /** --quotients: one row per h. */
    static bool writeQuotients(std::FILE *out, const std::vector<DifferenceQuotient::Row> &rows);
};
