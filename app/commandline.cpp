// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandline.h"

#include "activationcatalog.h"
#include "comparedfunction.h"
#include "expressionactivation.h"
#include "figureexporter.h"
#include "lessonfile.h"
#include "numberformat.h"
#include "sessionlimits.h"
#include "valuetable.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace {

struct Options
{
    QCommandLineOption exportFile { QStringLiteral("export"),
                                    CommandLine::tr(
                                        "Render the view to FILE (.png, .pdf or .svg) and exit."),
                                    CommandLine::tr("FILE") };
    QCommandLineOption size { QStringLiteral("size"),
                              CommandLine::tr(
                                  "Size of the exported figure in pixels (default 700x700)."),
                              CommandLine::tr("WxH") };
    QCommandLineOption probe { QStringLiteral("probe"),
                               CommandLine::tr("Put the probe at x = X (default 2)."),
                               CommandLine::tr("X") };
    QCommandLineOption convention { QStringLiteral("convention"),
                                    CommandLine::tr("Value reported for f′ at a kink: %1 (default "
                                                    "pytorch; framework is the same).")
                                        .arg(ConventionNames::keyList()),
                                    CommandLine::tr("NAME") };
    QCommandLineOption table { QStringLiteral("table"),
                               CommandLine::tr(
                                   "Print x, f(x), f′(x), f′₋(x), f′₊(x) and the kind of "
                                   "point (smooth, kink, jump, ...) as CSV and exit.") };
    QCommandLineOption from { QStringLiteral("from"),
                              CommandLine::tr("First x of --table (default -4) or of --list-kinks "
                                              "(default -1000)."),
                              CommandLine::tr("A") };
    QCommandLineOption to { QStringLiteral("to"),
                            CommandLine::tr(
                                "Last x of --table (default 4) or of --list-kinks (default "
                                "1000)."),
                            CommandLine::tr("B") };
    QCommandLineOption listKinks { QStringLiteral("list-kinks"),
                                   CommandLine::tr(
                                       "Print the breakpoints of the function in [--from, "
                                       "--to] as CSV: x, kind (kink, jump, removable, cusp, "
                                       "oscillation, pole, edge or unknown), f′₋ and f′₊.") };
    QCommandLineOption quotients { QStringLiteral("quotients"),
                                   CommandLine::tr(
                                       "Print the difference quotients at the probe's x from "
                                       "both sides as CSV: h, q_left = (f(x−h) − f(x))/(−h), "
                                       "q_right = (f(x+h) − f(x))/h and the central (f(x+h) − "
                                       "f(x−h))/2h, for h = 1, 1/2, 1/4, ..., 2⁻³⁰.") };
    QCommandLineOption step { QStringLiteral("step"),
                              CommandLine::tr("Step between the x of --table (default 1)."),
                              CommandLine::tr("S") };
    QCommandLineOption function { QStringLiteral("function"),
                                  CommandLine::tr(
                                      "The function: NAME or NAME:param=value,... such as "
                                      "leaky_relu:negative_slope=0.2 (see --list-functions; "
                                      "default relu)."),
                                  CommandLine::tr("SPEC") };
    QCommandLineOption expression { QStringLiteral("expression"),
                                    CommandLine::tr(
                                        "Your own f(x) in muparser syntax, such as \"max(0, x)\"; "
                                        "its derivative and breakpoints come from the formula."),
                                    CommandLine::tr("EXPR") };
    QCommandLineOption parameter { QStringLiteral("parameter"),
                                   CommandLine::tr(
                                       "A value for a parameter of --expression, such as a=0.5 "
                                       "for max(a*x, x) (each starts at 1); several as "
                                       "a=0.5,k=2."),
                                   CommandLine::tr("NAME=VALUE,...") };
    QCommandLineOption compare {
        QStringLiteral("compare"),
        CommandLine::tr("Draw these functions beside it, thinner and dashed, such as gelu,silu "
                        "or your own formula in x, such as relu,x*(x>0)."),
        CommandLine::tr("SPEC,...")
    };
    QCommandLineOption listFunctions {
        QStringLiteral("list-functions"),
        CommandLine::tr("List the built-in functions with their parameters and kinks.")
    };
    QCommandLineOption at { QStringLiteral("at"),
                            CommandLine::tr(
                                "Explicit x values for --table, instead of --from/--to/--step."),
                            CommandLine::tr("X,...") };
    QCommandLineOption presentation {
        QStringLiteral("presentation"),
        CommandLine::tr("Presentation mode: full screen and large type; with --export, "
                        "a figure for slides.")
    };
    QCommandLineOption theme {
        QStringLiteral("theme"),
        CommandLine::tr("Colours: light, dark, high-contrast or system (default: the saved choice; "
                        "light for --export)."),
        CommandLine::tr("THEME")
    };
    QCommandLineOption language { QStringLiteral("lang"),
                                  CommandLine::tr(
                                      "The language of the window and figures: en, de or fr "
                                      "(default: the system's)."),
                                  CommandLine::tr("CODE") };
    QCommandLineOption settings { QStringLiteral("settings"),
                                  CommandLine::tr(
                                      "Use this settings file instead of your own; with --export, "
                                      "render the session it holds."),
                                  CommandLine::tr("FILE") };
    QCommandLineOption help { { QStringLiteral("h"), QStringLiteral("help") },
                              CommandLine::tr("Show this help and exit.") };
    QCommandLineOption version { { QStringLiteral("v"), QStringLiteral("version") },
                                 CommandLine::tr("Show the version and exit.") };
};

void configure(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(CommandLine::tr(
        "ReLU Explorer: drag a point along f(x) = max(0, x), or another activation, and see its "
        "slope, its kinks, and what programs choose for f′ there.\n"
        "Without options it opens the window. --export and --table need no display."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addPositionalArgument(
        QStringLiteral("lesson"),
        CommandLine::tr("A lesson file to open (saved with File ▸ Save Lesson As)."),
        CommandLine::tr("[lesson.json]"));
    parser.addOptions(
        { options.function,      options.expression, options.parameter, options.compare,
          options.listFunctions, options.exportFile, options.size,      options.probe,
          options.convention,    options.table,      options.listKinks, options.quotients,
          options.from,          options.to,         options.step,      options.at,
          options.presentation,  options.theme,      options.language,  options.settings,
          options.help,          options.version });
}

/** Reads a finite double in C notation ("-4", "1e-09", "-0"); sets `error` otherwise. */
double readNumber(const QCommandLineParser &parser, const QCommandLineOption &option,
                  QString &error)
{
    const QString name = option.names().constLast();
    const QString text = parser.value(option).trimmed();
    bool ok = false;
    const double value = NumberFormat::parse(text, &ok);
    if (!ok)
        error = CommandLine::tr("--%1 expects a number, got '%2'").arg(name, text);
    else if (!std::isfinite(value))
        error = CommandLine::tr("--%1 must be a finite number, got '%2'").arg(name, text);
    return value;
}

/**
 * Splits a --compare list into function specifications. Commas separate both functions and a
 * function's parameters, so a part with '=' but no ':' continues the function before it:
 * "hardtanh:min_val=-2,max_val=2,gelu" is hardtanh with both bounds, then gelu. A comma inside
 * parentheses belongs to a formula: "relu,max(0.1*x, x)" is relu, then that formula.
 */
QStringList splitSpecifications(const QStringList &values)
{
    QStringList specs;
    for (const QString &value : values) {
        QStringList parts;
        int depth = 0;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= value.size(); ++i) {
            const QChar c = i < value.size() ? value[i] : QLatin1Char(',');
            if (c == QLatin1Char('('))
                ++depth;
            else if (c == QLatin1Char(')'))
                depth = std::max(0, depth - 1);
            else if (c == QLatin1Char(',') && (depth == 0 || i == value.size())) {
                if (i > start)
                    parts << value.mid(start, i - start);
                start = i + 1;
            }
        }
        for (const QString &part : std::as_const(parts)) {
            if (part.trimmed().isEmpty())
                continue;
            const QString trimmed = part.trimmed();
            // "max_val=2" continues a catalog function; "x*(x>=0)" is a formula of its own.
            static const QRegularExpression parameter(
                QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*\\s*=[^=]"));
            if (parameter.match(trimmed).hasMatch() && !specs.isEmpty())
                specs.last() += QLatin1Char(',') + trimmed;
            else
                specs << trimmed;
        }
    }
    return specs;
}

} // namespace

QString CommandLine::gridError(const ValueTable::GridError &error)
{
    return error.culprit == ValueTable::GridError::Culprit::Step
        ? tr("--step: %1").arg(error.message)
        : tr("--from and --to: %1").arg(error.message);
}

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    Result result = parseAll(arguments);
    // A teacher who double-clicked a broken lesson gets the window and the reason in it; a
    // script that asked for a figure or a table of it gets the usage error, as before.
    if (result.error.isEmpty() && !result.options.lessonError.isEmpty()
        && result.options.mode != LaunchOptions::Mode::Window)
        result.error = result.options.lessonError;
    return result;
}

CommandLine::Result CommandLine::parseAll(const QStringList &arguments)
{
    Result result;
    LaunchOptions &launch = result.options;
    QString &error = result.error;

    QCommandLineParser parser;
    const Options options;
    configure(parser, options);
    if (!parser.parse(arguments)) {
        error = parser.errorText();
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        error = tr("unexpected argument '%1'; give at most one lesson file").arg(positional.at(1));
        return result;
    }
    if (positional.size() == 1) {
        launch.lesson = LessonFile::load(positional.constFirst(), &launch.lessonError);
    }
    if (parser.isSet(options.help)) {
        launch.mode = LaunchOptions::Mode::Help;
        // The help is printed in this language; one the app does not have falls back to English.
        if (parser.isSet(options.language))
            launch.language = parser.value(options.language).trimmed();
        return result;
    }
    if (parser.isSet(options.version)) {
        launch.mode = LaunchOptions::Mode::Version;
        return result;
    }
    if (parser.isSet(options.listFunctions)) {
        // It prints the catalog and nothing else: an option beside it would be silently ignored.
        for (const QString &name : parser.optionNames()) {
            if (!options.listFunctions.names().contains(name)
                && !options.language.names().contains(name)) {
                error = tr("--list-functions takes no other option but --lang, got '%1'")
                            .arg(QString(name.size() == 1 ? QStringLiteral("-")
                                                          : QStringLiteral("--"))
                                 + name);
                return result;
            }
        }
        if (!positional.isEmpty()) {
            error = tr("--list-functions takes no lesson file");
            return result;
        }
        launch.mode = LaunchOptions::Mode::ListFunctions;
        // Printed in this language too, as the help is.
        if (parser.isSet(options.language))
            launch.language = parser.value(options.language).trimmed();
        return result;
    }

    if (parser.isSet(options.function) && parser.isSet(options.expression)) {
        error = tr("--function and --expression cannot be combined; give one of them");
        return result;
    }
    if (parser.isSet(options.function)) {
        launch.activation
            = ActivationCatalog::fromSpecification(parser.value(options.function), &error);
        if (!launch.activation) {
            error = tr("--function: %1").arg(error);
            return result;
        }
    }
    if (parser.isSet(options.parameter) && !parser.isSet(options.expression)) {
        error = tr("--parameter only applies to --expression");
        return result;
    }
    if (parser.isSet(options.expression)) {
        // Output on the command line must not depend on the machine's speed; the window must
        // not freeze while it looks for breakpoints.
        const bool batch = parser.isSet(options.exportFile) || parser.isSet(options.table)
            || parser.isSet(options.listKinks) || parser.isSet(options.quotients);
        const auto parsed = ExpressionActivation::parse(parser.value(options.expression),
                                                        batch ? ExpressionActivation::batch
                                                              : ExpressionActivation::interactive);
        if (!parsed.activation) {
            error = parsed.errorPosition >= 0 ? tr("--expression: %1 (at character %2)")
                                                    .arg(parsed.error)
                                                    .arg(parsed.errorPosition + 1)
                                              : tr("--expression: %1").arg(parsed.error);
            return result;
        }
        launch.activation = parsed.activation;
        if (parser.isSet(options.parameter)) {
            const auto *expression = static_cast<const ExpressionActivation *>(&*parsed.activation);
            ExpressionParameters parameters = expression->parameters();
            QStringList names;
            for (const ExpressionParameter &p : parameters)
                names << p.name;
            const QStringList parts = parser.values(options.parameter)
                                          .join(QLatin1Char(','))
                                          .split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &part : parts) {
                const qsizetype equals = part.indexOf(QLatin1Char('='));
                const QString name = part.left(equals).trimmed();
                bool ok = equals > 0;
                const double value = ok ? NumberFormat::parse(part.mid(equals + 1), &ok) : 0.0;
                if (!ok || !std::isfinite(value)) {
                    error = tr("--parameter expects NAME=NUMBER, such as a=0.5, got '%1'")
                                .arg(part.trimmed());
                    return result;
                }
                const qsizetype index = names.indexOf(name);
                if (index < 0) {
                    error = names.isEmpty()
                        ? tr("--parameter: the expression has no parameters")
                        : tr("--parameter: the expression has no parameter '%1'; it has %2")
                              .arg(name, names.join(QLatin1String(", ")));
                    return result;
                }
                // The slider's range reaches the value given.
                ExpressionParameter &p = parameters[index];
                p.value = value == 0.0 ? 0.0 : value;
                p.minimum = std::min(p.minimum, value);
                p.maximum = std::max(p.maximum, value);
                if (const QString why = p.problem(); !why.isEmpty()) {
                    error = tr("--parameter: %1").arg(why);
                    return result;
                }
            }
            launch.activation = expression->withParameters(parameters).activation;
        }
    }
    const QStringList specifications
        = SessionSnapshot::withoutRepeats(splitSpecifications(parser.values(options.compare)));
    if (specifications.size() > SessionSnapshot::maximumComparisons) {
        error = tr("--compare: at most %1 functions, not %2")
                    .arg(SessionSnapshot::maximumComparisons)
                    .arg(specifications.size());
        return result;
    }
    for (const QString &spec : specifications) {
        auto compared = ComparedFunction::resolve(spec, &error);
        if (!compared) {
            error = tr("--compare: %1").arg(error);
            return result;
        }
        launch.comparisons.push_back(std::move(compared));
    }

    const bool exporting = parser.isSet(options.exportFile);
    const bool tabulating = parser.isSet(options.table);
    const bool listingKinks = parser.isSet(options.listKinks);
    const bool listingQuotients = parser.isSet(options.quotients);
    if (int(exporting) + int(tabulating) + int(listingKinks) + int(listingQuotients) > 1) {
        error = tr("--export, --table, --list-kinks and --quotients cannot be combined; run them "
                   "one at a time");
        return result;
    }
    for (const QCommandLineOption *option : { &options.step, &options.at }) {
        if (parser.isSet(*option) && !tabulating) {
            error = tr("--%1 only applies to --table").arg(option->names().constLast());
            return result;
        }
    }
    for (const QCommandLineOption *option : { &options.from, &options.to }) {
        if (parser.isSet(*option) && !tabulating && !listingKinks) {
            error = tr("--%1 only applies to --table and --list-kinks")
                        .arg(option->names().constLast());
            return result;
        }
    }
    if (listingKinks || listingQuotients) {
        const QCommandLineOption &mode = listingKinks ? options.listKinks : options.quotients;
        for (const QCommandLineOption *option :
             { &options.probe, &options.convention, &options.compare, &options.presentation,
               &options.theme, &options.settings, &options.size }) {
            if (parser.isSet(*option) && !(listingQuotients && option == &options.probe)) {
                error = tr("--%1 does not apply to --%2")
                            .arg(option->names().constLast(), mode.names().constLast());
                return result;
            }
        }
        if (listingQuotients) {
            launch.mode = LaunchOptions::Mode::Quotients;
            if (parser.isSet(options.probe))
                launch.probeX = readNumber(parser, options.probe, error);
            return result;
        }
        launch.mode = LaunchOptions::Mode::ListKinks;
        if (parser.isSet(options.from))
            launch.kinksFrom = readNumber(parser, options.from, error);
        if (error.isEmpty() && parser.isSet(options.to))
            launch.kinksTo = readNumber(parser, options.to, error);
        if (error.isEmpty() && launch.kinksFrom > launch.kinksTo)
            error = tr("--from and --to: %1")
                        .arg(ValueTable::reversedRange(launch.kinksFrom, launch.kinksTo));
        if (error.isEmpty() && !SessionLimits::isValidRange({ launch.kinksFrom, launch.kinksTo })
            && launch.kinksFrom != launch.kinksTo)
            error = tr("--from and --to: the range cannot be searched: %1")
                        .arg(SessionLimits::rangeProblem({ launch.kinksFrom, launch.kinksTo }));
        return result;
    }
    if (parser.isSet(options.size) && !exporting) {
        error = tr("--size only applies to --export");
        return result;
    }

    if (parser.isSet(options.convention)) {
        const QString key = parser.value(options.convention);
        const auto convention = ConventionNames::fromKey(key);
        if (!convention) {
            error = tr("unknown --convention '%1'; use one of %2")
                        .arg(key, ConventionNames::keyList());
            return result;
        }
        launch.convention = *convention;
        launch.conventionGiven = true;
    }
    if (parser.isSet(options.theme)) {
        launch.theme = Settings::themeFromKey(parser.value(options.theme));
        if (!launch.theme) {
            error = tr("unknown --theme '%1'; use light, dark, high-contrast or system")
                        .arg(parser.value(options.theme));
            return result;
        }
    }
    launch.presentation = parser.isSet(options.presentation);
    if (parser.isSet(options.settings)) {
        launch.settingsPath = parser.value(options.settings);
        const QFileInfo file(launch.settingsPath);
        if (launch.settingsPath.trimmed().isEmpty() || file.isDir()) {
            error = tr("--settings needs a file, got '%1'").arg(launch.settingsPath);
            return result;
        }
        if (!file.exists() && !QFileInfo(file.absolutePath()).isDir()) {
            error = tr("--settings: the directory '%1' does not exist").arg(file.absolutePath());
            return result;
        }
        if (tabulating) {
            error = tr("--settings applies to the window and --export, not to --table");
            return result;
        }
    }
    if (parser.isSet(options.language)) {
        launch.language = parser.value(options.language).trimmed();
        static const QRegularExpression code(QStringLiteral("^[a-zA-Z]{2}([_-][a-zA-Z]{2})?$"));
        const QStringList known { QStringLiteral("en"), QStringLiteral("de"),
                                  QStringLiteral("fr") };
        if (!code.match(launch.language).hasMatch()
            || !known.contains(launch.language.left(2).toLower())) {
            error = tr("unknown --lang '%1'; use one of %2")
                        .arg(launch.language, known.join(QLatin1String(", ")));
            return result;
        }
    }
    if ((launch.presentation || launch.theme) && tabulating) {
        error = tr("--presentation and --theme apply to the figure, not to --table");
        return result;
    }
    if (parser.isSet(options.probe)) {
        launch.probeX = readNumber(parser, options.probe, error);
        if (!error.isEmpty())
            return result;
    }

    if (parser.isSet(options.compare) && tabulating) {
        error = tr("--compare applies to the figure, not to --table");
        return result;
    }
    if (parser.isSet(options.probe) && tabulating) {
        error = tr("--probe applies to the figure, not to --table; give the x values with --at");
        return result;
    }

    if (tabulating) {
        launch.mode = LaunchOptions::Mode::Table;
        if (parser.isSet(options.at)) {
            if (parser.isSet(options.from) || parser.isSet(options.to)
                || parser.isSet(options.step)) {
                error = tr("use either --at or --from/--to/--step, not both");
                return result;
            }
            // Every double that %.17g prints reads back: "-0", "1e-09", "inf" and "nan" too.
            const QStringList texts
                = parser.values(options.at).join(QLatin1Char(',')).split(QLatin1Char(','));
            if (texts.size() > ValueTable::maxRows) {
                error = tr("--at has more than 10,000,000 values");
                return result;
            }
            for (const QString &text : texts) {
                bool ok = false;
                const double x = NumberFormat::parse(text, &ok);
                if (!ok) {
                    error = tr("--at expects numbers separated by commas, got '%1'")
                                .arg(text.trimmed());
                    return result;
                }
                launch.tableAt.push_back(x);
            }
            return result;
        }
        if (parser.isSet(options.from))
            launch.tableFrom = readNumber(parser, options.from, error);
        if (error.isEmpty() && parser.isSet(options.to))
            launch.tableTo = readNumber(parser, options.to, error);
        if (error.isEmpty() && parser.isSet(options.step))
            launch.tableStep = readNumber(parser, options.step, error);
        ValueTable::GridError refused;
        if (error.isEmpty()
            && !ValueTable::grid(launch.tableFrom, launch.tableTo, launch.tableStep, &refused))
            error = gridError(refused);
        return result;
    }

    if (exporting) {
        launch.mode = LaunchOptions::Mode::Export;
        launch.exportPath = parser.value(options.exportFile);
        error = FigureExporter::checkPath(launch.exportPath);
        if (!error.isEmpty())
            return result;
        if (parser.isSet(options.size)) {
            static const QRegularExpression pattern(
                QStringLiteral("^\\s*(\\d{1,6})\\s*[xX]\\s*(\\d{1,6})\\s*$"));
            const QString text = parser.value(options.size);
            const auto match = pattern.match(text);
            const int width = match.hasMatch() ? match.captured(1).toInt() : 0;
            const int height = match.hasMatch() ? match.captured(2).toInt() : 0;
            const int lo = FigureExporter::minimumSide;
            const int hi = FigureExporter::maximumSide;
            if (!match.hasMatch()) {
                error = tr("--size expects WIDTHxHEIGHT in pixels, such as 700x700, got '%1'")
                            .arg(text);
            } else if (width < lo || height < lo || width > hi || height > hi) {
                error = tr("--size %1: each side must be between %2 and %3 pixels")
                            .arg(text)
                            .arg(lo)
                            .arg(hi);
            }
            launch.exportSize = QSize(width, height);
        }
    }
    return result;
}

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    const Options options;
    configure(parser, options);
    // Without an application object Qt cannot know the program's name.
    return parser.helpText().replace(QStringLiteral("<executable_name>"),
                                     QStringLiteral("relu-explorer"));
}
