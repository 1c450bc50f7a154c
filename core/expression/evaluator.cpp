// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "evaluator.h"

#include "scalarops.h"

#include <cmath>

namespace Expression {

namespace {

constexpr double twoOverSqrtPi = 1.1283791670955125738961589031215452;

bool isInteger(double v)
{
    return std::isfinite(v) && std::floor(v) == v;
}

/** d f(u)/du for the smooth primitives, at u with f(u) = `result`. */
double localSlope(Op op, double u, double result)
{
    switch (op) {
    case Op::Sqrt: return 0.5 / result;
    case Op::Cbrt: return 1.0 / (3.0 * result * result);
    case Op::Exp: return result;
    case Op::Log: return 1.0 / u;
    case Op::Log2: return 1.0 / (u * M_LN2);
    case Op::Log10: return 1.0 / (u * M_LN10);
    case Op::Sin: return std::cos(u);
    case Op::Cos: return -std::sin(u);
    case Op::Tan: return 1.0 + result * result;
    // (1 − u)(1 + u), not 1 − u²: exact near ±1, where 1 − u² cancels.
    case Op::Asin: return 1.0 / std::sqrt((1.0 - u) * (1.0 + u));
    case Op::Acos: return -1.0 / std::sqrt((1.0 - u) * (1.0 + u));
    case Op::Atan: return 1.0 / (1.0 + u * u);
    case Op::Sinh: return std::cosh(u);
    case Op::Cosh: return std::sinh(u);
    case Op::Tanh: { // sech²(u): 1 − tanh² would be 0 from |u| ≈ 19 on
        const double c = std::cosh(u);
        return 1.0 / (c * c);
    }
    case Op::Asinh: return 1.0 / std::sqrt(u * u + 1.0);
    case Op::Acosh: return 1.0 / std::sqrt((u - 1.0) * (u + 1.0));
    case Op::Atanh: return 1.0 / ((1.0 - u) * (1.0 + u));
    case Op::Sigmoid: return result * StableMath::sigmoid(-u);
    case Op::Softplus: return StableMath::sigmoid(u);
    case Op::Erf: return twoOverSqrtPi * std::exp(-u * u);
    case Op::Erfc: return -twoOverSqrtPi * std::exp(-u * u);
    default: return 0.0;
    }
}

/**
 * d f(u)/du as PyTorch 1.13's backward formulas compute it (tools/autograd/derivatives.yaml), so
 * that autograd() rounds as torch does: sigmoid's y(1 − y) is 0 from u ≈ 37 on, where the exact
 * σ(u)σ(−u) is not.
 */
double torchSlope(Op op, double u, double result)
{
    switch (op) {
    case Op::Sqrt: return 1.0 / (2.0 * result);
    case Op::Exp: return result;
    case Op::Log: return 1.0 / u;
    case Op::Log2: return 1.0 / (u * 0.6931471805599453);
    case Op::Log10: return 1.0 / (u * 2.3025850929940456);
    case Op::Sin: return std::cos(u);
    case Op::Cos: return -std::sin(u);
    case Op::Tan: return 1.0 + result * result;
    case Op::Asin: return 1.0 / std::sqrt(-u * u + 1.0);
    case Op::Acos: return -(1.0 / std::sqrt(-u * u + 1.0));
    case Op::Atan: return 1.0 / (u * u + 1.0);
    case Op::Sinh: return std::cosh(u);
    case Op::Cosh: return std::sinh(u);
    case Op::Tanh: return 1.0 - result * result;
    case Op::Asinh: return 1.0 / std::sqrt(u * u + 1.0);
    case Op::Acosh: return 1.0 / std::sqrt(u * u - 1.0);
    case Op::Atanh: return 1.0 / (1.0 - u * u);
    case Op::Sigmoid: return (1.0 - result) * result;
    case Op::Softplus: return 1.0 / (1.0 + std::exp(-u)); // logaddexp(u, 0·u)
    case Op::Erf: return 2.0 / std::sqrt(M_PI) * std::exp(-(u * u));
    case Op::Erfc: return -2.0 / std::sqrt(M_PI) * std::exp(-(u * u));
    default: return localSlope(op, u, result);
    }
}

/** True where a smooth primitive is at a point where it is not differentiable. */
bool singularAt(Op op, double u)
{
    switch (op) {
    case Op::Sqrt:
    case Op::Cbrt:
    case Op::Log:
    case Op::Log2:
    case Op::Log10: return u == 0.0;
    case Op::Asin:
    case Op::Acos:
    case Op::Atanh: return std::abs(u) == 1.0;
    case Op::Acosh: return u == 1.0;
    default: return false;
    }
}

} // namespace

Evaluator::Evaluator(const Tree &tree)
    : m_tree(tree)
    , m_values(tree.nodes.size())
    , m_duals(tree.nodes.size())
    , m_adjoints(tree.nodes.size())
{ }

void Evaluator::evaluateSubtree(int last, double x) const
{
    const Node *nodes = m_tree.nodes.data();
    double *v = m_values.data();
    for (int i = m_tree.subtreeStart(last); i <= last; ++i) {
        const Node &n = nodes[i];
        switch (n.op) {
        case Op::Constant: v[i] = n.value; break;
        case Op::X: v[i] = x; break;
        case Op::Parameter: v[i] = m_parameters.at(std::size_t(n.value)); break;
        default:
            v[i] = apply(n.op, n.a >= 0 ? v[n.a] : 0.0, n.b >= 0 ? v[n.b] : 0.0,
                         n.c >= 0 ? v[n.c] : 0.0);
        }
    }
}

double Evaluator::value(double x) const
{
    if (m_tree.nodes.empty())
        return undefined;
    evaluateSubtree(m_tree.root(), x);
    return m_values.back();
}

Evaluator::Slope Evaluator::slope(double x) const
{
    Slope result;
    if (m_tree.nodes.empty()) {
        result.value = result.slope = undefined;
        return result;
    }
    const std::size_t count = m_tree.nodes.size();
    bool atSwitch = false;
    for (std::size_t i = 0; i < count; ++i) {
        const Node &n = m_tree.nodes[i];
        const Dual a = n.a >= 0 ? m_duals[std::size_t(n.a)] : Dual {};
        const Dual b = n.b >= 0 ? m_duals[std::size_t(n.b)] : Dual {};
        const Dual c = n.c >= 0 ? m_duals[std::size_t(n.c)] : Dual {};
        Dual &out = m_duals[i];
        const double value = n.op == Op::Constant ? n.value
            : n.op == Op::X                       ? x
            : n.op == Op::Parameter               ? m_parameters.at(std::size_t(n.value))
                                                  : apply(n.op, a.value, b.value, c.value);
        double slope = 0.0;
        switch (n.op) {
        case Op::Constant:
        case Op::Parameter: break;
        case Op::X: slope = 1.0; break;
        case Op::Negate: slope = -a.slope; break;
        case Op::Add: slope = a.slope + b.slope; break;
        case Op::Subtract: slope = a.slope - b.slope; break;
        case Op::Multiply:
            // A constant factor contributes no term: 0·inf must not turn x·0 into NaN.
            slope = (b.slope == 0.0 ? 0.0 : a.value * b.slope)
                + (a.slope == 0.0 ? 0.0 : a.slope * b.value);
            break;
        case Op::Divide:
            atSwitch = atSwitch || b.value == 0.0;
            slope = b.slope == 0.0 ? a.slope / b.value : (a.slope - value * b.slope) / b.value;
            break;
        case Op::Power: {
            const Node &exponent = m_tree[n.b];
            if (!exponent.hasX) {
                const double p = b.value;
                atSwitch = atSwitch || (a.value == 0.0 && !(isInteger(p) && p >= 1.0));
                slope = p == 0.0 || a.slope == 0.0 ? 0.0 : p * std::pow(a.value, p - 1.0) * a.slope;
            } else {
                atSwitch = atSwitch || a.value <= 0.0;
                const double fromBase
                    = a.slope == 0.0 ? 0.0 : b.value * std::pow(a.value, b.value - 1.0) * a.slope;
                slope = fromBase + value * std::log(a.value) * b.slope;
            }
            break;
        }
        case Op::Less:
        case Op::Greater:
        case Op::LessEqual:
        case Op::GreaterEqual:
        case Op::Equal:
        case Op::NotEqual: atSwitch = atSwitch || a.value == b.value; break;
        case Op::And:
        case Op::Or: atSwitch = atSwitch || a.value == 0.0 || b.value == 0.0; break;
        case Op::Select:
            atSwitch = atSwitch || a.value == 0.0;
            slope = truth(a.value) ? b.slope : c.slope;
            break;
        case Op::Abs:
            atSwitch = atSwitch || a.value == 0.0;
            slope = a.value < 0 ? -a.slope : a.slope;
            break;
        case Op::Relu:
            atSwitch = atSwitch || a.value == 0.0;
            slope = a.value > 0 ? a.slope : 0.0;
            break;
        case Op::Sign: atSwitch = atSwitch || a.value == 0.0; break;
        case Op::Floor:
        case Op::Ceil: atSwitch = atSwitch || isInteger(a.value); break;
        case Op::Rint: atSwitch = atSwitch || isInteger(a.value + 0.5); break;
        case Op::Max:
            atSwitch = atSwitch || a.value == b.value;
            slope = a.value < b.value ? b.slope : a.slope;
            break;
        case Op::Min:
            atSwitch = atSwitch || a.value == b.value;
            slope = b.value < a.value ? b.slope : a.slope;
            break;
        case Op::Clamp: {
            atSwitch = atSwitch || a.value == b.value || a.value == c.value;
            const Dual low = a.value < b.value ? b : a; // max(u, lo)
            slope = c.value < low.value ? c.slope : low.slope;
            break;
        }
        case Op::Atan2: {
            atSwitch = atSwitch || (a.value == 0.0 && b.value <= 0.0);
            const double r2 = a.value * a.value + b.value * b.value;
            slope = (b.value * a.slope - a.value * b.slope) / r2;
            break;
        }
        default:
            atSwitch = atSwitch || singularAt(n.op, a.value);
            slope = a.slope == 0.0 ? 0.0 : localSlope(n.op, a.value, value) * a.slope;
            break;
        }
        out.value = value;
        out.slope = slope;
    }
    result.value = m_duals.back().value;
    result.slope = m_duals.back().slope;
    result.atSwitch = atSwitch;
    return result;
}

double Evaluator::autograd(double x, const AutogradRules &rules) const
{
    if (m_tree.nodes.empty())
        return undefined;
    value(x);
    const double *v = m_values.data();
    std::fill(m_adjoints.begin(), m_adjoints.end(), 0.0);
    double *g = m_adjoints.data();
    g[m_tree.root()] = 1.0;
    double dx = 0.0;
    // Backward, as torch.autograd runs it: each node hands grad·(local derivative) to its
    // arguments, even where grad is 0, so 0·inf gives NaN as it does there.
    for (int i = m_tree.root(); i >= 0; --i) {
        const Node &n = m_tree[i];
        const double grad = g[i];
        const double out = v[i];
        const double a = n.a >= 0 ? v[n.a] : 0.0;
        const double b = n.b >= 0 ? v[n.b] : 0.0;
        const double c = n.c >= 0 ? v[n.c] : 0.0;
        auto give = [&](int to, double amount) {
            if (to >= 0 && m_tree[to].hasX)
                g[to] += amount;
        };
        switch (n.op) {
        case Op::Constant:
        case Op::Parameter: break;
        case Op::X: dx += grad; break;
        case Op::Negate: give(n.a, -grad); break;
        case Op::Add:
            give(n.a, grad);
            give(n.b, grad);
            break;
        case Op::Subtract:
            give(n.a, grad);
            give(n.b, -grad);
            break;
        case Op::Multiply:
            give(n.a, grad * b);
            give(n.b, grad * a);
            break;
        case Op::Divide:
            // div_tensor_self_backward and div_tensor_other_backward: grad / other, and
            // −grad·((self / other) / other), in that order, so the rounding is theirs too.
            give(n.a, grad / b);
            give(n.b, -grad * ((a / b) / b));
            break;
        case Op::Power:
            if (!m_tree[n.b].hasX) {
                // pow_backward with a scalar exponent: 0 for exponent 0, else
                // exponent·self^(exponent−1).
                give(n.a, b == 0.0 ? 0.0 : grad * (b * std::pow(a, b - 1.0)));
            } else {
                give(n.a, b == 0.0 ? 0.0 : grad * (b * std::pow(a, b - 1.0)));
                // pow_backward_exponent: 0 where self == 0 and exponent >= 0, else
                // result·log(self).
                give(n.b, grad * ((a == 0.0 && b >= 0.0) ? 0.0 : out * std::log(a)));
            }
            break;
        case Op::Select:
            // torch.where: the gradient goes to the branch taken, and 0 to the other.
            give(n.b, truth(a) ? grad : 0.0);
            give(n.c, truth(a) ? 0.0 : grad);
            break;
        case Op::Abs: give(n.a, grad * (a == 0.0 ? rules.absAtZero : sign(a))); break;
        // relu, maximum, minimum and clamp mask the gradient (where, masked_fill): a masked
        // side gets exactly 0, even from an infinite grad, where a product would give NaN.
        case Op::Relu:
            give(n.a,
                 a > 0.0 ? grad
                         : (a == 0.0 && rules.reluAtZero != 0.0 ? grad * rules.reluAtZero : 0.0));
            break;
        case Op::Max:
            give(n.a, a == b ? grad * rules.maxTieFirst : (a > b ? grad : 0.0));
            give(n.b, a == b ? grad * (1.0 - rules.maxTieFirst) : (b > a ? grad : 0.0));
            break;
        case Op::Min:
            give(n.a, a == b ? grad * rules.minTieFirst : (a < b ? grad : 0.0));
            give(n.b, a == b ? grad * (1.0 - rules.minTieFirst) : (b < a ? grad : 0.0));
            break;
        case Op::Clamp:
            if (!m_tree[n.b].hasX && !m_tree[n.c].hasX) {
                // clamp_backward: where(min <= self <= max, grad, 0); min > max passes nothing.
                double local = 0.0;
                if (a >= b && a <= c)
                    local = a == b ? rules.clampAtLower : (a == c ? rules.clampAtUpper : 1.0);
                give(n.a, local == 1.0 ? grad : (local == 0.0 ? 0.0 : grad * local));
            } else {
                // With bounds that vary: minimum(maximum(u, lo), hi), tie rules and all.
                const double low = maximum(a, b);
                const double toLow = low == c ? grad * rules.minTieFirst : (low < c ? grad : 0.0);
                give(n.c, low == c ? grad * (1.0 - rules.minTieFirst) : (c < low ? grad : 0.0));
                give(n.a, a == b ? toLow * rules.maxTieFirst : (a > b ? toLow : 0.0));
                give(n.b, a == b ? toLow * (1.0 - rules.maxTieFirst) : (b > a ? toLow : 0.0));
            }
            break;
        case Op::Atan2: {
            const double r2 = a * a + b * b;
            give(n.a, grad * (b / r2));
            give(n.b, grad * (-a / r2));
            break;
        }
        default:
            if (!isPiecewiseConstant(n.op)) // no gradient flows through those
                give(n.a, grad * torchSlope(n.op, a, out));
            break;
        }
        (void)c;
    }
    return dx;
}

} // namespace Expression
