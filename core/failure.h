// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

/**
 * The way out of a function that returns an empty result and says why through an optional
 * `QString *error`:
 *
 *     const Failure fail(error);
 *     if (...)
 *         return fail(tr("why"));
 *
 * A call writes the message when the caller asked for one and returns `empty`: std::nullopt by
 * default, for a std::optional; `Failure fail(error, nullptr)` for a function returning a pointer.
 * The message may be richer than a QString (ValueTable::GridError says which value is wrong).
 */
template<typename Empty = std::nullopt_t, typename Error = QString> class Failure
{
public:
    explicit Failure(Error *error, Empty empty = std::nullopt)
        : m_error(error)
        , m_empty(empty)
    { }

    Empty operator()(const Error &message) const
    {
        if (m_error)
            *m_error = message;
        return m_empty;
    }

private:
    Error *m_error;
    Empty m_empty;
};
