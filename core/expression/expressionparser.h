// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "expressiontree.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Expression {

/**
 * Parses muparser's expression syntax (docs/expressions.md) into a Tree, with Boost.Spirit X3.
 * Constant subexpressions are folded as they are read, so `2*_pi` is one number.
 *
 * Every problem is one translated line with the 0-based character where it was found; nothing
 * is evaluated, so parsing never depends on x.
 */
class ExpressionParser
{
    Q_DECLARE_TR_FUNCTIONS(ExpressionParser)

public:
    /** Longer input is refused before parsing. */
    static constexpr int maximumLength = 1000;
    /** Parentheses and calls nest at most this deep. */
    static constexpr int maximumDepth = 500;
    /** A formula has at most this many parameters (free names). */
    static constexpr int maximumParameters = 4;

    /** What a name that is not x, a function or a constant is. */
    enum class Names {
        Listed, ///< an error, unless `parameters` lists it
        Free, ///< a parameter, numbered in the order names first appear (a letter first)
    };

    struct Result
    {
        Tree tree;
        QString error; ///< empty on success
        int errorPosition = -1; ///< 0-based character, or -1
        bool ok() const { return error.isEmpty(); }
    };

    /**
     * `parameters`: names allowed besides x, which become Parameter nodes in that order (a name
     * used but not listed is an error that names it, unless `names` is Free: then it becomes the
     * next parameter, up to maximumParameters). pi and e (as _pi and _e) are constants.
     */
    static Result parse(const QString &text, const QStringList &parameters = {},
                        Names names = Names::Listed);

    /** Every function name the language knows, for completion and error messages. */
    static QStringList functionNames();
};

} // namespace Expression
