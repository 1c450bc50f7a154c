// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

/**
 * Messages are one line a person can read, whatever the input they quote: a function name of a
 * megabyte, a NUL, a newline or an escape sequence from a hostile file.
 */
namespace OneLine {

/** Past this many characters a message loses its middle. */
constexpr int maximumLength = 300;

/**
 * `message` as one line: control characters (C0, DEL, C1, line and paragraph separators) are
 * written as escapes (\n, \t, \x00, \u2028), and a message longer than `maximum` keeps its
 * beginning and its end around " … ", so both what it is about and why still show.
 */
QString of(const QString &message, int maximum = maximumLength);

} // namespace OneLine
