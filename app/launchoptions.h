#pragma once

#include "derivativeconvention.h"

#include <QSize>
#include <QString>

#include <optional>

/** What the command line asked for, already validated. */
struct LaunchOptions
{
    enum class Mode {
        Window,  ///< the interactive window
        Export,  ///< --export FILE: render the view to a file and exit
        Table,   ///< --table: print x, f(x) and derivatives as CSV and exit
        Help,    ///< --help
        Version, ///< --version
    };

    Mode mode = Mode::Window;
    QString exportPath;
    QSize exportSize{700, 700};
    std::optional<double> probeX;
    DerivativeConvention convention = DerivativeConvention::Framework;
    double tableFrom = -4.0;
    double tableTo = 4.0;
    double tableStep = 1.0;
};
