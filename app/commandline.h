// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "launchoptions.h"
#include "valuetable.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/**
 * relu-explorer's command line. Parsing needs no application object, so a usage error is reported
 * before any window system is touched.
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /** The exit code of every usage error. */
    static constexpr int usageErrorExitCode = 2;

    struct Result
    {
        LaunchOptions options;
        QString error; ///< one line, empty when the arguments are valid
    };

    /**
     * Parses the program's arguments, the program name first, as in argv. A lesson file that
     * cannot be opened is an error, except for the window: there it is options.lessonError, and
     * the window opens and says so.
     */
    static Result parse(const QStringList &arguments);
    static QString helpText();
    /** A refused table grid, with the options at fault: "--step: the step (0) must be ...". */
    static QString gridError(const ValueTable::GridError &error);

private:
    static Result parseAll(const QStringList &arguments);
};
