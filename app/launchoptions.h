// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "activation.h"
#include "derivativeconvention.h"
#include "figureexporter.h"
#include "sessionsnapshot.h"
#include "settings.h"

#include <QSize>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

/** What the command line asked for, already validated. */
struct LaunchOptions
{
    enum class Mode {
        Window, ///< the interactive window
        Export, ///< --export FILE: render the view to a file and exit
        Table, ///< --table: print x, f(x) and derivatives as CSV and exit
        Help, ///< --help
        Version, ///< --version
        ListFunctions, ///< --list-functions
        ListKinks, ///< --list-kinks: the breakpoints in [--from, --to] as CSV
        Quotients, ///< --quotients: the difference quotients at the probe from both sides
    };

    Mode mode = Mode::Window;
    QString exportPath;
    QSize exportSize = FigureExporter::defaultSize;
    std::optional<double> probeX;
    DerivativeConvention convention = DerivativeConvention::PyTorch;
    /**
     * Why the lesson file named could not be opened, in one line; empty when none was named or it
     * opened. Only the window starts with it (and says so); every other mode refuses it.
     */
    QString lessonError;
    /** Whether --convention was given; otherwise a lesson's or the session's stays. */
    bool conventionGiven = false;
    double tableFrom = -4.0;
    double tableTo = 4.0;
    double tableStep = 1.0;
    /** --list-kinks: the range searched, [−1000, 1000] unless --from or --to says otherwise. */
    double kinksFrom = -1000.0;
    double kinksTo = 1000.0;
    /** --at: explicit x values for the table, instead of the grid. */
    std::vector<double> tableAt;
    /** --function or --expression; null means the default, ReLU. */
    std::shared_ptr<const Activation> activation;
    /** --theme; nothing keeps the saved theme (the window) or light (an export). */
    std::optional<Theme> theme;
    /** --presentation: large type, for slides and projectors. */
    bool presentation = false;
    /**
     * --lang: the language of the window, the figure, the help and --list-functions; empty
     * follows the system.
     */
    QString language;
    /**
     * --settings: use this settings file instead of the user's. An export then renders the session
     * it holds; without it, an export starts from the defaults.
     */
    QString settingsPath;
    /** A lesson file given as the argument, already read and checked. */
    std::optional<SessionSnapshot> lesson;
    /** --compare */
    std::vector<std::shared_ptr<const Activation>> comparisons;
};
