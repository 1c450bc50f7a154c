// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csv.h"
#include "expression/enclosure.h"
#include "expression/expressionfunction.h"
#include "expression/expressionparser.h"
#include "expression/symbolicderivative.h"
#include "expressionactivation.h"
#include "fuzzy.h"
#include "sampler.h"
#include "valuetable.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>
#include <limits>
#include <map>

/**
 * The user's own f(x) against truths derived independently (tools/make_expression_reference.py:
 * sympy limits, mpmath at 60+ digits, and PyTorch 1.13's autograd measured in float64), for 214
 * expressions: every breakpoint in the range with its kind and one-sided derivatives, and f, f′,
 * f′₋, f′₊, the kind of point and autograd's value at about 3000 points. Bad input is refused
 * with a message and a position.
 */
class TestExpressionActivation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parameters_data();
    void parameters();
    void kinksOfACutListLieInNoPiece();
    void initTestCase();
    void referenceBreakpoints_data();
    void referenceBreakpoints();
    void aListCutShortAgreesWithItself();
    void aListCutShortJudgesABandAsTheListDoes();
    void referencePoints_data();
    void referencePoints();
    void linearPiecesAreExact();
    void jumpsAreDrawnWithoutConnector();
    void gapsWhereNotANumber();
    void symbolicDerivativeParsesBack_data();
    void symbolicDerivativeParsesBack();
    void breakpointsBeyondTheAnalysedRange();
    void badInput_data();
    void badInput();

private:
    struct Expected
    {
        double x;
        QString kind;
        double left;
        double right;
    };
    /** expression → its breakpoints in the reference range, sorted. */
    std::map<QString, std::vector<Expected>> m_breakpoints;
    std::map<QString, std::shared_ptr<const ExpressionActivation>> m_functions;

    std::shared_ptr<const ExpressionActivation> function(const QString &expression);
};

namespace {

const QString dataDir = QStringLiteral(RELU_TEST_DATA_DIR);

/** Within `ulps` units in the last place (and exactly equal for infinities and NaN). */
bool nearlyEqual(double actual, double expected, double ulps)
{
    if (std::isnan(expected) || std::isinf(expected))
        return fuzzyEqual(actual, expected, 0, 0);
    const double ulp = std::nextafter(std::abs(expected), std::numeric_limits<double>::infinity())
        - std::abs(expected);
    return std::abs(actual - expected) <= ulps * ulp;
}

QString text(double v)
{
    return QString::number(v, 'g', 17);
}

} // namespace

std::shared_ptr<const ExpressionActivation>
TestExpressionActivation::function(const QString &expression)
{
    // The mathematics, not the window's time budget: under a sanitizer on a busy machine the
    // interactive 150 ms ran out (abs(sin(x)), floor(sin(x))), and a list cut short is judged
    // point by point (aListCutShortAgreesWithItself tests that).
    auto &slot = m_functions[expression];
    if (!slot)
        slot = ExpressionActivation::parse(expression, ExpressionActivation::batch).activation;
    return slot;
}

void TestExpressionActivation::initTestCase()
{
    const auto rows = readCsv(dataDir + QStringLiteral("/expression_breakpoints.csv"),
                              QStringLiteral("expression,from,to,x,kind,df_left,df_right"));
    QVERIFY(rows.size() > 2900);
    for (const QStringList &r : rows) {
        QCOMPARE(r.size(), 7);
        m_breakpoints[r[0]].push_back({ csvNumber(r[3]), r[4], csvNumber(r[5]), csvNumber(r[6]) });
    }
}

void TestExpressionActivation::referenceBreakpoints_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<int>("count");
    const auto rows = readCsv(dataDir + QStringLiteral("/expression_breakpoint_counts.csv"),
                              QStringLiteral("expression,from,to,count"));
    QVERIFY(rows.size() >= 120);
    for (const QStringList &r : rows)
        QTest::addRow("%s on [%s, %s]", qPrintable(r[0]), qPrintable(r[1]), qPrintable(r[2]))
            << r[0] << csvNumber(r[1]) << csvNumber(r[2]) << r[3].toInt();
}

void TestExpressionActivation::aListCutShortAgreesWithItself()
{
    // A time budget too short for abs(sin(x))'s 637 kinks in [-1000, 1000]: the list is cut
    // short, and says so. The kinks it did find are kinks everywhere: f′ at each is the
    // convention's value, as kinkAt says, not the autograd value of a smooth point.
    // The budget grows until it finds some kinks but not all: 2 ms on a fast machine, more under
    // a sanitizer.
    using std::chrono::milliseconds;
    std::shared_ptr<const ExpressionActivation> f;
    for (int budget = 1; budget <= 4096; budget *= 2) {
        f = ExpressionActivation::parse(QStringLiteral("abs(sin(x))"),
                                        { milliseconds(budget), milliseconds(budget) })
                .activation;
        QVERIFY(f);
        if (!f->kinks().empty() || f->breakpointsCompleteIn({ -1000, 1000 }))
            break;
    }
    const std::vector<Breakpoint> &kinks = f->kinks();
    if (f->breakpointsCompleteIn({ -1000, 1000 }))
        QSKIP("this machine found every kink within the first budget that found any");
    QVERIFY(!kinks.empty());
    for (const Breakpoint &kink : kinks) {
        QVERIFY(f->kinkAt(kink.x));
        QCOMPARE(f->derivative(kink.x, DerivativeConvention::Left), kink.left);
        QCOMPARE(f->derivative(kink.x, DerivativeConvention::Right), kink.right);
        QCOMPARE(f->leftDerivative(kink.x), kink.left);
    }
}

void TestExpressionActivation::aListCutShortJudgesABandAsTheListDoes()
{
    // Within 1.5e-8 of π/2 the double sin(x) is exactly 1: floor(sin(x)) sits at its switch over
    // a band of doubles, and a complete list names one point of it. With the list cut short by
    // its time budget, each double there was judged alone and called a jump. At π/2 ± 1e-9 the
    // function is smooth (mpmath: tests/core/data/expression_points.csv).
    using std::chrono::milliseconds;
    std::shared_ptr<const ExpressionActivation> f;
    for (int budget = 1; budget <= 4096; budget *= 2) {
        f = ExpressionActivation::parse(QStringLiteral("floor(sin(x))"),
                                        { milliseconds(budget), milliseconds(budget) })
                .activation;
        QVERIFY(f);
        if (!f->breakpoints().empty() || f->breakpointsCompleteIn({ -1000, 1000 }))
            break;
    }
    if (f->breakpointsCompleteIn({ -1000, 1000 }))
        QSKIP("this machine found every breakpoint within the first budget that found any");
    for (double x : { 1.5707963257948965, 1.5707963277948966, -7.853981634974483,
                      -7.853981632974483, 4.71238897938469, 4.71238898138469 }) {
        const Breakpoint *b = f->breakpointAt(x);
        QVERIFY2(!b,
                 qPrintable(QStringLiteral("a %1 at x = %2")
                                .arg(b ? Breakpoint::kindKey(b->kind) : QString())
                                .arg(x, 0, 'g', 17)));
    }
}

void TestExpressionActivation::referenceBreakpoints()
{
    QFETCH(QString, expression);
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(int, count);
    const auto f = function(expression);
    QVERIFY2(f, qPrintable(expression));
    const std::vector<Breakpoint> found = f->breakpointsIn({ from, to });
    QVERIFY(f->breakpointsCompleteIn({ from, to }));
    QStringList where;
    for (const Breakpoint &b : found)
        where << text(b.x) + QLatin1Char(' ') + Breakpoint::kindKey(b.kind);
    QVERIFY2(int(found.size()) == count,
             qPrintable(QStringLiteral("found %1, expected %2: %3")
                            .arg(found.size())
                            .arg(count)
                            .arg(where.mid(0, 12).join(QLatin1String("; ")))));
    const std::vector<Expected> &expected = m_breakpoints[expression];
    QCOMPARE(int(expected.size()), count);
    for (std::size_t i = 0; i < found.size(); ++i) {
        const Breakpoint &b = found[i];
        const Expected &e = expected[i];
        const QString at = QStringLiteral(" at x = ") + text(e.x);
        // A breakpoint that is a double is found exactly; one that is not (π, √2) is the double
        // where the branch changes, within an ulp or two of the nearest one.
        QVERIFY2(nearlyEqual(b.x, e.x, 2), qPrintable(QStringLiteral("x = ") + text(b.x) + at));
        QVERIFY2(
            Breakpoint::kindKey(b.kind) == e.kind,
            qPrintable(Breakpoint::kindKey(b.kind) + QStringLiteral(", expected ") + e.kind + at));
        QVERIFY2(fuzzyEqual(b.left, e.left, 1e-300, 1e-12),
                 qPrintable(QStringLiteral("f′₋ = ") + text(b.left) + QStringLiteral(", expected ")
                            + text(e.left) + at));
        QVERIFY2(fuzzyEqual(b.right, e.right, 1e-300, 1e-12),
                 qPrintable(QStringLiteral("f′₊ = ") + text(b.right) + QStringLiteral(", expected ")
                            + text(e.right) + at));
    }
}

void TestExpressionActivation::referencePoints_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("f");
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("dfLeft");
    QTest::addColumn<double>("dfRight");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<double>("autograd");
    const auto rows = readCsv(dataDir + QStringLiteral("/expression_points.csv"),
                              QStringLiteral("expression,x,f,df,df_left,df_right,kind,autograd"));
    QVERIFY(rows.size() > 2900);
    for (const QStringList &r : rows) {
        QTest::addRow("%s at %s", qPrintable(r[0]), qPrintable(r[1]))
            << r[0] << csvNumber(r[1]) << csvNumber(r[2]) << csvNumber(r[3]) << csvNumber(r[4])
            << csvNumber(r[5]) << r[6] << csvNumber(r[7]);
    }
}

void TestExpressionActivation::referencePoints()
{
    QFETCH(QString, expression);
    QFETCH(double, x);
    QFETCH(double, f);
    QFETCH(double, df);
    QFETCH(double, dfLeft);
    QFETCH(double, dfRight);
    QFETCH(QString, kind);
    QFETCH(double, autograd);
    const auto activation = function(expression);
    QVERIFY2(activation, qPrintable(expression));
    const Activation &g = *activation;
    const Breakpoint *b = g.breakpointAt(x);

    // A row a few ulps from a breakpoint, or at the double nearest one that is no double (π,
    // 1/3 as a real number), is on one side or the other by rounding alone: the double
    // arithmetic decides which, and the app puts the breakpoint at some double there.
    bool roundingDistance = false;
    for (const Expected &e : m_breakpoints[expression])
        roundingDistance = roundingDistance
            || ((e.x != x || kind == QLatin1String("smooth")) && nearlyEqual(x, e.x, 4));
    if (roundingDistance) {
        QVERIFY(!b || nearlyEqual(b->x, x, 4));
        return;
    }

    // f and f′ are computed in double precision, one rounding per operation. Where the formula
    // itself cancels (1 − x² near 1, sin(x)/x near 0), the double result may differ from the
    // exact one by more than a few ulps, but both lie within the interval enclosure of the exact
    // value: outside it, the app is wrong.
    const auto parsed = Expression::ExpressionParser::parse(expression);
    const Expression::ExpressionFunction exact(parsed.tree);
    const Expression::SlopeEnclosure enclosure = exact.enclosureAt(x);
    auto within = [](const Expression::Enclosure &e, double v) {
        const double slack
            = 4 * std::numeric_limits<double>::epsilon() * std::max(std::abs(e.lo), std::abs(e.hi));
        return std::isnan(v) || (v >= e.lo - slack && v <= e.hi + slack);
    };
    const auto check = [&](double actual, double expected, const Expression::Enclosure &e,
                           const char *what) {
        if (fuzzyEqual(actual, expected, 1e-15 * std::max(1.0, std::abs(x)), 1e-12))
            return true;
        if (std::isfinite(actual) == std::isfinite(expected) && within(e, actual)
            && within(e, expected) && !e.isEmpty())
            return true;
        // An intermediate overflowed (1/x² at 1e-300) or underflowed (log(sigmoid(x)) at −800):
        // the enclosure is unbounded, and the table says "overflow" rather than pass the ±∞ off.
        if (std::isinf(actual) && std::isfinite(expected) && (std::isinf(e.lo) || std::isinf(e.hi)))
            return ValueTable::row(g, x, DerivativeConvention::PyTorch).kind
                == QLatin1String("overflow");
        qWarning("%s = %.17g, expected %.17g (enclosure [%.17g, %.17g])", what, actual, expected,
                 e.lo, e.hi);
        return false;
    };
    // At a breakpoint f is f at the exact point: undefined where a primitive is (1/x at 0 is no
    // number, though IEEE says ∞).
    if (b)
        RELU_FUZZY_COMPARE(b->value, f, 1e-15 * std::max(1.0, std::abs(x)), 1e-12);
    else
        QVERIFY(check(g.value(x), f, enclosure.value, "f"));
    // What autograd returns is a measurement of PyTorch, float64 on the same tree; torch's own
    // tanh and exp may differ from glibc's in the last bit, which 1 − y² amplifies.
    RELU_FUZZY_COMPARE(g.autogradDerivative(x), autograd, 1e-300, 1e-8);
    QCOMPARE(b ? Breakpoint::kindKey(b->kind) : QStringLiteral("smooth"), kind);
    if (!b) // f′ by forward mode on the tree: the derivative formula in double precision
        QVERIFY(check(g.derivative(x), df, enclosure.slope, "f′"));
    if (b) {
        RELU_FUZZY_COMPARE(g.leftDerivative(x), dfLeft, 1e-300, 1e-12);
        RELU_FUZZY_COMPARE(g.rightDerivative(x), dfRight, 1e-300, 1e-12);
    } else {
        QVERIFY(check(g.leftDerivative(x), dfLeft, enclosure.slope, "f′₋"));
        QVERIFY(check(g.rightDerivative(x), dfRight, enclosure.slope, "f′₊"));
    }
}

void TestExpressionActivation::linearPiecesAreExact()
{
    const auto f = function(QStringLiteral("max(0, x)"));
    QVERIFY(f);
    const auto &kinks = f->kinks();
    QCOMPARE(kinks.size(), std::size_t(1));
    QCOMPARE(kinks[0].x, 0.0); // exactly, so the probe can sit on it
    const std::vector<Piece> pieces = f->pieces();
    QCOMPARE(pieces.size(), std::size_t(2));
    QVERIFY(pieces[0].linear && pieces[1].linear);
    QCOMPARE(pieces[0].slope, 0.0);
    QCOMPARE(pieces[1].slope, 1.0);
    QCOMPARE(pieces[0].derivativeLabel, QStringLiteral("f′(x) = 0"));
    QCOMPARE(pieces[1].derivativeLabel, QStringLiteral("f′(x) = 1"));
    QCOMPARE(f->derivative(0.0, DerivativeConvention::Left), 0.0);
    QCOMPARE(f->derivative(0.0, DerivativeConvention::Right), 1.0);
    // torch.maximum splits a tie: autograd says ½ for max(0, x), 0 for relu(x).
    QCOMPARE(f->derivative(0.0, DerivativeConvention::PyTorch), 0.5);
    QCOMPARE(function(QStringLiteral("relu(x)"))->derivative(0.0, DerivativeConvention::PyTorch),
             0.0);

    // relu(x) − relu(−x) is x: one straight piece, no breakpoint, although autograd says 0 at 0.
    const auto identity = function(QStringLiteral("relu(x)-relu(-x)"));
    QCOMPARE(identity->breakpoints().size(), std::size_t(0));
    QCOMPARE(identity->pieces().size(), std::size_t(1));
    QCOMPARE(identity->derivative(0.0), 1.0);
    QCOMPARE(identity->autogradDerivative(0.0, Framework::PyTorch), 0.0);
}

void TestExpressionActivation::jumpsAreDrawnWithoutConnector()
{
    // x + (x > 0): the left piece ends at the limit 0, the right one starts at 1.
    const auto f = function(QStringLiteral("x+(x>0)"));
    const std::vector<Piece> pieces = f->piecesIn({ -2, 2 });
    QCOMPARE(pieces.size(), std::size_t(2));
    QCOMPARE(pieces[0].valueAtUpper, 0.0);
    QCOMPARE(pieces[1].valueAtLower, 1.0);
    Polyline right;
    Sampler::samplePiece(*f, pieces[1], { -2, 2 }, 400, right);
    QCOMPARE(right.x.front(), 0.0);
    QCOMPARE(right.y.front(), 1.0); // not f(0) = 0, which belongs to the left
}

void TestExpressionActivation::gapsWhereNotANumber()
{
    // sqrt is NaN for x < 0 and exp overflows to inf for large x: gaps, never garbage lines.
    for (const char *text : { "sqrt(x)", "exp(1000*x)", "log(x)" }) {
        const auto f = function(QString::fromLatin1(text));
        QVERIFY2(f, text);
        Polyline points;
        bool gap = false, drawn = false;
        for (const Piece &piece : f->piecesIn({ -5, 5 })) {
            Sampler::samplePiece(*f, piece, { -5, 5 }, 500, points);
            for (double y : points.y) {
                gap = gap || std::isnan(y);
                drawn = drawn || std::isfinite(y);
                QVERIFY(!std::isinf(y));
            }
        }
        QVERIFY2(gap && drawn, text);
    }
}

void TestExpressionActivation::symbolicDerivativeParsesBack_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QVector<double>>("xs");
    QTest::newRow("abs(sin(x))") << QStringLiteral("abs(sin(x))")
                                 << QVector<double> { -1.0, 2.0, 4.0 };
    QTest::newRow("gelu-like") << QStringLiteral("0.5*x*(1+tanh(0.8*x))")
                               << QVector<double> { -2.0, 0.5, 3.0 };
    QTest::newRow("quotient") << QStringLiteral("sin(x)/x") << QVector<double> { -3.0, 0.7 };
    QTest::newRow("power and log")
        << QStringLiteral("x^x + log2(x) - sqrt(x)") << QVector<double> { 0.3, 2.0 };
    QTest::newRow("branches") << QStringLiteral("x<0 ? exp(x) : 1/(1+x^2)")
                              << QVector<double> { -1.0, 1.0 };
    QTest::newRow("special functions")
        << QStringLiteral("erf(x)*sigmoid(2*x)+softplus(-x)") << QVector<double> { -1.5, 0.25 };
    QTest::newRow("inverse trigonometry")
        << QStringLiteral("asin(x/2)+acos(x/3)+atan2(x,2)") << QVector<double> { -0.5, 1.0 };
}

void TestExpressionActivation::symbolicDerivativeParsesBack()
{
    // The legend's formula for f′ on a piece, read back as an expression, is f′ there.
    QFETCH(QString, expression);
    QFETCH(QVector<double>, xs);
    const auto parsed = Expression::ExpressionParser::parse(expression);
    QVERIFY(parsed.ok());
    const Expression::ExpressionFunction f(parsed.tree);
    for (double x : xs) {
        const QString formula = Expression::SymbolicDerivative::formula(f, x, false);
        const auto back = Expression::ExpressionParser::parse(formula);
        QVERIFY2(back.ok(), qPrintable(formula + QStringLiteral(": ") + back.error));
        const Expression::ExpressionFunction derivative(back.tree);
        RELU_FUZZY_COMPARE(derivative.value(x), f.evaluator().slope(x).slope, 1e-14, 1e-12);
    }
}

void TestExpressionActivation::breakpointsBeyondTheAnalysedRange()
{
    // The list reaches ±1000; a view beyond it finds its own breakpoints, and so does a probe.
    const auto f = function(QStringLiteral("abs(x-1500)+relu(x-2e6)"));
    QCOMPARE(f->breakpoints().size(), std::size_t(0));
    const std::vector<Breakpoint> far = f->breakpointsIn({ 1000, 3e6 });
    QCOMPARE(far.size(), std::size_t(2));
    QCOMPARE(far[0].x, 1500.0);
    QCOMPARE(far[1].x, 2e6);
    QVERIFY(f->kinkAt(2e6));
    QCOMPARE(f->leftDerivative(2e6), 1.0);
    QCOMPARE(f->rightDerivative(2e6), 2.0);
}

void TestExpressionActivation::badInput_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("position");
    QTest::newRow("empty") << QString() << QStringLiteral("enter f(x) in terms of x") << -1;
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("enter f(x) in terms of x")
                           << -1;
    QTest::newRow("syntax error") << QStringLiteral("max(0,,x)")
                                  << QStringLiteral("unexpected comma") << 6;
    QTest::newRow("unknown function")
        << QStringLiteral("max(0, foo(x))") << QStringLiteral("unknown function 'foo'") << 7;
    QTest::newRow("a name that starts with _")
        << QStringLiteral("max(0, _y)")
        << QStringLiteral("unknown name '_y'; a parameter's name starts with a letter") << 7;
    QTest::newRow("five parameters")
        << QStringLiteral("a*x + b + c + d + k")
        << QStringLiteral("too many parameters: at most 4 (a, b, c, d), and 'k' is another") << 18;
    QTest::newRow("unclosed parenthesis, at the parenthesis")
        << QStringLiteral("max(0, x") << QStringLiteral("a parenthesis is not closed") << 3;
    QTest::newRow("trailing operator")
        << QStringLiteral("x +") << QStringLiteral("ends too early") << 3;
    QTest::newRow("two expressions")
        << QStringLiteral("x, 2*x") << QStringLiteral("one expression") << 1;
    QTest::newRow("an assignment")
        << QStringLiteral("x=2") << QStringLiteral("would assign a value") << 1;
    QTest::newRow("an assignment inside")
        << QStringLiteral("(x=0)+x") << QStringLiteral("would assign a value") << 2;
    QTest::newRow("two operands, one operator missing")
        << QStringLiteral("x x") << QStringLiteral("an operator is missing before 'x'") << 2;
    QTest::newRow("a product without *")
        << QStringLiteral("2x") << QStringLiteral("a product is written 2*x") << 1;
    QTest::newRow("a doubled sign")
        << QStringLiteral("--x") << QStringLiteral("unexpected operator '-'") << 1;
    QTest::newRow("an exponent without digits")
        << QStringLiteral("1e+") << QStringLiteral("exponent needs digits") << 3;
    QTest::newRow("a number too large")
        << QStringLiteral("1e400*x") << QStringLiteral("too large") << 0;
    QTest::newRow("too many arguments")
        << QStringLiteral("sin(x, 2)") << QStringLiteral("too many arguments for sin") << 7;
    QTest::newRow("too few arguments")
        << QStringLiteral("clamp(x, 1)") << QStringLiteral("too few arguments for clamp") << 10;
    QTest::newRow("a function without parentheses")
        << QStringLiteral("sin") << QStringLiteral("sin is a function: write sin(x)") << 0;
    QTest::newRow("? without :") << QStringLiteral("x ? 1") << QStringLiteral("needs its ':'") << 5;
    QTest::newRow("single &") << QStringLiteral("x & 1") << QStringLiteral("write && for") << 2;
    QTest::newRow("NaN everywhere")
        << QStringLiteral("sqrt(-1-x^2)") << QStringLiteral("not a real number anywhere") << -1;
    QTest::newRow("garbage") << QStringLiteral("§$%&") << QStringLiteral("unexpected character '§'")
                             << 0;
    QTest::newRow("non-ASCII after ASCII")
        << QStringLiteral("max(0, x) · 2") << QStringLiteral("unexpected character '·'") << 10;
    QTest::newRow("a control character")
        << QStringLiteral("x\u0001") << QStringLiteral("unexpected character 'U+0001'") << 1;
    QTest::newRow("unknown function")
        << QStringLiteral("frac(x)") << QStringLiteral("unknown function 'frac'") << 0;
    QTest::newRow("1 MB") << QString(1 << 20, QLatin1Char('x')) << QStringLiteral("at most 1000")
                          << -1;
    QTest::newRow("10,000 parentheses")
        << QString(10000, QLatin1Char('(')) + QStringLiteral("x") + QString(10000, QLatin1Char(')'))
        << QStringLiteral("at most 1000") << -1;
    QTest::newRow("499 nested parentheses, the most 1000 characters hold")
        << QString(499, QLatin1Char('(')) + QStringLiteral("x") + QString(499, QLatin1Char(')'))
        << QString() << -3;
}

void TestExpressionActivation::badInput()
{
    QFETCH(QString, expression);
    QFETCH(QString, message);
    QFETCH(int, position);
    QElapsedTimer timer;
    timer.start();
    const auto parsed = ExpressionActivation::parse(expression);
    QVERIFY(timer.elapsed() < 10000); // no hang
    if (position == -3) {
        QVERIFY2(parsed.activation, qPrintable(parsed.error));
        QCOMPARE(parsed.activation->value(2.0), 2.0);
        return;
    }
    QVERIFY(!parsed.activation);
    QVERIFY(!parsed.error.isEmpty());
    QVERIFY(!parsed.error.contains(QLatin1Char('\n')));
    QVERIFY2(parsed.error.contains(message), qPrintable(parsed.error));
    QCOMPARE(parsed.errorPosition, position);
}

void TestExpressionActivation::kinksOfACutListLieInNoPiece()
{
    // abs(sin(100x)) has 63,662 kinks in [-1000, 1000], more than a list holds: the list is cut
    // at maximumBreakpoints whatever the machine's speed. A kink it holds is still no piece's
    // interior (before the fix, pieceAt analysed the empty range [x, x], found nothing, and
    // answered with one piece over all of x, for each of the 10,000; the same happened under
    // the window's time budget on a slow build, for abs(sin(x))).
    const auto parsed = ExpressionActivation::parse(QStringLiteral("abs(sin(100*x))"),
                                                    ExpressionActivation::batch);
    QVERIFY(parsed.activation);
    const Activation &f = *parsed.activation;
    QCOMPARE(f.kinks().size(), ExpressionActivation::maximumBreakpoints);
    for (const Breakpoint &kink : f.kinks()) {
        QVERIFY2(!f.pieceAt(kink.x), qPrintable(QString::number(kink.x, 'g', 17)));
        QVERIFY(f.kinkAt(kink.x));
    }
    // Between two kinks, the piece is there.
    const double between = 0.5 * (f.kinks()[0].x + f.kinks()[1].x);
    QVERIFY(f.pieceAt(between));
}

void TestExpressionActivation::parameters_data()
{
    // Free names are parameters in order of appearance, at their known values (else 1); the
    // breakpoints are those of f with each parameter the constant it is. Truths by hand:
    // max(a*x, x) is x for a = 1 (no kink, f′ = 1); for a < 1 it is a*x left of 0 and x right of
    // it: a kink at 0 with f′₋ = a, f′₊ = 1. relu(x − k) bends at x = k from slope 0 to 1.
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("f");
    QTest::addColumn<QList<double>>("kinks");
    QTest::addColumn<double>("left");
    QTest::addColumn<double>("right");
    const QStringList a { QStringLiteral("a") };
    QTest::newRow("max(a*x,x), a=1: f is x")
        << QStringLiteral("max(a*x, x)") << a << QList<double> { 1.0 } << -2.0 << -2.0
        << QList<double> {} << 1.0 << 1.0;
    QTest::newRow("max(a*x,x), a=0.5: a kink at 0")
        << QStringLiteral("max(a*x, x)") << a << QList<double> { 0.5 } << -2.0 << -1.0
        << QList<double> { 0.0 } << 0.5 << 1.0;
    QTest::newRow("max(a*x,x), a=2: a kink at 0, max of 2x and x")
        << QStringLiteral("max(a*x, x)") << a << QList<double> { 2.0 } << 3.0 << 6.0
        << QList<double> { 0.0 } << 1.0 << 2.0;
    QTest::newRow("relu(x-k), k=2: a kink at 2")
        << QStringLiteral("relu(x-k)") << QStringList { QStringLiteral("k") }
        << QList<double> { 2.0 } << 3.0 << 1.0 << QList<double> { 2.0 } << 0.0 << 1.0;
    QTest::newRow("two in order of appearance: b*abs(x-c), b=3, c=-1")
        << QStringLiteral("b*abs(x-c)") << QStringList { QStringLiteral("b"), QStringLiteral("c") }
        << QList<double> { 3.0, -1.0 } << 1.0 << 6.0 << QList<double> { -1.0 } << -3.0 << 3.0;
    QTest::newRow("pi and e are constants, not parameters")
        << QStringLiteral("e^x*pi+relu(x-s)") << QStringList { QStringLiteral("s") }
        << QList<double> { 1.0 } << 0.0 << M_PI << QList<double> { 1.0 } << M_E * M_PI
        << M_E * M_PI + 1;
}

void TestExpressionActivation::parameters()
{
    QFETCH(QString, expression);
    QFETCH(QStringList, names);
    QFETCH(QList<double>, values);
    QFETCH(double, x);
    QFETCH(double, f);
    QFETCH(QList<double>, kinks);
    QFETCH(double, left);
    QFETCH(double, right);
    ExpressionParameters known;
    for (int i = 0; i < names.size(); ++i) {
        ExpressionParameter p;
        p.name = names[i];
        p.value = values[i];
        known << p;
    }
    const auto parsed = ExpressionActivation::parse(expression, known);
    QVERIFY2(parsed.activation, qPrintable(parsed.error));
    const auto &g = static_cast<const ExpressionActivation &>(*parsed.activation);
    QCOMPARE(g.parameters().size(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(g.parameters()[i].name, names[i]);
        QCOMPARE(g.parameters()[i].value, values[i]);
    }
    QCOMPARE(g.value(x), f);
    QCOMPARE(g.breakpoints().size(), std::size_t(kinks.size()));
    for (int i = 0; i < kinks.size(); ++i) {
        QCOMPARE(g.breakpoints()[std::size_t(i)].kind, BreakpointKind::Kink);
        QCOMPARE(g.breakpoints()[std::size_t(i)].x, kinks[i]);
    }
    const double at = kinks.isEmpty() ? x : kinks.front();
    QCOMPARE(g.leftDerivative(at), left);
    QCOMPARE(g.rightDerivative(at), right);
    if (kinks.isEmpty())
        QCOMPARE(g.derivative(at), left);

    // Without known values every parameter starts at 1.
    const auto fresh = ExpressionActivation::parse(expression);
    for (const ExpressionParameter &p :
         static_cast<const ExpressionActivation &>(*fresh.activation).parameters())
        QCOMPARE(p.value, ExpressionParameter::defaultValue);
}

QTEST_GUILESS_MAIN(TestExpressionActivation)
#include "tst_expressionactivation.moc"
