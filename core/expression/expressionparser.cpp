// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "expressionparser.h"

#include "scalarops.h"

#include <boost/spirit/home/x3.hpp>
#include <charconv>
#include <cmath>
#include <functional>
#include <string>
#include <string_view>
#include <system_error>

namespace Expression {

namespace {

namespace x3 = boost::spirit::x3;
using Iterator = std::string::const_iterator;

/** A problem found while building the tree: a translated line and where it is. */
struct BuildError
{
    QString message;
    int position;
};

/** A function the language knows, with its arguments: -1 for "one or more". */
struct FunctionInfo
{
    const char *name;
    Op op;
    int arguments;
};

// muparser's functions (sum, avg, min and max take one or more arguments), then ours.
constexpr FunctionInfo functions[] = {
    { "sin", Op::Sin, 1 },         { "cos", Op::Cos, 1 },           { "tan", Op::Tan, 1 },
    { "asin", Op::Asin, 1 },       { "acos", Op::Acos, 1 },         { "atan", Op::Atan, 1 },
    { "atan2", Op::Atan2, 2 },     { "sinh", Op::Sinh, 1 },         { "cosh", Op::Cosh, 1 },
    { "tanh", Op::Tanh, 1 },       { "asinh", Op::Asinh, 1 },       { "acosh", Op::Acosh, 1 },
    { "atanh", Op::Atanh, 1 },     { "exp", Op::Exp, 1 },           { "ln", Op::Log, 1 },
    { "log", Op::Log, 1 },         { "log2", Op::Log2, 1 },         { "log10", Op::Log10, 1 },
    { "sqrt", Op::Sqrt, 1 },       { "abs", Op::Abs, 1 },           { "sign", Op::Sign, 1 },
    { "rint", Op::Rint, 1 },       { "sum", Op::Add, -1 },          { "avg", Op::Divide, -1 },
    { "min", Op::Min, -1 },        { "max", Op::Max, -1 },          { "relu", Op::Relu, 1 },
    { "sigmoid", Op::Sigmoid, 1 }, { "softplus", Op::Softplus, 1 }, { "erf", Op::Erf, 1 },
    { "erfc", Op::Erfc, 1 },       { "floor", Op::Floor, 1 },       { "ceil", Op::Ceil, 1 },
    { "cbrt", Op::Cbrt, 1 },       { "clamp", Op::Clamp, 3 },
};

const FunctionInfo *findFunction(std::string_view name)
{
    for (const FunctionInfo &f : functions) {
        if (name == f.name)
            return &f;
    }
    return nullptr;
}

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

/** Builds the post-order node array as the grammar recognises its parts. */
class Builder
{
public:
    Builder(const std::string &text, const QStringList &parameters, bool freeNames)
        : m_begin(text.begin())
        , m_end(text.end())
        , m_parameters(parameters)
        , m_freeNames(freeNames)
    { }

    /** The 0-based character of `where`, past any white space (a parser may stand before it). */
    int at(Iterator where) const
    {
        while (where != m_end && (*where == ' ' || *where == '\t'))
            ++where;
        return int(where - m_begin);
    }

    void number(std::string_view text, int position)
    {
        double value = 0.0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error == std::errc::result_out_of_range) {
            // from_chars keeps no value then: tell overflow from underflow by the exponent's sign.
            const auto e = text.find_first_of("eE");
            const bool tiny
                = e != std::string_view::npos && e + 1 < text.size() && text[e + 1] == '-';
            if (!tiny)
                throw BuildError { ExpressionParser::tr("the number %1 is too large for a double")
                                       .arg(latin1(text)),
                                   position };
            value = 0.0; // as muparser reads it: 1e-400 is 0
        } else if (error != std::errc() || end != text.data() + text.size()) {
            throw BuildError { ExpressionParser::tr("'%1' is not a number").arg(latin1(text)),
                               position };
        }
        constant(value, position);
    }

    void name(std::string_view text, int position)
    {
        if (text == "x")
            return leaf(Op::X, 0.0, position);
        if (text == "_pi" || text == "pi")
            return constant(M_PI, position);
        if (text == "_e" || text == "e")
            return constant(M_E, position);
        const QString name = latin1(text);
        const int parameter = int(m_parameters.indexOf(name));
        if (parameter >= 0)
            return leaf(Op::Parameter, parameter, position);
        if (findFunction(text))
            throw BuildError { ExpressionParser::tr("%1 is a function: write %1(x)").arg(name),
                               position };
        if (m_freeNames && text.front() != '_') {
            if (m_parameters.size() >= ExpressionParser::maximumParameters)
                throw BuildError { ExpressionParser::tr(
                                       "too many parameters: at most %1 (%2), and '%3' is another")
                                       .arg(ExpressionParser::maximumParameters)
                                       .arg(m_parameters.join(QLatin1String(", ")), name),
                                   position };
            m_parameters << name;
            return leaf(Op::Parameter, double(m_parameters.size() - 1), position);
        }
        if (m_freeNames)
            throw BuildError { ExpressionParser::tr(
                                   "unknown name '%1'; a parameter's name starts with a letter")
                                   .arg(name),
                               position };
        throw BuildError { ExpressionParser::tr("unknown name '%1'; the variable is x").arg(name),
                           position };
    }

    void open(int position)
    {
        if (int(m_open.size()) >= ExpressionParser::maximumDepth)
            throw BuildError { ExpressionParser::tr("parentheses nest more than %1 deep")
                                   .arg(ExpressionParser::maximumDepth),
                               position };
        m_open.push_back(position);
    }

    void close() { m_open.pop_back(); }

    /** True when the innermost open parenthesis is a function call's. */
    bool insideCall() const
    {
        return !m_calls.empty() && !m_open.empty() && m_calls.back().parenthesis == m_open.back();
    }

    /** The innermost parenthesis still open, for "not closed" messages. */
    int innermostOpen() const { return m_open.empty() ? -1 : m_open.back(); }

    void beginCall(std::string_view text, int position)
    {
        const FunctionInfo *function = findFunction(text);
        if (!function)
            throw BuildError { ExpressionParser::tr("unknown function '%1'").arg(latin1(text)),
                               position };
        const int parenthesis = at(m_begin + position + int(text.size()));
        open(parenthesis);
        m_calls.push_back({ function, position, parenthesis, 0 });
    }

    void argument(int position)
    {
        Call &call = m_calls.back();
        ++call.arguments;
        if (call.function->arguments >= 0 && call.arguments > call.function->arguments)
            throw BuildError { ExpressionParser::tr("too many arguments for %1: it takes %n",
                                                    nullptr, call.function->arguments)
                                   .arg(QLatin1String(call.function->name)),
                               position };
        // One or more arguments fold from the left as they come, so the array stays in
        // post-order: max(a, b, c) is max(max(a, b), c), sum(a, b, c) is (a + b) + c.
        if (call.function->arguments < 0 && call.arguments >= 2) {
            const Op op = call.function->op == Op::Divide ? Op::Add : call.function->op;
            combine(op, 2, call.position);
        }
    }

    void endCall(int position)
    {
        const Call call = m_calls.back();
        m_calls.pop_back();
        close();
        const int wanted = call.function->arguments;
        if (call.arguments == 0 || (wanted >= 0 && call.arguments < wanted)) {
            throw BuildError { ExpressionParser::tr("too few arguments for %1: it takes %n",
                                                    nullptr, wanted < 0 ? 1 : wanted)
                                   .arg(QLatin1String(call.function->name)),
                               position };
        }
        if (wanted >= 0) {
            combine(call.function->op, wanted, call.position);
        } else if (call.function->op == Op::Divide) { // avg: the sum divided by the count
            constant(call.arguments, call.position);
            combine(Op::Divide, 2, call.position);
        }
    }

    void unary(Op op, int position) { combine(op, 1, position); }
    void binary(Op op, int position) { combine(op, 2, position); }
    void select(int position) { combine(Op::Select, 3, position); }

    Tree finish()
    {
        Tree tree;
        tree.nodes = std::move(m_nodes);
        for (const QString &name : m_parameters)
            tree.parameterNames.push_back(name.toStdString());
        return tree;
    }

private:
    struct Call
    {
        const FunctionInfo *function;
        int position;
        int parenthesis;
        int arguments;
    };

    void constant(double value, int position) { leaf(Op::Constant, value, position); }

    /** x, a constant, or a parameter (whose value is its index). */
    void leaf(Op op, double value, int position)
    {
        Node node;
        node.op = op;
        node.value = value;
        node.position = position;
        node.hasX = op == Op::X;
        push(node);
    }

    void push(Node node)
    {
        m_nodes.push_back(node);
        m_roots.push_back(int(m_nodes.size()) - 1);
    }

    /** Makes a node of the last `count` operands; folds it when none of them varies. */
    void combine(Op op, int count, int position)
    {
        Node node;
        node.op = op;
        node.position = position;
        int args[3] = { -1, -1, -1 };
        bool constantArgs = true;
        int size = 1;
        for (int i = 0; i < count; ++i) {
            args[i] = m_roots[m_roots.size() - std::size_t(count) + std::size_t(i)];
            const Node &arg = m_nodes[std::size_t(args[i])];
            constantArgs = constantArgs && arg.op == Op::Constant;
            node.hasX = node.hasX || arg.hasX;
            size += arg.size;
        }
        m_roots.resize(m_roots.size() - std::size_t(count));
        node.a = args[0];
        node.b = args[1];
        node.c = args[2];
        node.size = size;
        if (constantArgs) {
            auto value
                = [&](int i) { return args[i] < 0 ? 0.0 : m_nodes[std::size_t(args[i])].value; };
            const double folded = apply(op, value(0), value(1), value(2));
            m_nodes.resize(m_nodes.size() - std::size_t(size - 1));
            constant(folded, position);
            return;
        }
        push(node);
    }

    Iterator m_begin;
    Iterator m_end;
    QStringList m_parameters;
    bool m_freeNames = false;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots; ///< the operands read so far, innermost last
    std::vector<Call> m_calls;
    std::vector<int> m_open;
};

struct BuilderTag;

template<typename Context> Builder &builderOf(const Context &ctx)
{
    return x3::get<BuilderTag>(ctx).get();
}

/** Where a `raw[]` match begins, as a 0-based character. */
template<typename Context, typename Range> int startOf(const Context &ctx, const Range &range)
{
    return builderOf(ctx).at(range.begin());
}

// The grammar, loosest binding first. Every rule that starts an operand is named "operand", so an
// expectation failure there reads "an operand was expected here".
const x3::rule<class ternary_r> ternary = "operand";
const x3::rule<class lor_r> lor = "operand";
const x3::rule<class land_r> land = "operand";
const x3::rule<class comparison_r> comparison = "operand";
const x3::rule<class sum_r> sum = "operand";
const x3::rule<class product_r> product = "operand";
const x3::rule<class signed_r> signedFactor = "operand";
const x3::rule<class power_r> power = "operand";
const x3::rule<class atom_r> atom = "operand";

struct ComparisonSymbols : x3::symbols<Op>
{
    ComparisonSymbols()
    {
        add("<=", Op::LessEqual)(">=", Op::GreaterEqual)("==", Op::Equal)("!=", Op::NotEqual);
        add("<", Op::Less)(">", Op::Greater);
    }
};
struct SumSymbols : x3::symbols<Op>
{
    SumSymbols() { add("+", Op::Add)("-", Op::Subtract); }
};
struct ProductSymbols : x3::symbols<Op>
{
    ProductSymbols() { add("*", Op::Multiply)("/", Op::Divide); }
};
struct SignSymbols : x3::symbols<Op>
{
    SignSymbols() { add("-", Op::Negate)("+", Op::Constant); }
};
const ComparisonSymbols comparisonOp;
const SumSymbols sumOp;
const ProductSymbols productOp;
const SignSymbols signOp;

// `here` matches nothing and gives the position where the next token starts; actions read it as
// the first element of their attribute, because X3's own _where(ctx) starts where a match ends.
using Range = boost::iterator_range<Iterator>;
/** `p`, with its matched text as the attribute; `name` is what an expectation failure reports. */
template<typename Parser> auto ranged(const char *name, const Parser &p)
{
    return x3::rule<struct RangedTag, Range> { name } = x3::raw[p];
}
const auto here = ranged("position", x3::eps);
/** `p` under a name that an expectation failure reports (an action's own name is a C++ type). */
template<typename Parser> auto named(const char *name, const Parser &p)
{
    return x3::rule<struct NamedTag> { name } = p;
}
using boost::fusion::at_c;

const auto binaryAction = [](auto &ctx) {
    builderOf(ctx).binary(at_c<1>(x3::_attr(ctx)), startOf(ctx, at_c<0>(x3::_attr(ctx))));
};
const auto signAction = [](auto &ctx) {
    if (at_c<1>(x3::_attr(ctx)) == Op::Negate) // a unary plus changes nothing
        builderOf(ctx).unary(Op::Negate, startOf(ctx, at_c<0>(x3::_attr(ctx))));
};
auto logicAction(Op op)
{
    return [op](auto &ctx) { builderOf(ctx).binary(op, startOf(ctx, x3::_attr(ctx))); };
}

// A number as muparser reads it: 2, 2.5, .5, 2., 1e3, 1.5E-3. An exponent needs its digits.
const auto digits = +x3::digit;
const auto numberText = ranged("number",
                               x3::lexeme[((digits >> -('.' >> *x3::digit)) | ('.' >> digits))
                                          >> -(x3::char_("eE") > -x3::char_("+-") > digits)]);
const auto identifier
    = ranged("name", x3::lexeme[(x3::alpha | x3::char_('_')) >> *(x3::alnum | x3::char_('_'))]);

template<typename Context> std::string_view textOf(const Context &ctx)
{
    const auto &range = x3::_attr(ctx);
    return std::string_view(&*range.begin(), std::size_t(range.end() - range.begin()));
}

const auto numberAction
    = [](auto &ctx) { builderOf(ctx).number(textOf(ctx), startOf(ctx, x3::_attr(ctx))); };
const auto nameAction
    = [](auto &ctx) { builderOf(ctx).name(textOf(ctx), startOf(ctx, x3::_attr(ctx))); };
const auto beginCallAction
    = [](auto &ctx) { builderOf(ctx).beginCall(textOf(ctx), startOf(ctx, x3::_attr(ctx))); };
const auto positionAction = [](void (Builder::*member)(int)) {
    return [member](auto &ctx) { (builderOf(ctx).*member)(startOf(ctx, x3::_attr(ctx))); };
};
const auto closeAction = [](auto &ctx) { builderOf(ctx).close(); };

const auto argument
    = named("operand", ranged("operand", ternary)[positionAction(&Builder::argument)]);
// After a comma an argument must follow: max(0,,x) is refused at the second comma.
const auto argumentList = -(argument >> *(',' > argument));
const auto call = (identifier >> x3::omit[x3::lit('(')])[beginCallAction] > argumentList
    > named("')'", ranged("')'", x3::lit(')'))[positionAction(&Builder::endCall)]);

const auto ternary_def = lor >> -(named("'?'",
                                        ranged("'?'",
                                               x3::lit('?') > ternary > named("':'", x3::lit(':'))
                                                   > ternary)[positionAction(&Builder::select)]));
const auto lor_def = land >> *(((here >> x3::lit("||")) > land)[logicAction(Op::Or)]);
const auto land_def = comparison >> *(((here >> x3::lit("&&")) > comparison)[logicAction(Op::And)]);
const auto comparison_def = sum >> *((here >> comparisonOp > sum)[binaryAction]);
const auto sum_def = product >> *((here >> sumOp > product)[binaryAction]);
// A sign binds as tightly as * and /, as in muparser: -2*3 is (-2)*3, and -x^2 is -(x^2).
const auto product_def = signedFactor >> *((here >> productOp > signedFactor)[binaryAction]);
const auto signedFactor_def = (here >> signOp > power)[signAction] | power;
const auto powerAction
    = [](auto &ctx) { builderOf(ctx).binary(Op::Power, startOf(ctx, at_c<0>(x3::_attr(ctx)))); };
// ^ groups from the right, and its exponent may carry a sign: 2^-3^2 is 2^(-(3^2)).
const auto power_def = atom
    >> -(((here >> x3::lit('^')) > ((here >> signOp > power)[signAction] | power))[powerAction]);
const auto atom_def = numberText[numberAction]
    | (ranged("'('", x3::lit('('))[positionAction(&Builder::open)] > ternary
       > named("')'", x3::lit(')')[closeAction]))
    | call | identifier[nameAction];

BOOST_SPIRIT_DEFINE(ternary, lor, land, comparison, sum, product, signedFactor, power, atom)

bool isOperatorChar(char c)
{
    return std::string_view("+-*/^<>=!&|?:").find(c) != std::string_view::npos;
}

/** The token that starts at `pos`: a name, a number, or one character. */
std::string_view tokenAt(const std::string &text, std::size_t pos)
{
    std::size_t end = pos;
    auto isWord = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.';
    };
    while (end < text.size() && isWord(text[end]))
        ++end;
    if (end == pos)
        end = pos + 1;
    return std::string_view(text).substr(pos, end - pos);
}

/** Why parsing stopped at `pos`: the grammar wanted `expected` ("operand", "')'", ...). */
BuildError diagnose(const std::string &text, std::size_t pos, const std::string &expected,
                    const Builder &builder, bool insideCall)
{
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t'))
        ++pos;
    const int at = int(pos);
    // "1e" or "2e+": an exponent without digits.
    if (pos > 0 && std::string_view("eE+-").find(text[pos - 1]) != std::string_view::npos) {
        std::size_t e = pos - 1;
        if ((text[e] == '+' || text[e] == '-') && e > 0)
            --e;
        if ((text[e] == 'e' || text[e] == 'E') && e > 0
            && (std::isdigit(static_cast<unsigned char>(text[e - 1])) || text[e - 1] == '.'))
            return { ExpressionParser::tr("a number's exponent needs digits, as in 1e3"), at };
    }
    if (pos >= text.size()) {
        if (expected.find(')') != std::string::npos)
            return { ExpressionParser::tr("a parenthesis is not closed"), builder.innermostOpen() };
        if (expected.find(':') != std::string::npos)
            return { ExpressionParser::tr("'?' needs its ':' part, as in a ? b : c"), at };
        return { ExpressionParser::tr("the expression ends too early"), at };
    }
    const char c = text[pos];
    const QString token = latin1(tokenAt(text, pos));
    const bool operandExpected = expected.find("operand") != std::string::npos;
    if (operandExpected && c == '=')
        return { ExpressionParser::tr("unexpected operator '='"), at };
    switch (c) {
    case ',':
        if (insideCall)
            return { ExpressionParser::tr("unexpected comma"), at };
        if (builder.innermostOpen() >= 0)
            return { ExpressionParser::tr(
                         "a comma separates a function's arguments, and there is no function here"),
                     at };
        return { ExpressionParser::tr("write one expression, without commas between expressions"),
                 at };
    case ')': return { ExpressionParser::tr("unexpected parenthesis"), at };
    case '=':
        if (pos + 1 < text.size() && text[pos + 1] == '=')
            return { ExpressionParser::tr("unexpected operator '=='"), at };
        return { ExpressionParser::tr(
                     "'=' would assign a value, and f(x) cannot; for \"is equal to\" write =="),
                 at };
    case ':': return { ExpressionParser::tr("':' has no '?' before it, as in a ? b : c"), at };
    case '&':
    case '|':
        if (pos + 1 < text.size() && text[pos + 1] == c)
            return {
                ExpressionParser::tr("unexpected operator '%1'").arg(latin1(text.substr(pos, 2))),
                at
            };
        return { ExpressionParser::tr("unexpected '%1': write && for \"and\", || for \"or\"")
                     .arg(QLatin1Char(c)),
                 at };
    case '!':
        if (pos + 1 < text.size() && text[pos + 1] == '=')
            return { ExpressionParser::tr("unexpected operator '!='"), at };
        return { ExpressionParser::tr("unexpected '!': write != for \"is not equal to\""), at };
    default: break;
    }
    if (isOperatorChar(c))
        return { ExpressionParser::tr("unexpected operator '%1'").arg(QLatin1Char(c)), at };
    // An operand where an operator belongs: "2x", "x x", "1 2", "(1)(2)".
    std::size_t before = pos;
    while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t'))
        --before;
    std::size_t start = before;
    while (start > 0
           && (std::isdigit(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '.'))
        --start;
    const bool afterNumber = start < before && before == pos
        && (std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '(');
    if (afterNumber) {
        const QString number = latin1(std::string_view(text).substr(start, before - start));
        if (c == '(')
            return { ExpressionParser::tr(
                         "an operator is missing before '(': a product is written %1*(…)")
                         .arg(number),
                     at };
        return { ExpressionParser::tr(
                     "an operator is missing before '%1': a product is written %2*%1")
                     .arg(token, number),
                 at };
    }
    if (operandExpected)
        return { ExpressionParser::tr("unexpected '%1'").arg(token), at };
    return { ExpressionParser::tr("an operator is missing before '%1'").arg(token), at };
}

} // namespace

ExpressionParser::Result ExpressionParser::parse(const QString &input,
                                                 const QStringList &parameters, Names names)
{
    Result result;
    auto fail = [&result](const QString &message, int position) {
        result.error = message;
        result.errorPosition = position;
        result.tree = {};
        return result;
    };
    if (input.trimmed().isEmpty())
        return fail(tr("enter f(x) in terms of x, such as max(0, x)"), -1);
    if (input.size() > maximumLength)
        return fail(tr("the expression has %1 characters; at most %2 are allowed")
                        .arg(input.size())
                        .arg(maximumLength),
                    -1);
    // Only what the grammar can use: so every position below counts characters, not UTF-8 bytes.
    static const QString operators = QStringLiteral("_.,()+-*/^?:<>=!&| \t");
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (c.unicode() < 0x80 && (c.isLetterOrNumber() || operators.contains(c)))
            continue;
        const QString shown = c.isPrint()
            ? QString(c)
            : QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        return fail(tr("unexpected character '%1'").arg(shown), int(i));
    }

    const std::string text = input.toLatin1().toStdString();
    Builder builder(text, parameters, names == Names::Free);
    auto first = text.cbegin();
    const auto last = text.cend();
    try {
        const auto grammar = x3::with<BuilderTag>(std::ref(builder))[ternary];
        const bool matched = x3::phrase_parse(first, last, grammar, x3::blank);
        while (first != last && (*first == ' ' || *first == '\t'))
            ++first;
        if (!matched || first != last) {
            const BuildError error
                = diagnose(text, std::size_t(first - text.cbegin()),
                           matched ? std::string() : std::string("operand"), builder, false);
            return fail(error.message, error.position);
        }
    } catch (const x3::expectation_failure<Iterator> &e) {
        const BuildError error = diagnose(text, std::size_t(e.where() - text.cbegin()), e.which(),
                                          builder, builder.insideCall());
        return fail(error.message, error.position);
    } catch (const BuildError &e) {
        return fail(e.message, e.position);
    }
    result.tree = builder.finish();
    return result;
}

QStringList ExpressionParser::functionNames()
{
    QStringList names;
    for (const FunctionInfo &f : functions)
        names << QLatin1String(f.name);
    return names;
}

} // namespace Expression
