// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "frameworkrules.h"

#include "breakpoint.h"

#include <cstring>
#include <limits>

namespace {

/** Which value a framework's backward formula gives at a kink. */
enum class Take {
    Left, ///< the slope on the left: f′₋
    LeftInFloat32, ///< f′₋ rounded to float32: a parameter the framework keeps in 32 bits
    Right, ///< the slope on the right: f′₊
    Value, ///< a number of its own (abs: sign(0), or a step with another threshold)
    None, ///< the framework has no such function
};

struct Rule
{
    Take take = Take::None;
    double value = 0.0;
    /** The framework's function has no parameters: only the defaults are its function. */
    bool defaultsOnly = false;
    /** Why there is no value (with None, or defaultsOnly and other parameters). */
    const char *gap = nullptr;
};

/** At one kink of a built-in (all of them when `index` is -1): TensorFlow's, JAX's, TF.js's. */
struct KinkRules
{
    const char *family;
    int index;
    Rule tensorflow;
    Rule jax;
    Rule tfjs;
};

constexpr Rule left { Take::Left };
constexpr Rule leftInFloat32 { Take::LeftInFloat32 };
constexpr Rule right { Take::Right };
constexpr Rule valueOf(double v)
{
    return { Take::Value, v };
}
constexpr Rule none(const char *gap)
{
    return { Take::None, 0.0, false, gap };
}
constexpr Rule defaultsOnly(Rule rule, const char *gap)
{
    rule.defaultsOnly = true;
    rule.gap = gap;
    return rule;
}

// clang-format off
/**
 * The table. TensorFlow: tensorflow/tensorflow at 64c3d382cadf7bbe8e7e99884bede8284ff67f56 (tag
 * v2.0.0; read from the fork uve/tensorflow, whose v2.0.0 is that commit). JAX: jax-ml/jax at
 * a1521744c6dc074443fe549f19f48d7197abf759 (tag jax-v0.11.0). Files and lines are cited at each
 * row below, and with a quote of each line in tests/core/data/framework_sources.csv. TF.js:
 * measured (tests/core/data/framework_tfjs.csv).
 */
const KinkRules table[] = {
    // ReluGrad: gradients * (features > 0) (relu_op_functor.h 41-55, nn_grad.py 413-415);
    // jax.nn.relu's JVP selects x > 0 (nn/functions.py 74-107); tf.relu: step(x).
    { "relu", -1, left, left, left },
    // LeakyReluGrad: features > 0 ? gradients : gradients * alpha, alpha kept as a float32
    // (relu_op_functor.h 111-122, nn_ops.cc 1086-1090); jax.nn.leaky_relu:
    // where(x >= 0, x, negative_slope * x), the right branch at 0 (nn/functions.py 331-355).
    { "leaky_relu", -1, leftInFloat32, right, left },
    // Relu6Grad: gradients * (features > 0) * (features < 6), 0 at both (relu_op_functor.h
    // 75-89); jax.nn.relu6's JVP selects (x > 0) & (x < 6) (nn/functions.py 800-829); tf.relu6
    // at 6 measured 1.
    { "relu6", 0, left, left, left },
    { "relu6", 1, right, right, left },
    // jax.nn.hard_tanh: where(x > 1, 1, where(x < -1, -1, x)), the inside branch at ±1
    // (nn/functions.py 358-377); TensorFlow 2.0 has none in tf.nn or tf.math.
    { "hardtanh", 0, none(QT_TRANSLATE_NOOP("FrameworkRules", "TensorFlow has no hardtanh")),
      defaultsOnly(right, QT_TRANSLATE_NOOP("FrameworkRules",
                                             "JAX's hard_tanh has no bounds other than −1 and 1")),
      none(QT_TRANSLATE_NOOP("FrameworkRules", "TensorFlow.js has no hardtanh")) },
    { "hardtanh", 1, none(QT_TRANSLATE_NOOP("FrameworkRules", "TensorFlow has no hardtanh")),
      defaultsOnly(left, QT_TRANSLATE_NOOP("FrameworkRules",
                                            "JAX's hard_tanh has no bounds other than −1 and 1")),
      none(QT_TRANSLATE_NOOP("FrameworkRules", "TensorFlow.js has no hardtanh")) },
    // elu has a kink only for alpha ≠ 1: tf.keras.activations.elu(x, alpha) takes it (tf.nn.elu
    // does not) and gives alpha at 0 (keras/backend.py 4367-4381, relu_op_functor.h 145-156);
    // jax.nn.elu: where(x > 0, x, alpha * expm1(x)), the left branch (lax.py 4550-4556);
    // tf.elu has no alpha.
    { "elu", -1, left, left,
      none(QT_TRANSLATE_NOOP("FrameworkRules", "TensorFlow.js's elu has no alpha")) },
    // SeluGrad: activations < 0 ? gradients * (activations + scale·alpha) : gradients * scale
    // (relu_op_functor.h 183-196); jax.nn.selu is scale * elu(x, alpha), the left branch
    // (nn/functions.py 405-434).
    { "selu", -1, right, left, left },
    // jax.nn.hard_sigmoid is relu6(x + 3) / 6, relu6's JVP gives 0 at both ends (nn/functions.py
    // 832-849); tf.keras's hard_sigmoid is another function, clip(0.2x + 0.5, 0, 1)
    // (keras/backend.py 4605-4622).
    { "hardsigmoid", 0, none(QT_TRANSLATE_NOOP("FrameworkRules", "TensorFlow has no hardsigmoid")),
      left, none(QT_TRANSLATE_NOOP("FrameworkRules", "TensorFlow.js has no hardsigmoid")) },
    { "hardsigmoid", 1, none(QT_TRANSLATE_NOOP("FrameworkRules", "TensorFlow has no hardsigmoid")),
      right, none(QT_TRANSLATE_NOOP("FrameworkRules", "TensorFlow.js has no hardsigmoid")) },
    // jax.nn.hard_silu is x * hard_sigmoid(x): 0 + x·0 at −3, 1 + x·0 at 3 (nn/functions.py
    // 852-875).
    { "hardswish", 0, none(QT_TRANSLATE_NOOP("FrameworkRules", "TensorFlow has no hardswish")),
      left, none(QT_TRANSLATE_NOOP("FrameworkRules", "TensorFlow.js has no hardswish")) },
    { "hardswish", 1, none(QT_TRANSLATE_NOOP("FrameworkRules", "TensorFlow has no hardswish")),
      right, none(QT_TRANSLATE_NOOP("FrameworkRules", "TensorFlow.js has no hardswish")) },
    // _AbsGrad: grad * sign(x), sign(0) = 0 (math_grad.py 512-515); abs's JVP:
    // select(x >= 0, g, -g) (lax.py 4770-4775); tf.abs: −1, measured.
    { "abs", -1, valueOf(0.0), valueOf(1.0), valueOf(-1.0) },
    // Only PyTorch's softplus switches to x past a threshold.
    { "softplus", -1,
      none(QT_TRANSLATE_NOOP("FrameworkRules", "TensorFlow's softplus has no threshold")),
      none(QT_TRANSLATE_NOOP("FrameworkRules", "JAX's softplus has no threshold")),
      none(QT_TRANSLATE_NOOP("FrameworkRules", "TensorFlow.js's softplus has no threshold")) },
};
// clang-format on

bool atDefaults(const std::vector<ParameterSpec> &specs, const ParameterValues &values)
{
    for (std::size_t i = 0; i < specs.size() && i < values.size(); ++i) {
        if (values[i] != specs[i].defaultValue)
            return false;
    }
    return true;
}

} // namespace

QString FrameworkRules::provenance(Framework framework)
{
    switch (framework) {
    case Framework::PyTorch:
        return tr("PyTorch 1.13.1 (Debian 12's python3-torch, torch.__version__ 1.13.0a0), "
                  "measured in float32 and float64");
    case Framework::TensorFlow:
        return tr("TensorFlow 2.0.0's source (commit %1), read, not run")
            .arg(QStringLiteral("64c3d382"));
    case Framework::Jax:
        return tr("JAX 0.11.0's source (commit %1), read, not run").arg(QStringLiteral("a1521744"));
    case Framework::TfJs:
        return tr("TensorFlow.js 4.22.0 (its cpu backend, under Node 20), measured in float32");
    }
    return {};
}

QString FrameworkRules::shortProvenance(Framework framework)
{
    switch (framework) {
    case Framework::PyTorch: return tr("%1, measured").arg(QStringLiteral("1.13.1"));
    case Framework::TensorFlow: return tr("%1, from source").arg(QStringLiteral("2.0.0"));
    case Framework::Jax: return tr("%1, from source").arg(QStringLiteral("0.11.0"));
    case Framework::TfJs: return tr("%1, measured").arg(QStringLiteral("4.22.0"));
    }
    return {};
}

QString FrameworkRules::caveat(Framework framework, const QString &family, int index)
{
    // tests/core/data/framework_pytorch.csv, hardswish_3: 1.5 from a 1-element tensor, 1 from a
    // 64-element one (the vectorized kernel), in float32 and float64. See PyTorch PR #143899.
    if (framework == Framework::PyTorch && family == QLatin1String("hardswish") && index == 1)
        return tr("1 in a vectorized tensor of 64 elements (measured)");
    return {};
}

AutogradRules FrameworkRules::primitives(Framework framework)
{
    AutogradRules rules = AutogradRules::pytorch();
    switch (framework) {
    case Framework::PyTorch: break;
    case Framework::TensorFlow:
        // _MaximumGrad and _MinimumGrad give a tie to their first argument through greater_equal
        // and less_equal (math_grad.py 1399-1424, 1436-1445); clip_by_value passes the gradient
        // where min <= x <= max (clip_ops.py 38-87). Floor and the comparisons have no gradient
        // (math_grad.py 1651-1653): ExpressionActivation says so where nothing else reaches x.
        rules.maxTieFirst = 1.0;
        rules.minTieFirst = 1.0;
        break;
    case Framework::Jax:
        // abs's JVP selects x >= 0 (lax.py 4770-4775); max and min split a tie evenly (lax.py
        // 5113-5122, 9661-9663); jnp.clip is minimum(maximum(x, lo), hi) (numpy/lax_numpy.py
        // 3364-3410), so a bound is a tie: ½ (lax.clamp itself would give 0).
        rules.absAtZero = 1.0;
        rules.clampAtLower = 0.5;
        rules.clampAtUpper = 0.5;
        break;
    case Framework::TfJs:
        // Measured: abs′(0) = −1 (step(x, −1)), maximum and minimum give a tie to the first
        // argument; a comparison of x has no gradient at all (ExpressionActivation says so).
        rules.absAtZero = -1.0;
        rules.maxTieFirst = 1.0;
        rules.minTieFirst = 1.0;
        break;
    }
    return rules;
}

double FrameworkRules::builtIn(Framework framework, const QString &family,
                               const std::vector<ParameterSpec> &specs,
                               const ParameterValues &values, const Breakpoint &b, int index,
                               QString *gap)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    for (const KinkRules &rules : table) {
        if (family != QLatin1String(rules.family) || (rules.index != -1 && rules.index != index))
            continue;
        const Rule *rule = nullptr;
        switch (framework) {
        case Framework::PyTorch: return nan; // the function's own f′; see the declaration
        case Framework::TensorFlow: rule = &rules.tensorflow; break;
        case Framework::Jax: rule = &rules.jax; break;
        case Framework::TfJs: rule = &rules.tfjs; break;
        }
        const bool missing
            = rule->take == Take::None || (rule->defaultsOnly && !atDefaults(specs, values));
        if (missing) {
            if (gap)
                *gap = rule->gap ? tr(rule->gap) : QString();
            return nan;
        }
        double value = nan;
        switch (rule->take) {
        case Take::Left: value = b.left; break;
        case Take::LeftInFloat32: value = double(float(b.left)); break;
        case Take::Right: value = b.right; break;
        case Take::Value: value = rule->value; break;
        case Take::None: break;
        }
        // TensorFlow.js computes in float32 only: its selu′(0) is float32(scale·alpha), its
        // leaky_relu′(0) float32(alpha) (measured).
        return framework == Framework::TfJs ? double(float(value)) : value;
    }
    if (gap)
        *gap = tr("No value of %1 is on record here").arg(FrameworkNames::displayName(framework));
    return nan;
}
