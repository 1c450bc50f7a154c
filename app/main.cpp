// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"
#include "commandline.h"
#include "explorerstate.h"
#include "figureexporter.h"
#include "mainwindow.h"
#include "oneline.h"
#include "plotview.h"
#include "sessionhistory.h"
#include "settings.h"
#include "tablewriter.h"
#include "themeswitcher.h"
#include "translations.h"
#include "valuetable.h"

#include <QApplication>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <ctime>

namespace {

/**
 * Qt's own warnings ("QVariant::load: unknown user type", "XDG_RUNTIME_DIR not set") say nothing
 * to a user, and would break the rule of one clear line per problem: they are dropped. With
 * RELU_EXPLORER_DEBUG set they are printed as Qt prints them. A fatal one is said in one line
 * before Qt aborts.
 */
void installMessageHandler()
{
    static const QtMessageHandler qtDefault = qInstallMessageHandler(nullptr);
    static const bool debugging = !qEnvironmentVariableIsEmpty("RELU_EXPLORER_DEBUG");
    qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (debugging)
                qtDefault(type, context, message);
            else if (type == QtFatalMsg)
                std::fprintf(stderr, "relu-explorer: internal error: %s\n",
                             OneLine::of(message).toUtf8().constData());
        });
}

void report(const QString &message)
{
    // One line, whatever it quotes; each problem in it is elided on its own already, so the
    // limit here only stops what nothing else did.
    std::fprintf(stderr, "relu-explorer: %s\n", OneLine::of(message, 2000).toUtf8().constData());
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

/** What the command line says about the session: function, comparisons, convention, probe. */
void apply(const LaunchOptions &options, ExplorerState &state)
{
    if (options.lesson)
        state.restore(*options.lesson);
    state.switchTo(options.activation);
    // Without --compare, the comparisons of the lesson or the saved session stay.
    if (!options.comparisons.empty())
        state.setComparisons(options.comparisons);
    if (options.conventionGiven)
        state.setConvention(options.convention);
    if (options.probeX)
        state.setProbeX(*options.probeX);
}

int runTable(int argc, char **argv, const LaunchOptions &options)
{
    QCoreApplication app(argc, argv);
    ValueTable::GridError refused;
    std::optional<std::vector<double>> xs = options.tableAt;
    if (options.tableAt.empty())
        xs = ValueTable::grid(options.tableFrom, options.tableTo, options.tableStep, &refused);
    if (!xs) {
        report(CommandLine::gridError(refused));
        return CommandLine::usageErrorExitCode;
    }
    ExplorerState state;
    apply(options, state);
    if (!TableWriter::write(stdout, state.activation(), *xs, options.convention)) {
        report(QCoreApplication::translate("main", "could not write the table to standard output"));
        return 1;
    }
    return 0;
}

int runListKinks(int argc, char **argv, const LaunchOptions &options)
{
    QCoreApplication app(argc, argv);
    ExplorerState state;
    apply(options, state);
    const Activation &f = state.activation();
    const Interval range { options.kinksFrom, options.kinksTo };
    if (!TableWriter::writeBreakpoints(stdout, f.breakpointsIn(range))) {
        report(QCoreApplication::translate("main", "could not write the list to standard output"));
        return 1;
    }
    if (const QString caveat = f.breakpointsCaveat(range); !caveat.isEmpty())
        report(caveat);
    return 0;
}

int runQuotients(int argc, char **argv, const LaunchOptions &options)
{
    QCoreApplication app(argc, argv);
    ExplorerState state;
    apply(options, state);
    const auto rows = DifferenceQuotient::shrinking(state.activation(), state.probeX(), 1.0,
                                                    DifferenceQuotient::tableRows);
    if (!TableWriter::writeQuotients(stdout, rows)) {
        report(QCoreApplication::translate("main", "could not write the table to standard output"));
        return 1;
    }
    return 0;
}

int runExport(int argc, char **argv, const LaunchOptions &options)
{
    // An export never shows a window, so it needs no display and draws offscreen.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Translations::install(app, options.language);
    ExplorerState state;
    if (const QString damage = Settings::fileProblem(options.settingsPath); !damage.isEmpty()) {
        // An export only reads: a damaged file stays where it is, and the figure shows the
        // defaults.
        report(QCoreApplication::translate(
                   "main", "the settings file '%1' %2; the figure uses the defaults")
                   .arg(options.settingsPath, damage));
    } else if (!options.settingsPath.isEmpty()) {
        // A saved session to render; bad values fall back to defaults, and say so.
        QStringList problems;
        problems << state.restore(Settings(options.settingsPath).session(&problems));
        if (!problems.isEmpty())
            report(QCoreApplication::translate("main",
                                               "some settings could not be used and were reset: %1")
                       .arg(problems.join(QLatin1String("; "))));
    }
    apply(options, state);
    PlotView view(&state);
    const double scale = options.presentation ? PlotStyle::presentationScale : 1.0;
    view.setPlotStyle(ThemeSwitcher::plotStyle(options.theme.value_or(Theme::Light), scale));
    const QString error = FigureExporter::write(view, options.exportPath, options.exportSize);
    if (!error.isEmpty()) {
        // The path was checked with the command line: what fails now is the writing (a full disk).
        report(error);
        return 1;
    }
    return 0;
}

/**
 * For bench_startup: with RELU_EXIT_AFTER_FIRST_FRAME set, prints the monotonic clock once the
 * plot has painted its first frame, and quits.
 */
class FirstFrameProbe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // After this paint event is handled: the frame is finished.
            QTimer::singleShot(0, this, [] {
                timespec now {};
                clock_gettime(CLOCK_MONOTONIC, &now);
                std::printf("%lld\n",
                            static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

/**
 * Prints `text` in the user's language (--lang, or the system's): the help and
 * --list-functions. The translators need an application object, made before `text` is called.
 * Named plainly, or the help's usage line would show the path the program was started by.
 */
int printTranslated(const QString &language, QString (*text)())
{
    int plainArgc = 1;
    char name[] = "relu-explorer";
    char *plainArgv[] = { name, nullptr };
    QCoreApplication app(plainArgc, plainArgv);
    Translations::install(app, language);
    // A full disk or a closed pipe is a failed write, not a success (> /dev/full exited 0).
    if (std::fputs(text().toUtf8().constData(), stdout) < 0 || std::fflush(stdout) != 0) {
        report(QCoreApplication::translate("main", "could not write to standard output"));
        return 1;
    }
    return 0;
}

int runWindow(int argc, char **argv, const LaunchOptions &options)
{
    // The one line on standard error, for a terminal or a launcher's log, and the window below.
    if (!options.lessonError.isEmpty())
        report(options.lessonError);
    if (!hasDisplay()) {
        if (!options.lessonError.isEmpty())
            return CommandLine::usageErrorExitCode;
        report(QCoreApplication::translate(
            "main",
            "no display found. Render without a window with 'relu-explorer --export "
            "figure.png', or start the window under a virtual display with 'xvfb-run "
            "relu-explorer'."));
        return 1;
    }
    QApplication app(argc, argv);
    // The window's app id on Wayland, and how the desktop matches it to its launcher and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.reluexplorer.reluexplorer"));
    Translations::install(app, options.language);
    Settings settings
        = options.settingsPath.isEmpty() ? Settings() : Settings(options.settingsPath);
    MainWindow window(&settings);
    apply(options, *window.state());
    // Undo starts from what the window opened with, the command line's choices included.
    window.history()->clear();
    if (options.theme)
        window.setTheme(*options.theme);
    if (!qEnvironmentVariableIsEmpty("RELU_EXIT_AFTER_FIRST_FRAME"))
        window.plotView()->installEventFilter(new FirstFrameProbe(&window));
    window.show();
    if (options.presentation)
        window.setPresentation(true);
    if (!options.lessonError.isEmpty())
        window.showLessonProblem(options.lessonError);
    const int status = app.exec();
    // The session went on without the lesson; a script still learns it was refused.
    return options.lessonError.isEmpty() ? status : CommandLine::usageErrorExitCode;
}

} // namespace

int main(int argc, char **argv)
{
    installMessageHandler();
    // Past a file size limit, a write should fail with an error we can report, not kill us.
    std::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication::setOrganizationName(QStringLiteral("ReLU Explorer"));
    QCoreApplication::setApplicationName(QStringLiteral("relu-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELU_EXPLORER_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const CommandLine::Result parsed = CommandLine::parse(arguments);
    if (!parsed.error.isEmpty()) {
        report(parsed.error + QCoreApplication::translate("main", " (see relu-explorer --help)"));
        return CommandLine::usageErrorExitCode;
    }

    switch (parsed.options.mode) {
    case LaunchOptions::Mode::Help:
        return printTranslated(parsed.options.language, &CommandLine::helpText);
    case LaunchOptions::Mode::Version:
        if (std::printf("relu-explorer %s\n", RELU_EXPLORER_VERSION) < 0
            || std::fflush(stdout) != 0) {
            report(QCoreApplication::translate("main", "could not write to standard output"));
            return 1;
        }
        return 0;
    case LaunchOptions::Mode::ListFunctions:
        return printTranslated(parsed.options.language, &ActivationCatalog::listing);
    case LaunchOptions::Mode::Table: return runTable(argc, argv, parsed.options);
    case LaunchOptions::Mode::ListKinks: return runListKinks(argc, argv, parsed.options);
    case LaunchOptions::Mode::Quotients: return runQuotients(argc, argv, parsed.options);
    case LaunchOptions::Mode::Export: return runExport(argc, argv, parsed.options);
    case LaunchOptions::Mode::Window: break;
    }
    return runWindow(argc, argv, parsed.options);
}
