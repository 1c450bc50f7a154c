// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "expressiontree.h"

namespace Expression {

int arity(Op op)
{
    switch (op) {
    case Op::Constant:
    case Op::X:
    case Op::Parameter: return 0;
    case Op::Add:
    case Op::Subtract:
    case Op::Multiply:
    case Op::Divide:
    case Op::Power:
    case Op::Less:
    case Op::Greater:
    case Op::LessEqual:
    case Op::GreaterEqual:
    case Op::Equal:
    case Op::NotEqual:
    case Op::And:
    case Op::Or:
    case Op::Max:
    case Op::Min:
    case Op::Atan2: return 2;
    case Op::Select:
    case Op::Clamp: return 3;
    default: return 1;
    }
}

const char *symbol(Op op)
{
    switch (op) {
    case Op::Constant: return "constant";
    case Op::X: return "x";
    case Op::Parameter: return "parameter";
    case Op::Negate: return "-";
    case Op::Add: return "+";
    case Op::Subtract: return "-";
    case Op::Multiply: return "*";
    case Op::Divide: return "/";
    case Op::Power: return "^";
    case Op::Less: return "<";
    case Op::Greater: return ">";
    case Op::LessEqual: return "<=";
    case Op::GreaterEqual: return ">=";
    case Op::Equal: return "==";
    case Op::NotEqual: return "!=";
    case Op::And: return "&&";
    case Op::Or: return "||";
    case Op::Select: return "?:";
    case Op::Abs: return "abs";
    case Op::Relu: return "relu";
    case Op::Sign: return "sign";
    case Op::Floor: return "floor";
    case Op::Ceil: return "ceil";
    case Op::Rint: return "rint";
    case Op::Max: return "max";
    case Op::Min: return "min";
    case Op::Clamp: return "clamp";
    case Op::Sqrt: return "sqrt";
    case Op::Cbrt: return "cbrt";
    case Op::Exp: return "exp";
    case Op::Log: return "ln";
    case Op::Log2: return "log2";
    case Op::Log10: return "log10";
    case Op::Sin: return "sin";
    case Op::Cos: return "cos";
    case Op::Tan: return "tan";
    case Op::Asin: return "asin";
    case Op::Acos: return "acos";
    case Op::Atan: return "atan";
    case Op::Atan2: return "atan2";
    case Op::Sinh: return "sinh";
    case Op::Cosh: return "cosh";
    case Op::Tanh: return "tanh";
    case Op::Asinh: return "asinh";
    case Op::Acosh: return "acosh";
    case Op::Atanh: return "atanh";
    case Op::Sigmoid: return "sigmoid";
    case Op::Softplus: return "softplus";
    case Op::Erf: return "erf";
    case Op::Erfc: return "erfc";
    }
    return "?";
}

bool isPiecewiseConstant(Op op)
{
    switch (op) {
    case Op::Less:
    case Op::Greater:
    case Op::LessEqual:
    case Op::GreaterEqual:
    case Op::Equal:
    case Op::NotEqual:
    case Op::And:
    case Op::Or:
    case Op::Sign:
    case Op::Floor:
    case Op::Ceil:
    case Op::Rint: return true;
    default: return false;
    }
}

bool isBranching(Op op)
{
    if (isPiecewiseConstant(op))
        return true;
    switch (op) {
    case Op::Select:
    case Op::Abs:
    case Op::Relu:
    case Op::Max:
    case Op::Min:
    case Op::Clamp: return true;
    default: return false;
    }
}

} // namespace Expression
