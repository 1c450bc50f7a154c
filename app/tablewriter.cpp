// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tablewriter.h"

#include "valuetable.h"

#include <array>
#include <charconv>
#include <cmath>
#include <string>

namespace {

void appendNumber(std::string &line, double value)
{
    if (std::isnan(value)) {
        line += "nan";
        return;
    }
    std::array<char, 32> buffer {};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    line.append(buffer.data(), result.ptr);
}

bool flushTo(std::FILE *out, const std::string &chunk)
{
    return std::fwrite(chunk.data(), 1, chunk.size(), out) == chunk.size();
}

} // namespace

bool TableWriter::writeBreakpoints(std::FILE *out, const std::vector<Breakpoint> &breakpoints)
{
    std::string chunk = "x,kind,df_left,df_right\n";
    for (const Breakpoint &b : breakpoints) {
        appendNumber(chunk, b.x);
        chunk += ',';
        chunk += Breakpoint::kindKey(b.kind).toStdString();
        chunk += ',';
        appendNumber(chunk, b.left);
        chunk += ',';
        appendNumber(chunk, b.right);
        chunk += '\n';
    }
    return flushTo(out, chunk) && std::fflush(out) == 0;
}

bool TableWriter::writeQuotients(std::FILE *out, const std::vector<DifferenceQuotient::Row> &rows)
{
    const std::string chunk = DifferenceQuotient::csv(rows).toStdString();
    return flushTo(out, chunk) && std::fflush(out) == 0;
}

bool TableWriter::write(std::FILE *out, const Activation &activation, const std::vector<double> &xs,
                        DerivativeConvention convention)
{
    std::string chunk = "x,f,df,df_left,df_right,kind\n";
    constexpr std::size_t flushAt = 1 << 16;
    for (double x : xs) {
        const ValueTable::Row row = ValueTable::row(activation, x, convention);
        for (double value : { row.x, row.f, row.df, row.dfLeft }) {
            appendNumber(chunk, value);
            chunk += ',';
        }
        appendNumber(chunk, row.dfRight);
        chunk += ',';
        chunk += row.kind.toStdString();
        chunk += '\n';
        if (chunk.size() >= flushAt) {
            if (!flushTo(out, chunk))
                return false;
            chunk.clear();
        }
    }
    return flushTo(out, chunk) && std::fflush(out) == 0;
}
