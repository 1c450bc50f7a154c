// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <cstdint>
#include <string>
#include <vector>

/**
 * A user's f(x) as a syntax tree, parsed once (ExpressionParser) and then evaluated in several
 * arithmetics: doubles for drawing, forward-mode derivatives, intervals for finding breakpoints,
 * one-sided expansions for classifying them, and reverse mode with a framework's rules for what
 * autograd returns.
 *
 * The nodes are stored in post-order: every node's arguments come before it, and the subtree of a
 * node is the contiguous range of nodes that ends at it. One forward pass over the array is an
 * evaluation; one backward pass is reverse-mode differentiation.
 */
namespace Expression {

enum class Op : std::uint8_t {
    Constant,
    X,
    Parameter, ///< a free name such as `a` in `max(a*x, x)`; `value` holds its index
    // arithmetic
    Negate,
    Add,
    Subtract,
    Multiply,
    Divide,
    Power, ///< C's pow(a, b); a constant exponent is kept in the tree like any other argument
    // comparisons and logic: 1 or 0
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    Equal,
    NotEqual,
    And,
    Or,
    Select, ///< a ? b : c
    // non-smooth primitives
    Abs,
    Relu,
    Sign,
    Floor,
    Ceil,
    Rint, ///< muparser's rint(u) = floor(u + 0.5)
    Max,
    Min,
    Clamp, ///< clamp(u, lo, hi) = min(max(u, lo), hi), with torch.clamp's own gradient rule
    // smooth where defined
    Sqrt,
    Cbrt,
    Exp,
    Log,
    Log2,
    Log10,
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Atan2,
    Sinh,
    Cosh,
    Tanh,
    Asinh,
    Acosh,
    Atanh,
    Sigmoid,
    Softplus,
    Erf,
    Erfc,
};

struct Node
{
    Op op = Op::Constant;
    std::int32_t a = -1; ///< first argument's index
    std::int32_t b = -1;
    std::int32_t c = -1;
    double value = 0.0; ///< a Constant's value, a Parameter's index
    std::int32_t position = 0; ///< where the node's text starts in the expression, 0-based
    std::int32_t size = 1; ///< nodes in the subtree, this one included
    bool hasX = false; ///< the subtree contains x
};

/** How many arguments an operation takes. */
int arity(Op op);
/** The name a reader knows: "abs", "+", "<=", "?:". */
const char *symbol(Op op);
/** True for operations whose value or derivative may change abruptly: abs, max, <, ?:, floor... */
bool isBranching(Op op);
/**
 * True for operations that are constant on each side of their switch (comparisons, && and ||,
 * sign, floor, ceil, rint): their slope is 0 wherever it exists, and no gradient flows back.
 */
bool isPiecewiseConstant(Op op);

struct Tree
{
    std::vector<Node> nodes;
    /** Names of the free parameters, by index. */
    std::vector<std::string> parameterNames;

    int root() const { return int(nodes.size()) - 1; }
    const Node &operator[](int index) const { return nodes[std::size_t(index)]; }
    /** The first node of the subtree that ends at `index`. */
    int subtreeStart(int index) const { return index - nodes[std::size_t(index)].size + 1; }
};

} // namespace Expression
