// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "symbolicderivative.h"

#include "expressionfunction.h"
#include "scalarops.h"

#include <QLocale>

#include <cmath>
#include <memory>
#include <vector>

namespace Expression {

namespace {

/** A formula: numbers, x, named constants, arithmetic and functions of one or two arguments. */
struct Term;
using Formula = std::shared_ptr<const Term>;

struct Term
{
    enum class Kind { Number, X, Named, Negate, Add, Subtract, Multiply, Divide, Power, Function };
    Kind kind = Kind::Number;
    double number = 0.0;
    const char *name = nullptr; ///< Named: "ln(2)"; Function: "sin"
    const char *readableName = nullptr; ///< Named, for a reader: "2/√π"
    Formula a, b;
};

Formula make(Term t)
{
    return std::make_shared<const Term>(std::move(t));
}

Formula number(double v)
{
    Term t;
    t.number = v == 0.0 ? 0.0 : v;
    return make(t);
}

Formula named(const char *name, const char *readable = nullptr)
{
    Term t;
    t.kind = Term::Kind::Named;
    t.name = name;
    t.readableName = readable ? readable : name;
    return make(t);
}

Formula variable()
{
    Term t;
    t.kind = Term::Kind::X;
    return make(t);
}

bool isNumber(const Formula &f, double v)
{
    return f->kind == Term::Kind::Number && f->number == v;
}

bool isNumber(const Formula &f)
{
    return f->kind == Term::Kind::Number;
}

Formula negate(const Formula &a)
{
    if (isNumber(a))
        return number(-a->number);
    if (a->kind == Term::Kind::Negate)
        return a->a;
    Term t;
    t.kind = Term::Kind::Negate;
    t.a = a;
    return make(t);
}

Formula binary(Term::Kind kind, const Formula &a, const Formula &b)
{
    Term t;
    t.kind = kind;
    t.a = a;
    t.b = b;
    return make(t);
}

Formula add(const Formula &a, const Formula &b)
{
    if (isNumber(a, 0.0))
        return b;
    if (isNumber(b, 0.0))
        return a;
    if (isNumber(a) && isNumber(b))
        return number(a->number + b->number);
    if (b->kind == Term::Kind::Negate)
        return binary(Term::Kind::Subtract, a, b->a);
    if (isNumber(b) && b->number < 0)
        return binary(Term::Kind::Subtract, a, number(-b->number));
    return binary(Term::Kind::Add, a, b);
}

Formula subtract(const Formula &a, const Formula &b)
{
    if (isNumber(b, 0.0))
        return a;
    if (isNumber(a, 0.0))
        return negate(b);
    if (isNumber(a) && isNumber(b))
        return number(a->number - b->number);
    if (b->kind == Term::Kind::Negate)
        return add(a, b->a);
    return binary(Term::Kind::Subtract, a, b);
}

Formula multiply(const Formula &a, const Formula &b)
{
    if (isNumber(a, 0.0) || isNumber(b, 0.0))
        return number(0.0);
    if (isNumber(a, 1.0))
        return b;
    if (isNumber(b, 1.0))
        return a;
    if (isNumber(a) && isNumber(b))
        return number(a->number * b->number);
    if (isNumber(a, -1.0))
        return negate(b);
    if (isNumber(b, -1.0))
        return negate(a);
    if (a->kind == Term::Kind::Negate)
        return negate(multiply(a->a, b));
    if (b->kind == Term::Kind::Negate)
        return negate(multiply(a, b->a));
    if (isNumber(b)) // numbers first: 2·x, not x·2
        return multiply(b, a);
    if (isNumber(a) && b->kind == Term::Kind::Multiply && isNumber(b->a))
        return multiply(number(a->number * b->a->number), b->b);
    return binary(Term::Kind::Multiply, a, b);
}

Formula divide(const Formula &a, const Formula &b)
{
    if (isNumber(a, 0.0))
        return number(0.0);
    if (isNumber(b, 1.0))
        return a;
    if (isNumber(a) && isNumber(b))
        return number(a->number / b->number);
    if (a->kind == Term::Kind::Negate)
        return negate(divide(a->a, b));
    return binary(Term::Kind::Divide, a, b);
}

Formula power(const Formula &a, const Formula &b)
{
    if (isNumber(b, 1.0))
        return a;
    if (isNumber(b, 0.0))
        return number(1.0);
    if (isNumber(a) && isNumber(b))
        return number(std::pow(a->number, b->number));
    return binary(Term::Kind::Power, a, b);
}

Formula function(const char *name, const Formula &a, const Formula &b = nullptr)
{
    Term t;
    t.kind = Term::Kind::Function;
    t.name = name;
    t.a = a;
    t.b = b;
    return make(t);
}

Formula square(const Formula &a)
{
    return power(a, number(2.0));
}

/** The value of each node on the branch that holds at the evaluated point, and its derivative. */
struct Symbolic
{
    Formula value;
    Formula slope;
};

Symbolic differentiate(int index, const std::vector<Symbolic> &s, const std::vector<double> &v,
                       const Tree &tree)
{
    const Node &n = tree[index];
    auto arg = [&](int i) { return s[std::size_t(i)]; };
    const Formula zero = number(0.0);
    auto constant = [&](double value) { return Symbolic { number(value), zero }; };
    switch (n.op) {
    case Op::Constant: return constant(n.value);
    case Op::Parameter: return constant(v[std::size_t(index)]);
    case Op::X: return { variable(), number(1.0) };
    default: break;
    }
    const Symbolic a = arg(n.a);
    const Symbolic b = n.b >= 0 ? arg(n.b) : Symbolic {};
    const Symbolic c = n.c >= 0 ? arg(n.c) : Symbolic {};
    const double va = v[std::size_t(n.a)];
    const double vb = n.b >= 0 ? v[std::size_t(n.b)] : 0.0;
    const double vc = n.c >= 0 ? v[std::size_t(n.c)] : 0.0;
    const double self = v[std::size_t(index)];
    if (!n.hasX)
        return constant(self);
    switch (n.op) {
    case Op::Negate: return { negate(a.value), negate(a.slope) };
    case Op::Add: return { add(a.value, b.value), add(a.slope, b.slope) };
    case Op::Subtract: return { subtract(a.value, b.value), subtract(a.slope, b.slope) };
    case Op::Multiply:
        return { multiply(a.value, b.value),
                 add(multiply(a.slope, b.value), multiply(a.value, b.slope)) };
    case Op::Divide:
        return { divide(a.value, b.value),
                 subtract(divide(a.slope, b.value),
                          divide(multiply(a.value, b.slope), square(b.value))) };
    case Op::Power:
        if (!tree[n.b].hasX) {
            return { power(a.value, number(vb)),
                     multiply(multiply(number(vb), power(a.value, number(vb - 1.0))), a.slope) };
        }
        return { power(a.value, b.value),
                 multiply(power(a.value, b.value),
                          add(multiply(b.slope, function("ln", a.value)),
                              divide(multiply(b.value, a.slope), a.value))) };
    case Op::Abs: return va < 0 ? Symbolic { negate(a.value), negate(a.slope) } : a;
    case Op::Relu: return va > 0 ? a : constant(0.0);
    case Op::Max: return va < vb ? b : a;
    case Op::Min: return vb < va ? b : a;
    case Op::Clamp: {
        const bool low = va < vb;
        const double m = low ? vb : va;
        return vc < m ? c : (low ? b : a);
    }
    case Op::Select: return truth(va) ? b : c;
    case Op::Sqrt: {
        const Formula root = function("sqrt", a.value);
        return { root, divide(a.slope, multiply(number(2.0), root)) };
    }
    case Op::Cbrt: {
        const Formula root = function("cbrt", a.value);
        return { root, divide(a.slope, multiply(number(3.0), square(root))) };
    }
    case Op::Exp: {
        const Formula e = function("exp", a.value);
        return { e, multiply(e, a.slope) };
    }
    case Op::Log: return { function("ln", a.value), divide(a.slope, a.value) };
    case Op::Log2:
        return { function("log2", a.value), divide(a.slope, multiply(a.value, named("ln(2)"))) };
    case Op::Log10:
        return { function("log10", a.value), divide(a.slope, multiply(a.value, named("ln(10)"))) };
    case Op::Sin: return { function("sin", a.value), multiply(function("cos", a.value), a.slope) };
    case Op::Cos:
        return { function("cos", a.value), negate(multiply(function("sin", a.value), a.slope)) };
    case Op::Tan: {
        const Formula t = function("tan", a.value);
        return { t, multiply(add(number(1.0), square(t)), a.slope) };
    }
    case Op::Asin:
        return { function("asin", a.value),
                 divide(a.slope, function("sqrt", subtract(number(1.0), square(a.value)))) };
    case Op::Acos:
        return { function("acos", a.value),
                 negate(
                     divide(a.slope, function("sqrt", subtract(number(1.0), square(a.value))))) };
    case Op::Atan:
        return { function("atan", a.value), divide(a.slope, add(number(1.0), square(a.value))) };
    case Op::Atan2:
        return { function("atan2", a.value, b.value),
                 divide(subtract(multiply(b.value, a.slope), multiply(a.value, b.slope)),
                        add(square(a.value), square(b.value))) };
    case Op::Sinh:
        return { function("sinh", a.value), multiply(function("cosh", a.value), a.slope) };
    case Op::Cosh:
        return { function("cosh", a.value), multiply(function("sinh", a.value), a.slope) };
    case Op::Tanh: {
        const Formula t = function("tanh", a.value);
        return { t, multiply(subtract(number(1.0), square(t)), a.slope) };
    }
    case Op::Asinh:
        return { function("asinh", a.value),
                 divide(a.slope, function("sqrt", add(square(a.value), number(1.0)))) };
    case Op::Acosh:
        return { function("acosh", a.value),
                 divide(a.slope, function("sqrt", subtract(square(a.value), number(1.0)))) };
    case Op::Atanh:
        return { function("atanh", a.value),
                 divide(a.slope, subtract(number(1.0), square(a.value))) };
    case Op::Sigmoid: {
        const Formula sg = function("sigmoid", a.value);
        return { sg, multiply(multiply(sg, subtract(number(1.0), sg)), a.slope) };
    }
    case Op::Softplus:
        return { function("softplus", a.value), multiply(function("sigmoid", a.value), a.slope) };
    case Op::Erf:
    case Op::Erfc: {
        const Formula bell
            = multiply(named("2/sqrt(_pi)", "2/√π"), function("exp", negate(square(a.value))));
        return { function(n.op == Op::Erf ? "erf" : "erfc", a.value),
                 multiply(n.op == Op::Erf ? bell : negate(bell), a.slope) };
    }
    default:
        // Comparisons, sign, floor, ceil, rint, && and ||: constant on the piece.
        return constant(self);
    }
}

/** The shortest text of at most 15 significant digits that stands for v. */
QString numberText(double v)
{
    for (int digits = 1; digits <= 15; ++digits) {
        const QString text = QLocale::c().toString(v, 'g', digits);
        const double back = QLocale::c().toDouble(text);
        if (std::abs(back - v) <= 4 * std::numeric_limits<double>::epsilon() * std::abs(v))
            return text;
    }
    return QLocale::c().toString(v, 'g', 17);
}

int precedence(const Term &t)
{
    switch (t.kind) {
    case Term::Kind::Add:
    case Term::Kind::Subtract: return 1;
    case Term::Kind::Multiply:
    case Term::Kind::Divide:
    case Term::Kind::Negate: return 2;
    case Term::Kind::Power: return 3;
    case Term::Kind::Number: return t.number < 0 ? 2 : 4;
    default: return 4;
    }
}

QString print(const Formula &f, bool readable)
{
    const QString minus = readable ? QStringLiteral("−") : QStringLiteral("-");
    const QString times = readable ? QStringLiteral("·") : QStringLiteral("*");
    auto wrap = [&](const Formula &part, int at, bool strict) {
        const QString text = print(part, readable);
        const int p = precedence(*part);
        return p < at || (strict && p == at) ? QLatin1Char('(') + text + QLatin1Char(')') : text;
    };
    switch (f->kind) {
    case Term::Kind::Number: {
        QString text = numberText(std::abs(f->number));
        return f->number < 0 ? minus + text : text;
    }
    case Term::Kind::X: return QStringLiteral("x");
    case Term::Kind::Named: return QString::fromUtf8(readable ? f->readableName : f->name);
    case Term::Kind::Negate: return minus + wrap(f->a, 3, false);
    case Term::Kind::Add:
        return wrap(f->a, 1, false) + QStringLiteral(" + ") + wrap(f->b, 1, false);
    case Term::Kind::Subtract:
        return wrap(f->a, 1, false) + QLatin1Char(' ') + minus + QLatin1Char(' ')
            + wrap(f->b, 1, true);
    case Term::Kind::Multiply: return wrap(f->a, 2, false) + times + wrap(f->b, 2, false);
    case Term::Kind::Divide: return wrap(f->a, 2, false) + QLatin1Char('/') + wrap(f->b, 2, true);
    case Term::Kind::Power: {
        const QString base = wrap(f->a, 4, false);
        if (readable && isNumber(f->b, 2.0))
            return base + QStringLiteral("²");
        if (readable && isNumber(f->b, 3.0))
            return base + QStringLiteral("³");
        // An exponent with a sign or an operator gets parentheses: x^(-2), x^(1/3).
        const QString exponent = precedence(*f->b) >= 4
            ? print(f->b, readable)
            : QLatin1Char('(') + print(f->b, readable) + QLatin1Char(')');
        return base + QLatin1Char('^') + exponent;
    }
    case Term::Kind::Function: {
        QString text = QString::fromUtf8(f->name) + QLatin1Char('(') + print(f->a, readable);
        if (f->b)
            text += QStringLiteral(", ") + print(f->b, readable);
        return text + QLatin1Char(')');
    }
    }
    return {};
}

} // namespace

QString SymbolicDerivative::formula(const ExpressionFunction &f, double at, bool readable)
{
    const Tree &tree = f.tree();
    if (tree.nodes.empty())
        return {};
    f.value(at);
    const std::vector<double> values = f.evaluator().nodeValues();
    std::vector<Symbolic> s(tree.nodes.size());
    for (std::size_t i = 0; i < tree.nodes.size(); ++i)
        s[i] = differentiate(int(i), s, values, tree);
    return print(s.back().slope, readable);
}

QString SymbolicDerivative::label(const ExpressionFunction &f, double at)
{
    QString text = formula(f, at, true);
    if (text.size() > maximumLabelLength) {
        // Cut where a term ends, and say that something follows.
        int cut = maximumLabelLength;
        while (cut > 8 && text.at(cut) != QLatin1Char(' '))
            --cut;
        text = text.left(cut) + QStringLiteral(" …");
    }
    return tr("f′(x) = %1").arg(text);
}

} // namespace Expression
