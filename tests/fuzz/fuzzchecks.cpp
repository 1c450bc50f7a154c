// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fuzzchecks.h"

#include "activationcatalog.h"
#include "axismapping.h"
#include "derivativeconvention.h"
#include "explorerstate.h"
#include "expressionactivation.h"
#include "lessonfile.h"
#include "numberformat.h"
#include "polyline.h"
#include "probereadout.h"
#include "sampler.h"
#include "sessionsnapshot.h"
#include "settings.h"
#include "valuetable.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <vector>

namespace FuzzChecks {

Failure::Failure(const QString &message)
    : std::runtime_error(message.toStdString())
{ }

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double notANumber = std::numeric_limits<double>::quiet_NaN();

/** The width of the plot the checks sample for: the function's axis rect in a typical window. */
constexpr int plotPixels = 800;
/**
 * Kinks probed one by one at each end of the list. An expression may have tens of thousands
 * (abs(sin(100*x))); the first and last few exercise the same code, in a fraction of the time.
 */
constexpr std::size_t probedKinks = 8;
/** At most this many of the fuzzer's own x values (the doubles after a NUL). */
constexpr std::size_t chosenValues = 16;

/** The input being checked, for a failure's message: escaped, and cut at 300 bytes. */
QString g_input;

void describeInput(const char *target, const QByteArray &input)
{
    QString text = QString::fromLatin1(target) + QStringLiteral(" input (")
        + QString::number(input.size()) + QStringLiteral(" bytes): ");
    for (const char c : input.left(300)) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7f && byte != '\\')
            text += QLatin1Char(c);
        else
            text += QStringLiteral("\\x")
                + QString::number(byte, 16).rightJustified(2, QLatin1Char('0'));
    }
    g_input = text;
}

[[noreturn]] void fail(const char *invariant, const QString &detail = QString())
{
    QString message = QStringLiteral("broken invariant: ") + QString::fromLatin1(invariant);
    if (!detail.isEmpty())
        message += QStringLiteral(" (") + detail + QLatin1Char(')');
    throw Failure(message + QStringLiteral("\n  ") + g_input);
}

/** Where the detail costs more than the check (inside loops), callers write `if (!ok) fail()`. */
void require(bool ok, const char *invariant, const QString &detail = QString())
{
    if (!ok)
        fail(invariant, detail);
}

QString number(double value)
{
    return NumberFormat::roundTrip(value);
}

QString range(Interval interval)
{
    return QLatin1Char('[') + number(interval.lower) + QStringLiteral(", ") + number(interval.upper)
        + QLatin1Char(']');
}

/** Equal, or both NaN: "no value" is an answer too, and must be the same answer. */
bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

/**
 * A text as it is once written to a file: UTF-8 cannot hold a lone surrogate (a JSON "\ud800"
 * escape, an INI "\xd800"), so both writers store U+FFFD instead. That loss is the encoding's,
 * not the app's; everything else must come back exactly.
 */
QString encodable(const QString &text)
{
    return QString::fromUtf8(text.toUtf8());
}

/** Two values of one field are the same session's: texts as a file can hold them. */
template<typename T> bool sameValue(const T &a, const T &b)
{
    return a == b;
}
bool sameValue(const QString &a, const QString &b)
{
    return encodable(a) == encodable(b);
}

QString shown(const QString &value)
{
    return value;
}
QString shown(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}
QString shown(double value)
{
    return number(value);
}
QString shown(const QStringList &value)
{
    return value.join(QLatin1Char(';'));
}
QString shown(const ExpressionParameters &value)
{
    QStringList items;
    for (const ExpressionParameter &p : value)
        items << p.name + QLatin1Char('=') + number(p.value) + QLatin1Char(':') + number(p.minimum)
                + QLatin1Char(':') + number(p.maximum);
    return items.join(QLatin1Char(';'));
}
QString shown(DerivativeConvention value)
{
    return ConventionNames::key(value);
}
QString shown(SecantMode value)
{
    return DifferenceQuotient::key(value);
}
QString shown(QuotientAxis::Scale value)
{
    return QuotientAxis::key(value);
}
QString shown(Interval value)
{
    return range(value);
}
QString shown(const SampleGrid &value)
{
    return number(value.from) + QLatin1Char(':') + number(value.step) + QLatin1Char(':')
        + number(value.to);
}

/**
 * The first field (of sessionFields(), so every field) in which two snapshots differ, or empty
 * when they are the same session.
 */
QString difference(const SessionSnapshot &a, const SessionSnapshot &b)
{
    QString found;
    forEachSessionField([&](const char *name, auto member) {
        if (found.isEmpty() && !sameValue(a.*member, b.*member))
            found = QLatin1String(name) + QStringLiteral(": ") + shown(a.*member)
                + QStringLiteral(" vs ") + shown(b.*member);
    });
    return found;
}

std::vector<DerivativeConvention> conventions()
{
    std::vector<DerivativeConvention> all;
    for (int i = 0; i < ConventionNames::count; ++i)
        all.push_back(ConventionNames::fromIndex(i));
    return all;
}

/** The x values every function is probed at: zero, the detection grid's edges, the extremes. */
std::vector<double> edgeValues()
{
    using limits = std::numeric_limits<double>;
    const double limit = Activation::analysisLimit;
    std::vector<double> xs {
        0.0,           0.5,          1.0,           1e-300,       limits::denorm_min(),
        limits::min(), limit - 0.01, limit,         limit + 0.01, 1e6,
        1e15,          1e300,        limits::max(), inf
    };
    const std::size_t positive = xs.size();
    for (std::size_t i = 0; i < positive; ++i)
        xs.push_back(-xs[i]);
    xs.push_back(notANumber);
    return xs;
}

/**
 * The shape every activation promises: pieces covering the whole line in order, kinks sorted,
 * finite, on the boundaries between pieces, with the neighbouring pieces' limits as their sides.
 */
void checkShape(const Activation &f)
{
    const std::vector<Piece> pieces = f.pieces();
    const auto &kinks = f.kinks();
    require(!pieces.empty(), "an activation has pieces");
    require(pieces.front().domain.lower == -inf && pieces.back().domain.upper == inf,
            "the pieces cover the whole line",
            range(pieces.front().domain) + QStringLiteral(" .. ") + range(pieces.back().domain));
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const Piece &piece = pieces[i];
        require(piece.domain.lower < piece.domain.upper, "a piece is not empty",
                range(piece.domain));
        if (i > 0) {
            require(pieces[i - 1].domain.upper == piece.domain.lower,
                    "the pieces follow each other",
                    range(pieces[i - 1].domain) + QStringLiteral(" then ") + range(piece.domain));
        }
        require(!piece.linear || std::isfinite(piece.slope), "a linear piece has a slope",
                number(piece.slope));
    }
    for (std::size_t i = 0; i < kinks.size(); ++i) {
        const Kink &kink = kinks[i];
        const QString at = QStringLiteral("x = ") + number(kink.x);
        require(std::isfinite(kink.x) && std::isfinite(kink.left) && std::isfinite(kink.right),
                "a kink and its one-sided derivatives are finite",
                at + QStringLiteral(", f′₋ = ") + number(kink.left) + QStringLiteral(", f′₊ = ")
                    + number(kink.right));
        require(i == 0 || kinks[i - 1].x < kink.x, "the kinks are sorted", at);
        require(f.kinkAt(kink.x) && f.kinkAt(kink.x)->x == kink.x, "kinkAt finds a kink", at);
        const auto after
            = std::lower_bound(pieces.begin(), pieces.end(), kink.x,
                               [](const Piece &p, double x) { return p.domain.upper < x; });
        require(after != pieces.end() && after->domain.upper == kink.x && after + 1 != pieces.end(),
                "a kink lies between two pieces", at);
        require(same(after->slopeAtUpper, kink.left) && same((after + 1)->slopeAtLower, kink.right),
                "the pieces next to a kink end at its one-sided derivatives",
                at + QStringLiteral(": ") + number(after->slopeAtUpper)
                    + QStringLiteral(" vs f′₋ = ") + number(kink.left) + QStringLiteral(", ")
                    + number((after + 1)->slopeAtLower) + QStringLiteral(" vs f′₊ = ")
                    + number(kink.right));
    }
}

/** The kinks worth probing one by one: all of a few, the first and last of many. */
std::vector<const Kink *> probedKinksOf(const Activation &f)
{
    std::vector<const Kink *> probed;
    const auto &kinks = f.kinks();
    for (std::size_t i = 0; i < kinks.size(); ++i) {
        if (i < probedKinks || i + probedKinks >= kinks.size())
            probed.push_back(&kinks[i]);
    }
    return probed;
}

/**
 * f, f′ under every convention, and the one-sided derivatives at each x. At a kink the
 * convention's value is the kink's; anywhere else every convention gives the same f′(x).
 */
void checkPoints(const Activation &f, const std::vector<double> &xs)
{
    const auto all = conventions();
    for (double x : xs) {
        const auto at = [x]() -> QString { return QStringLiteral("x = ") + number(x); };
        const double y = f.value(x);
        const Kink *kink = f.kinkAt(x);
        const double framework = f.derivative(x);
        for (DerivativeConvention convention : all) {
            const double slope = f.derivative(x, convention);
            if (kink && !same(slope, kink->derivative(convention)))
                fail("at a kink f′ is the convention's value",
                     at() + QStringLiteral(", ") + ConventionNames::key(convention));
            if (!kink && !same(slope, framework))
                fail("away from kinks the convention changes nothing",
                     at() + QStringLiteral(", ") + ConventionNames::key(convention));
        }
        const double left = f.leftDerivative(x);
        const double right = f.rightDerivative(x);
        if (kink) {
            require(left == kink->left && right == kink->right,
                    "at a kink the one-sided derivatives are the kink's", at());
            require(std::isfinite(y), "f is finite at a kink",
                    at() + QStringLiteral(", f = ") + number(y));
            require(!f.pieceAt(x), "a kink lies in no piece", at());
        }
    }
}

/** A polyline as Sampler promises it: inside the piece's visible span, in order, few points. */
void checkSamples(const Polyline &points, const Piece &piece, Interval view, const char *what)
{
    const auto context = [&]() -> QString {
        return QString::fromLatin1(what) + QStringLiteral(" of the piece ") + range(piece.domain)
            + QStringLiteral(" in ") + range(view);
    };
    if (points.x.size() != points.y.size())
        fail("a polyline has as many x as y", context());
    if (points.empty())
        return;
    const Interval span = piece.domain.intersected(view);
    if (points.x.front() != span.lower || points.x.back() != span.upper)
        fail("the samples reach exactly to the ends of the visible span", context());
    if (points.size() > std::size_t(plotPixels) + 2)
        fail("the samples cost pixels, not range",
             context() + QStringLiteral(": ") + QString::number(points.size()));
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (!span.contains(points.x[i]) || (i > 0 && points.x[i - 1] > points.x[i]))
            fail("the samples lie in order in the visible span",
                 context() + QStringLiteral(", x = ") + number(points.x[i]));
        if (std::isinf(points.y[i]))
            fail("a sample is finite or a gap (NaN)",
                 context() + QStringLiteral(", x = ") + number(points.x[i]));
    }
}

/** What clipToBand promises: every point left is inside the band, or a gap. */
void checkClipped(const Polyline &points, Interval band, const char *what)
{
    if (points.x.size() != points.y.size())
        fail("a clipped polyline has as many x as y", QString::fromLatin1(what));
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (!std::isnan(points.y[i]) && !band.contains(points.y[i]))
            fail("clipping leaves no point outside the band",
                 QString::fromLatin1(what) + QStringLiteral(": (") + number(points.x[i])
                     + QStringLiteral(", ") + number(points.y[i]) + QStringLiteral(") outside ")
                     + range(band));
    }
}

/** The band PlotView clips a range's curves to: three times its height above and below. */
Interval bandAround(Interval range)
{
    return { range.lower - 3 * range.width(), range.upper + 3 * range.width() };
}

/** The curves of f and f′ across the view, sampled and clipped as the plot and its panel do. */
void checkCurves(const Activation &f, Interval xRange, Interval yRange)
{
    const Interval band = bandAround(yRange);
    Polyline points;
    double lowest = inf, highest = -inf;
    std::vector<Polyline> slopes;
    for (const Piece &piece : f.piecesIn(xRange)) {
        if (piece.domain.intersected(xRange).isEmpty())
            continue;
        Sampler::samplePiece(f, piece, xRange, plotPixels, points);
        checkSamples(points, piece, xRange, "f");
        Sampler::clipToBand(points, band);
        checkClipped(points, band, "f");
        Sampler::sampleDerivative(f, piece, xRange, plotPixels, points);
        checkSamples(points, piece, xRange, "f′");
        for (double y : points.y) {
            if (std::isfinite(y)) {
                lowest = std::min(lowest, y);
                highest = std::max(highest, y);
            }
        }
        slopes.push_back(points);
    }
    // The derivative panel's range, as DerivativePanel::resample makes it, and its band.
    if (!std::isfinite(lowest)) {
        lowest = 0.0;
        highest = 1.0;
    }
    const double span = std::max(highest - lowest, 1.0);
    const double middle = 0.5 * (lowest + highest);
    const Interval slopeBand = bandAround({ middle - 0.75 * span, middle + 0.75 * span });
    for (Polyline &line : slopes) {
        Sampler::clipToBand(line, slopeBand);
        checkClipped(line, slopeBand, "f′");
    }
}

/**
 * A state as the window shows it: a view that can be drawn, a finite probe, a valid h and grid;
 * then what the window computes from it: the readout, the values table, the curves.
 */
void checkState(const ExplorerState &state)
{
    const Interval x = state.xRange();
    const Interval y = state.yRange();
    require(SessionLimits::isValidRange(x), "the x range can be shown", range(x));
    require(SessionLimits::isValidRange(y), "the y range can be shown", range(y));
    require(std::isfinite(state.probeX()), "the probe is finite", number(state.probeX()));
    const double h = std::abs(state.secantH());
    require(h >= SessionLimits::minSecantH && h <= SessionLimits::maxSecantH, "h is in its range",
            number(state.secantH()));
    require(SessionSnapshot::isValidGrid(state.sampleGrid()), "the sample grid is valid");

    const int decimals
        = NumberFormat::decimalsFor(AxisMapping(x, 0.0, plotPixels).coordsPerPixel());
    const ProbeReadout readout = ProbeReadout::describe(state, decimals);
    require(readout.lines().size() == (state.secantMode() == SecantMode::Off ? 2 : 3),
            "the readout's lines depend on the secant mode only");
    require(readout.atKink == (state.probeKink() != nullptr),
            "the readout knows when the probe is on a kink");

    const std::vector<double> xs = state.sampleXs();
    require(xs.size() <= std::size_t(SampleGrid::maximumPoints) + 1, "the sample grid is small",
            QString::number(xs.size()));
    for (double sampleX : xs)
        ValueTable::row(state.activation(), sampleX, state.convention());

    checkCurves(state.activation(), x, y);
    for (const auto &compared : state.comparisons())
        checkCurves(*compared, x, y);
}

/** The scratch directory of the settings check: one per process, removed at exit. */
const QTemporaryDir &scratch()
{
    static const QTemporaryDir directory;
    require(directory.isValid(), "a scratch directory can be made", directory.errorString());
    return directory;
}

} // namespace

void checkExpression(const QByteArray &input)
{
    describeInput("expression", input);
    const qsizetype end = input.indexOf('\0');
    const QString text = QString::fromUtf8(end < 0 ? input : input.left(end));
    std::vector<double> chosen;
    for (qsizetype at = end + 1;
         end >= 0 && at + qsizetype(sizeof(double)) <= input.size() && chosen.size() < chosenValues;
         at += qsizetype(sizeof(double))) {
        double value = 0.0;
        std::memcpy(&value, input.constData() + at, sizeof value);
        chosen.push_back(value);
    }

    const auto parsed = ExpressionActivation::parse(text);
    if (!parsed.activation) {
        require(!parsed.error.isEmpty(), "a refused expression says why");
        require(parsed.errorPosition >= -1 && parsed.errorPosition <= text.size(),
                "the error's position lies in the expression",
                QString::number(parsed.errorPosition));
        return;
    }
    require(parsed.error.isEmpty(), "an accepted expression has no error", parsed.error);
    const Activation &f = *parsed.activation;
    require(f.isExpression() && f.specification() == text.trimmed(),
            "the specification is the expression");
    checkShape(f);

    std::vector<double> xs = edgeValues();
    xs.insert(xs.end(), chosen.begin(), chosen.end());
    const auto kinks = probedKinksOf(f);
    for (const Kink *kink : kinks) {
        xs.push_back(kink->x);
        xs.push_back(std::nextafter(kink->x, -inf));
        xs.push_back(std::nextafter(kink->x, inf));
        xs.push_back(kink->x - 1e-6);
        xs.push_back(kink->x + 1e-6);
        require(same(kink->autograd[Framework::PyTorch], f.autogradDerivative(kink->x)),
                "an expression's framework value at a kink is what its autograd returns there",
                QStringLiteral("x = ") + number(kink->x));
    }
    checkPoints(f, xs);

    // The state switched to it, as the expression box does on Enter.
    ExplorerState state;
    state.switchTo(parsed.activation);
    checkState(state);
    for (const Kink *kink : kinks) {
        state.setProbeX(kink->x);
        require(state.probeKink() == kink, "the probe set on a kink is on it", number(kink->x));
        for (DerivativeConvention convention : conventions()) {
            state.setConvention(convention);
            require(same(state.probeSlope(), kink->derivative(convention)),
                    "the probe's slope on a kink is the convention's value", number(kink->x));
        }
        ProbeReadout::describe(state, 2);
    }
    state.setConvention(DerivativeConvention::PyTorch);
    // K goes to the next breakpoint of any kind (a kink, a jump, ...), in view or else anywhere.
    state.jumpToKink();
    require(state.activation().breakpoints().empty()
                || state.activation().breakpointAt(state.probeX()) != nullptr,
            "jumping to a breakpoint lands on one", number(state.probeX()));

    // The fuzzer's own view, and a drag to each of its values.
    if (chosen.size() >= 2) {
        const Interval view { std::min(chosen[0], chosen[1]), std::max(chosen[0], chosen[1]) };
        if (SessionLimits::isValidRange(view)) {
            require(state.setView(view, state.yRange()), "a valid view is taken", range(view));
            checkState(state);
        }
    }
    const AxisMapping mapping(state.xRange(), 0.0, plotPixels);
    for (double x : chosen) {
        state.dragProbeTo(x, mapping);
        require(std::isfinite(state.probeX())
                    && (state.probeKink() || state.xRange().contains(state.probeX())),
                "a dragged probe lands on a kink or in the view",
                number(x) + QStringLiteral(" -> ") + number(state.probeX()));
    }
    state.moveProbe(+1, state.keyIncrement());
    state.moveProbe(-1, state.keyIncrement());
    require(std::isfinite(state.probeX()), "a stepped probe is finite", number(state.probeX()));
    state.setSecantMode(SecantMode::Central);
    checkState(state);
}

void checkLesson(const QByteArray &input)
{
    describeInput("lesson", input);
    QString error;
    const auto lesson = LessonFile::fromJson(input, &error);
    if (!lesson) {
        require(!error.isEmpty(), "a refused lesson says why");
        return;
    }

    // Accepted means usable: every field restores as written.
    ExplorerState state;
    const QStringList problems = state.restore(*lesson);
    require(problems.isEmpty(), "an accepted lesson restores without problems",
            problems.join(QLatin1Char(';')));
    checkState(state);
    require(state.xRange() == lesson->xRange && state.yRange() == lesson->yRange,
            "the lesson's view is shown");
    require(state.probeX() == lesson->probeX && state.secantH() == lesson->secantH
                && state.convention() == lesson->convention
                && state.secantMode() == lesson->secantMode && state.sampleGrid() == lesson->samples
                && state.isDerivativePanelVisible() == lesson->derivativePanel
                && state.areSamplePointsVisible() == lesson->samplePoints
                && state.areComparedValuesShown() == lesson->comparedValues
                && state.isValuesTableVisible() == lesson->valuesTable
                && state.expressionText() == lesson->expression
                && state.comparisons().size() == std::size_t(lesson->comparisons.size()),
            "the lesson's values are taken as they are");
    if (lesson->useExpression) {
        require(state.activation().isExpression()
                    && state.activation().specification() == lesson->expression.trimmed(),
                "the lesson's expression is shown");
    } else {
        const auto function = ActivationCatalog::fromSpecification(lesson->function, nullptr);
        require(function && state.activation().specification() == function->specification(),
                "the lesson's function is shown", lesson->function);
    }

    // A lesson saves and loads again unchanged; so does the session it became.
    const auto reloaded = LessonFile::fromJson(LessonFile::toJson(*lesson), &error);
    require(bool(reloaded), "a saved lesson loads again", error);
    const QString changed = difference(*lesson, *reloaded);
    require(changed.isEmpty(), "a saved lesson loads again unchanged", changed);

    const SessionSnapshot session = state.snapshot();
    const auto resumed = LessonFile::fromJson(LessonFile::toJson(session), &error);
    require(bool(resumed), "a session saved as a lesson loads again", error);
    const QString drifted = difference(session, *resumed);
    require(drifted.isEmpty(), "a session saved as a lesson loads again unchanged", drifted);
}

void checkSettings(const QByteArray &input)
{
    describeInput("settings", input);
    const QString path = scratch().filePath(QStringLiteral("relu-explorer.conf"));
    const QString aside = path + QStringLiteral(".damaged");
    QFile::remove(aside);
    {
        QFile file(path);
        require(file.open(QIODevice::WriteOnly | QIODevice::Truncate),
                "the scratch file can be written", file.errorString());
        require(file.write(input) == input.size(), "the scratch file can be written",
                file.errorString());
    }

    const QString problem = Settings::fileProblem(path);
    QStringList problems;
    SessionSnapshot session;
    {
        const Settings settings(path);
        session = settings.session(&problems);
        settings.theme();
        settings.windowGeometry();
        settings.windowState();
    }
    if (!problem.isEmpty()) {
        require(QFile::exists(aside) && !QFile::exists(path), "a damaged file is set aside",
                problem);
        require(!problems.isEmpty(), "a damaged file is reported", problem);
        const QString changed = difference(session, SessionSnapshot());
        require(changed.isEmpty(), "a damaged file gives the defaults", changed);
    }

    ExplorerState state;
    state.restore(session);
    checkState(state);

    // What the window saves on close, it finds again on the next start: unchanged, no problems.
    const SessionSnapshot saved = state.snapshot();
    const QString copy = scratch().filePath(QStringLiteral("saved.conf"));
    QFile::remove(copy);
    {
        Settings settings(copy);
        settings.setSession(saved);
        require(settings.sync(), "the session can be saved");
    }
    require(Settings::fileProblem(copy).isEmpty(), "a saved settings file is a settings file",
            Settings::fileProblem(copy));
    QStringList reloadProblems;
    const SessionSnapshot reloaded = Settings(copy).session(&reloadProblems);
    require(reloadProblems.isEmpty(), "a saved session reads back without problems",
            reloadProblems.join(QLatin1Char(';')));
    const QString changed = difference(saved, reloaded);
    require(changed.isEmpty(), "a saved session reads back unchanged", changed);
}

const Target *targets(std::size_t *count)
{
    static const Target all[] = {
        { "expression", checkExpression },
        { "lesson", checkLesson },
        { "settings", checkSettings },
    };
    *count = sizeof all / sizeof all[0];
    return all;
}

int runOne(void (*check)(const QByteArray &), const std::uint8_t *data, std::size_t size)
{
    // No copy: the sanitizers see a read past the input's end.
    const QByteArray input
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        check(input);
    } catch (const Failure &failure) {
        std::fprintf(stderr, "%s\n", failure.what());
        std::fflush(stderr);
        std::abort();
    }
    return 0;
}

void initialize(int *argc, char ***argv)
{
    // QSettings and tr() want an application object. It gets only the program's name: the
    // fuzzer's own flags (-max_len=...) are none of Qt's business.
    static int qtArgc = 1;
    static char *qtArgv[] = { *argc > 0 ? (*argv)[0] : const_cast<char *>("fuzz"), nullptr };
    static QCoreApplication application(qtArgc, qtArgv);
    QCoreApplication::setOrganizationName(QStringLiteral("ReLU Explorer fuzzing"));
}

} // namespace FuzzChecks
