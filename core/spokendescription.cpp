// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "spokendescription.h"

#include "explorerstate.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <utility>

namespace {

/** A breakpoint list longer than this is summed up, not read out point by point. */
constexpr int maximumListed = 12;

QString at(double x)
{
    return SpokenDescription::number(x);
}

/** "PyTorch uses 0", "the left derivative is used: 0", or why there is no value. */
QString conventionPhrase(const ExplorerState &state, const Breakpoint &b)
{
    const DerivativeConvention convention = state.convention();
    const double value = b.derivative(convention);
    if (const auto framework = ConventionNames::framework(convention)) {
        const QString name = FrameworkNames::displayName(*framework);
        if (std::isnan(value)) {
            const QString gap = state.activation().autogradGap(b.x, *framework);
            return gap.isEmpty() ? SpokenDescription::tr("%1 gives no value here").arg(name)
                                 : SpokenDescription::speak(gap);
        }
        return SpokenDescription::tr("%1 uses %2").arg(name, SpokenDescription::number(value));
    }
    switch (convention) {
    case DerivativeConvention::Left:
        return SpokenDescription::tr("the convention takes the left slope, %1")
            .arg(SpokenDescription::number(value));
    case DerivativeConvention::Right:
        return SpokenDescription::tr("the convention takes the right slope, %1")
            .arg(SpokenDescription::number(value));
    case DerivativeConvention::Average:
        return SpokenDescription::tr("the convention takes the average of both sides, %1")
            .arg(SpokenDescription::number(value));
    default: break;
    }
    return SpokenDescription::tr("the convention leaves f prime undefined");
}

/** "f tends to minus 1 from the left and 1 from the right", as ProbeReadout's limits say it. */
QString limitsPhrase(const Breakpoint &b)
{
    if (b.undefinedLeft())
        return SpokenDescription::tr("f is undefined to the left; f tends to %1 from the right")
            .arg(SpokenDescription::number(b.valueRight));
    if (b.undefinedRight())
        return SpokenDescription::tr("f is undefined to the right; f tends to %1 from the left")
            .arg(SpokenDescription::number(b.valueLeft));
    if (std::isnan(b.valueLeft) || std::isnan(b.valueRight)) {
        return b.kind == BreakpointKind::Oscillation
            ? SpokenDescription::tr("f has no limit there, it oscillates")
            : SpokenDescription::tr("the limits of f there are not known");
    }
    if (b.valueLeft == b.valueRight)
        return SpokenDescription::tr("f tends to %1 from both sides")
            .arg(SpokenDescription::number(b.valueLeft));
    return SpokenDescription::tr("f tends to %1 from the left and %2 from the right")
        .arg(SpokenDescription::number(b.valueLeft), SpokenDescription::number(b.valueRight));
}

QString valueAt(const Breakpoint &b)
{
    return std::isnan(b.value)
        ? SpokenDescription::tr("f of %1 is undefined").arg(at(b.x))
        : SpokenDescription::tr("f of %1 = %2").arg(at(b.x), SpokenDescription::number(b.value));
}

/**
 * A breakpoint as the probe and the description say it: `where` is its x and `value` f there, as
 * each writes them.
 */
QString breakpointPhrase(const ExplorerState &state, const Breakpoint &b, const QString &where,
                         const QString &value)
{
    if (b.isKink()) {
        return SpokenDescription::tr(
                   "kink at x = %1, %2: slope %3 from the left, %4 from the right; %5")
            .arg(where, value, SpokenDescription::number(b.left),
                 SpokenDescription::number(b.right), conventionPhrase(state, b));
    }
    // Where the formula's expansions cannot tell the kind, nor can they tell whether f′ exists.
    const QString derivative = b.kind == BreakpointKind::Unknown
        ? SpokenDescription::tr("whether f prime exists there is not known")
        : SpokenDescription::tr("f prime does not exist");
    return SpokenDescription::tr("%1 at x = %2: %3, %4; %5")
        .arg(b.kindName(), where, limitsPhrase(b), value, derivative);
}

/** One breakpoint in a sentence of the description, both sides of it included. */
QString breakpointSentence(const ExplorerState &state, const Breakpoint &b)
{
    QString sentence = breakpointPhrase(state, b, at(b.x), valueAt(b));
    // The slopes of the curve on each side, where both are numbers: a jump between two flat
    // pieces has slope 0 on both sides, and still no derivative.
    if (!b.isKink() && std::isfinite(b.slopeLeft) && std::isfinite(b.slopeRight))
        sentence += SpokenDescription::tr("; the curve's slope is %1 on the left and %2 on the "
                                          "right")
                        .arg(SpokenDescription::number(b.slopeLeft),
                             SpokenDescription::number(b.slopeRight));
    return sentence;
}

/** "for x < 0", "for x between 0 and 6", "for every x". */
QString domainPhrase(Interval domain)
{
    const bool lowerOpen = std::isinf(domain.lower);
    const bool upperOpen = std::isinf(domain.upper);
    if (lowerOpen && upperOpen)
        return SpokenDescription::tr("for every x");
    if (lowerOpen)
        return SpokenDescription::tr("for x less than %1").arg(at(domain.upper));
    if (upperOpen)
        return SpokenDescription::tr("for x greater than %1").arg(at(domain.lower));
    return SpokenDescription::tr("for x between %1 and %2").arg(at(domain.lower), at(domain.upper));
}

QString lineFormula(const Piece &piece)
{
    if (piece.slope == 0.0)
        return SpokenDescription::number(piece.intercept);
    QString line = piece.slope == 1.0 ? QStringLiteral("x")
        : piece.slope == -1.0
        ? SpokenDescription::tr("minus x")
        : SpokenDescription::tr("%1 times x").arg(SpokenDescription::number(piece.slope));
    if (piece.intercept > 0.0)
        line = SpokenDescription::tr("%1 plus %2")
                   .arg(line, SpokenDescription::number(piece.intercept));
    else if (piece.intercept < 0.0)
        line = SpokenDescription::tr("%1 minus %2")
                   .arg(line, SpokenDescription::number(-piece.intercept));
    return line;
}

QString pieceSentence(const Piece &piece)
{
    const QString where = domainPhrase(piece.domain);
    if (piece.linear)
        return SpokenDescription::tr("%1: a straight line with slope %2, f of x = %3")
            .arg(where, SpokenDescription::number(piece.slope), lineFormula(piece));
    return SpokenDescription::tr("%1: %2").arg(where,
                                               SpokenDescription::speak(piece.derivativeLabel));
}

QString secantPhrase(const ExplorerState &state)
{
    const SecantMode mode = state.secantMode();
    const Activation &f = state.activation();
    const double x = state.probeX();
    switch (mode) {
    case SecantMode::Off: return {};
    case SecantMode::BothSides: {
        const double h = std::abs(state.secantH());
        const DifferenceQuotient::Row row = DifferenceQuotient::at(f, x, f.value(x), h);
        return SpokenDescription::tr("secants on both sides with h = %1: slope %2 on the left, "
                                     "%3 on the right")
            .arg(SpokenDescription::number(h), SpokenDescription::number(row.left),
                 SpokenDescription::number(row.right));
    }
    case SecantMode::Central:
        return SpokenDescription::tr("central secant with h = %1: slope %2")
            .arg(SpokenDescription::number(state.secantH()),
                 SpokenDescription::number(state.secantSlope()));
    case SecantMode::Forward: break;
    }
    return SpokenDescription::tr("secant with h = %1: slope %2")
        .arg(SpokenDescription::number(state.secantH()),
             SpokenDescription::number(state.secantSlope()));
}

/** "For x less than 0", "Kink at": a phrase as a sentence; never the name f, which begins none. */
QString capitalised(QString phrase)
{
    if (!phrase.isEmpty())
        phrase[0] = phrase.at(0).toUpper();
    return phrase;
}

} // namespace

QString SpokenDescription::number(double value, int decimals)
{
    if (std::isnan(value))
        return tr("undefined");
    if (std::isinf(value))
        return value > 0 ? tr("infinity") : tr("minus infinity");
    if (decimals >= 0) {
        const double scale = std::pow(10.0, decimals);
        const double rounded = std::round(value * scale) / scale;
        if (std::isfinite(rounded) && std::abs(value) < 1e15)
            value = rounded;
    }
    if (value == 0.0)
        return QStringLiteral("0"); // and −0 too: "minus 0" would be noise
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator); // "1000", not "1,000": one number
    QString digits = locale.toString(std::abs(value), 'g', 6);
    const int e = int(digits.indexOf(QLatin1Char('e'), 0, Qt::CaseInsensitive));
    QString text;
    if (e >= 0) {
        const int exponent = digits.mid(e + 1).toInt();
        const QString mantissa = digits.left(e);
        const QString power
            = exponent < 0 ? tr("minus %1").arg(-exponent) : QString::number(exponent);
        text = mantissa == QLatin1String("1")
            ? tr("10 to the power %1").arg(power)
            : tr("%1 times 10 to the power %2").arg(mantissa, power);
    } else {
        text = digits;
    }
    return value < 0 ? tr("minus %1").arg(text) : text;
}

QString SpokenDescription::speak(const QString &text)
{
    // Longest first: "f′₋" before "f′".
    const std::pair<const char *, QString> words[] = {
        { "f′₋", tr("f prime minus") },
        { "f′₊", tr("f prime plus") },
        { "f ′(x)", tr("f prime of x") },
        { "f′", tr("f prime") },
        { "∂f", tr("the subdifferential of f") },
        { "≈", tr(" approximately ") },
        { "≠", tr(" is not ") },
        { "≤", tr(" at most ") },
        { "≥", tr(" at least ") },
        { "∞", tr("infinity") },
        { "√", tr("square root of ") },
        { "∛", tr("cube root of ") },
        { "π", tr("pi") },
        { "σ", tr("sigma") },
        { "Φ", tr("capital Phi") },
        { "φ", tr("phi") },
        { "·", tr(" times ") },
        { "×", tr(" times ") },
        { "²", tr(" squared") },
        { "³", tr(" cubed") },
        { " − ", tr(" minus ") },
        { "−", tr("minus ") },
        { " - ", tr(" minus ") },
    };
    QString spoken = text;
    // f′(2) and f(−1): "f prime of 2", "f of minus 1"; an argument without parentheses of its
    // own, so "f(g(x))" is left to the words below.
    static const QRegularExpression applied(QStringLiteral("\\bf(′[₋₊]?)?\\(([^()]*)\\)"));
    QString rewritten;
    qsizetype done = 0;
    for (auto it = applied.globalMatch(spoken); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        rewritten += spoken.mid(done, match.capturedStart() - done);
        const QString prime = match.captured(1);
        const QString argument = match.captured(2);
        if (prime.isEmpty())
            rewritten += tr("f of %1").arg(argument);
        else if (prime.endsWith(QChar(u'₋')))
            rewritten += tr("f prime minus of %1").arg(argument);
        else if (prime.endsWith(QChar(u'₊')))
            rewritten += tr("f prime plus of %1").arg(argument);
        else
            rewritten += tr("f prime of %1").arg(argument);
        done = match.capturedEnd();
    }
    spoken = rewritten + spoken.mid(done);
    for (const auto &[symbol, word] : words)
        spoken.replace(QString::fromUtf8(symbol), word);
    // A power of ten as NumberFormat::compact writes it: "10⁻⁶", "10¹²".
    static const QString superscripts = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    static const QRegularExpression power(QStringLiteral("10(⁻?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)"));
    QRegularExpressionMatch match;
    while ((match = power.match(spoken)).hasMatch()) {
        const QString exponent = match.captured(2);
        spoken.replace(match.capturedStart(), match.capturedLength(),
                       (match.capturedLength(1) > 0 ? tr("10 to the power minus %1")
                                                    : tr("10 to the power %1"))
                           .arg(exponent));
    }
    for (int digit = 0; digit < 10; ++digit)
        spoken.replace(superscripts.at(digit), QChar(u'0' + digit));
    // A thin or hair space in a typeset label is no pause.
    spoken.replace(QChar(0x200a), QString());
    spoken.replace(QChar(0x2009), QLatin1Char(' '));
    return spoken.simplified();
}

QString SpokenDescription::probe(const ExplorerState &state, int decimals)
{
    const Activation &f = state.activation();
    const double x = state.probeX();
    const Breakpoint *b = f.breakpointAt(x);
    const double y = b ? b->value : f.value(x);
    const QString where = number(x, decimals);
    const QString value = std::isnan(y)
        ? tr("f of x is undefined")
        : tr("f of x = %1").arg(number(y, std::isfinite(y) ? decimals : -1));
    QString sentence;
    if (b) {
        sentence = breakpointPhrase(state, *b, where, value);
    } else {
        const double slope = f.derivative(x);
        sentence = std::isnan(slope) ? tr("x = %1, %2, slope undefined").arg(where, value)
                                     : tr("x = %1, %2, slope %3").arg(where, value, number(slope));
    }
    const QString secant = secantPhrase(state);
    if (!secant.isEmpty())
        sentence += QStringLiteral("; ") + secant;
    return sentence;
}

QString SpokenDescription::graph(const ExplorerState &state, int decimals)
{
    const Activation &f = state.activation();
    const Interval view = state.xRange();
    QStringList lines;
    lines << (f.isExpression()
                  ? tr("Function: f of x = %1.").arg(speak(f.formula()))
                  : tr("Function: %1, f of x = %2.").arg(f.title(), speak(f.formula())));
    lines << tr("View: x from %1 to %2, y from %3 to %4.")
                 .arg(number(view.lower, decimals), number(view.upper, decimals),
                      number(state.yRange().lower, decimals),
                      number(state.yRange().upper, decimals));

    // piecesIn may reach beyond the view (floor's pieces to −1000): only the ones seen count.
    std::vector<Piece> pieces;
    // And only where f is defined: a piece lies between breakpoints (edges of the domain
    // among them), so f is defined on all of it or nowhere, as at the middle of what is seen.
    for (const Piece &piece : f.piecesIn(view)) {
        const double lower = std::max(piece.domain.lower, view.lower);
        const double upper = std::min(piece.domain.upper, view.upper);
        if (upper > lower && !std::isnan(f.value(0.5 * (lower + upper))))
            pieces.push_back(piece);
    }
    lines << tr("Pieces in view: %1.").arg(pieces.size());
    int shown = 0;
    for (const Piece &piece : pieces) {
        if (++shown > maximumListed) {
            lines << tr("and %n more pieces.", nullptr, int(pieces.size()) - maximumListed);
            break;
        }
        lines << capitalised(pieceSentence(piece)) + QLatin1Char('.');
    }

    const std::vector<Breakpoint> points = f.breakpointsIn(view);
    const bool complete = f.breakpointsCompleteIn(view);
    if (points.empty()) {
        // Without a breakpoint in view, one piece at most lies in it; f is defined on all the
        // view only where that piece covers it (√(x − 10) has none, √x beside −1 … 0 none either).
        const bool covered = pieces.size() == 1 && pieces.front().domain.lower <= view.lower
            && pieces.front().domain.upper >= view.upper;
        if (!complete)
            lines << tr("No breakpoint found in view.");
        else if (pieces.empty())
            lines << tr("f is undefined everywhere in view.");
        else if (covered)
            lines << tr("No kink, jump or other breakpoint in view: f is differentiable at every "
                        "x in view.");
        else
            lines << tr("No kink, jump or other breakpoint in view: f is differentiable wherever "
                        "it is defined in view.");
    } else {
        lines << tr("Breakpoints in view: %1.").arg(speak(Breakpoint::summary(points, complete)));
        int listed = 0;
        for (const Breakpoint &b : points) {
            if (++listed > maximumListed) {
                lines << tr("and %n more breakpoints.", nullptr,
                            int(points.size()) - maximumListed);
                break;
            }
            lines << capitalised(breakpointSentence(state, b)) + QLatin1Char('.');
        }
    }
    if (!complete)
        lines << speak(f.breakpointsCaveat(view));

    lines << tr("Convention at kinks: %1.").arg(ConventionNames::displayName(state.convention()));
    lines << tr("Probe: %1.").arg(probe(state, decimals));
    return lines.join(QLatin1Char('\n'));
}
