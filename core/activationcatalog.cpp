// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "activationcatalog.h"

#include "builtinactivation.h"
#include "failure.h"
#include "numberformat.h"
#include "stablemath.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();
using NumberFormat::compact;
using StableMath::sigmoid;

/**
 * A catalogue text (a description, a parameter's tooltip), marked for translation but kept in
 * English: the catalogue is built once, maybe before a translator is installed, so whoever shows
 * the text translates it with ActivationCatalog::tr().
 */
QString untranslated(const char *text)
{
    return QString::fromUtf8(text);
}

/** "f′(x) = 0.01": the label of a piece with a constant derivative. */
QString constant(double slope)
{
    return ActivationCatalog::tr("f′(x) = %1").arg(compact(slope));
}

QString derivativeIs(const QString &formula)
{
    return ActivationCatalog::tr("f′(x) = %1").arg(formula);
}

/**
 * A number in a formula or in what the command line reads: C notation in every locale, since a
 * formula separates its arguments with commas ("min(max(x, −0.5), 6)"), the expression editor
 * reads a point, and --list-functions shows what --function takes ("negative_slope=0.01").
 */
QString inFormula(double value)
{
    return compact(value, QLocale::c());
}

/** "a·expr", or just "expr" for a = 1; `number` writes a. */
QString scaled(double a, const QString &expr, QString (*number)(double) = compact)
{
    return a == 1.0 ? expr : number(a) + QStringLiteral("·") + expr;
}

ParameterSpec number(const char *name, double value, double minimum, double maximum,
                     const QString &description)
{
    ParameterSpec spec;
    spec.name = QString::fromLatin1(name);
    spec.defaultValue = value;
    spec.minimum = minimum;
    spec.maximum = maximum;
    spec.description = description;
    return spec;
}

using Make = std::shared_ptr<const Activation>;
using Family = ActivationFamily;
using Values = ParameterValues;

Make make(const Family &family, const Values &values, const QString &formula, RealFunction value,
          RealFunction derivative, const PieceBuilder &pieces)
{
    return std::make_shared<BuiltinActivation>(family, values, formula, std::move(value),
                                               std::move(derivative), pieces.pieces());
}

/** clamp(x, lo, hi), with its kinks at lo and hi: hardtanh, relu6. */
Make clampFunction(const Family &family, const Values &values, double lo, double hi,
                   const QString &formula)
{
    return make(
        family, values, formula,
        [lo, hi](double x) { return std::isnan(x) ? x : std::clamp(x, lo, hi); },
        // PyTorch's hardtanh_backward passes the gradient only strictly inside (lo, hi).
        [lo, hi](double x) { return std::isnan(x) ? x : (x > lo && x < hi ? 1.0 : 0.0); },
        PieceBuilder()
            .linear(lo, 0, lo, constant(0))
            .linear(hi, 1, 0, constant(1))
            .linear(inf, 0, hi, constant(0)));
}

// SELU's constants, as in PyTorch (torch/nn/functional.py and ATen).
constexpr double seluScale = 1.0507009873554804934193349852946;
constexpr double seluAlpha = 1.6732632423543772848170429916717;

std::vector<Family> buildFamilies()
{
    std::vector<Family> families;

    families.push_back(
        { QStringLiteral("relu"),
          untranslated(QT_TRANSLATE_NOOP("ActivationCatalog",
                                         "Rectified linear unit: 0 for x < 0, x for x > 0")),
          {},
          [](const Family &f, const Values &v) {
              // torch.relu's backward multiplies by (x > 0): f′(0) = 0.
              return make(
                  f, v, QStringLiteral("max(0, x)"),
                  [](double x) { return std::isnan(x) ? x : (x > 0 ? x : 0.0); },
                  [](double x) { return std::isnan(x) ? x : (x > 0 ? 1.0 : 0.0); },
                  PieceBuilder().linear(0, 0, 0, constant(0)).linear(inf, 1, 0, constant(1)));
          },
          {} });

    families.push_back(
        { QStringLiteral("leaky_relu"),
          untranslated(
              QT_TRANSLATE_NOOP("ActivationCatalog", "Like ReLU, with a small slope for x < 0")),
          { number("negative_slope", 0.01, 0.0, 1.0,
                   untranslated(QT_TRANSLATE_NOOP("ActivationCatalog", "The slope for x < 0"))) },
          [](const Family &f, const Values &v) {
              const double s = v[0];
              const QString formula = QStringLiteral("max(0, x) + %1·min(0, x)").arg(inFormula(s));
              auto value = [s](double x) { return x > 0 ? x : x * s; };
              // leaky_relu_backward: x > 0 ? 1 : negative_slope, so f′(0) = negative_slope.
              auto slope = [s](double x) { return std::isnan(x) ? x : (x > 0 ? 1.0 : s); };
              if (s == 1.0)
                  return make(f, v, formula, value, slope,
                              PieceBuilder().linear(inf, 1, 0, constant(1)));
              return make(
                  f, v, formula, value, slope,
                  PieceBuilder().linear(0, s, 0, constant(s)).linear(inf, 1, 0, constant(1)));
          },
          {} });

    families.push_back({ QStringLiteral("relu6"),
                         untranslated(QT_TRANSLATE_NOOP("ActivationCatalog",
                                                        "ReLU capped at 6: min(max(0, x), 6)")),
                         {},
                         [](const Family &f, const Values &v) {
                             return clampFunction(f, v, 0.0, 6.0,
                                                  QStringLiteral("min(max(0, x), 6)"));
                         },
                         {} });

    families.push_back(
        { QStringLiteral("hardtanh"),
          untranslated(QT_TRANSLATE_NOOP("ActivationCatalog", "x clamped to [min_val, max_val]")),
          { number("min_val", -1.0, -10.0, 10.0,
                   untranslated(QT_TRANSLATE_NOOP("ActivationCatalog", "The lower bound"))),
            number("max_val", 1.0, -10.0, 10.0,
                   untranslated(QT_TRANSLATE_NOOP("ActivationCatalog", "The upper bound"))) },
          [](const Family &f, const Values &v) {
              return clampFunction(
                  f, v, v[0], v[1],
                  QStringLiteral("min(max(x, %1), %2)").arg(inFormula(v[0]), inFormula(v[1])));
          },
          [](const Values &v) {
              return v[0] < v[1]
                  ? QString()
                  : ActivationCatalog::tr("min_val (%1) must be less than max_val (%2)")
                        .arg(compact(v[0]), compact(v[1]));
          } });

    families.push_back(
        { QStringLiteral("elu"),
          untranslated(QT_TRANSLATE_NOOP(
              "ActivationCatalog", "Exponential linear unit: α(eˣ − 1) for x ≤ 0, x for x > 0")),
          { number(
              "alpha", 1.0, 0.0, 5.0,
              untranslated(QT_TRANSLATE_NOOP(
                  "ActivationCatalog", "The scale of the negative part, and its slope at 0"))) },
          [](const Family &f, const Values &v) {
              const double a = v[0];
              auto negativeSlope = [a](double x) { return a * std::exp(x); };
              // elu_backward takes the x <= 0 branch at 0: f′(0) = α, the left derivative.
              return make(
                  f, v,
                  QStringLiteral("x if x > 0, else %1")
                      .arg(scaled(a, QStringLiteral("(eˣ − 1)"), inFormula)),
                  [a](double x) { return x > 0 ? x : a * std::expm1(x); },
                  [a](double x) { return std::isnan(x) ? x : (x > 0 ? 1.0 : a * std::exp(x)); },
                  PieceBuilder()
                      .curved(0, derivativeIs(scaled(a, QStringLiteral("eˣ"))), negativeSlope,
                              [a](double x) { return a * std::expm1(x); })
                      .linear(inf, 1, 0, constant(1)));
          },
          {} });

    families.push_back(
        { QStringLiteral("selu"),
          untranslated(QT_TRANSLATE_NOOP("ActivationCatalog",
                                         "Scaled ELU: λ·elu(x, α), λ ≈ 1.0507, α ≈ 1.6733")),
          {},
          [](const Family &f, const Values &v) {
              constexpr double la = seluScale * seluAlpha;
              return make(
                  f, v, QStringLiteral("λ·(x if x > 0, else α(eˣ − 1)), λ ≈ 1.0507, α ≈ 1.6733"),
                  [](double x) { return x > 0 ? seluScale * x : la * std::expm1(x); },
                  [](double x) {
                      return std::isnan(x) ? x : (x > 0 ? seluScale : la * std::exp(x));
                  },
                  PieceBuilder()
                      .curved(
                          0, derivativeIs(QStringLiteral("λα·eˣ ≈ %1·eˣ").arg(compact(1.7581))),
                          [](double x) { return la * std::exp(x); },
                          [](double x) { return la * std::expm1(x); })
                      .linear(inf, seluScale, 0,
                              derivativeIs(QStringLiteral("λ ≈ %1").arg(compact(1.0507)))));
          },
          {} });

    families.push_back(
        { QStringLiteral("celu"),
          untranslated(QT_TRANSLATE_NOOP(
              "ActivationCatalog", "Continuously differentiable ELU: α(e^(x/α) − 1) for x ≤ 0")),
          { number("alpha", 1.0, 0.05, 5.0,
                   untranslated(
                       QT_TRANSLATE_NOOP("ActivationCatalog", "The scale of the negative part"))) },
          [](const Family &f, const Values &v) {
              const double a = v[0];
              auto power = [a](QString (*number)(double)) {
                  return a == 1.0 ? QStringLiteral("eˣ")
                                  : QStringLiteral("e^(x/%1)").arg(number(a));
              };
              // Both sides have slope 1 at 0: a breakpoint, not a kink.
              return make(
                  f, v,
                  QStringLiteral("x if x > 0, else %1")
                      .arg(scaled(a, QStringLiteral("(%1 − 1)").arg(power(inFormula)), inFormula)),
                  [a](double x) { return x > 0 ? x : a * std::expm1(x / a); },
                  [a](double x) { return std::isnan(x) ? x : (x > 0 ? 1.0 : std::exp(x / a)); },
                  PieceBuilder()
                      .curved(
                          0, derivativeIs(power(compact)),
                          [a](double x) { return std::exp(x / a); },
                          [a](double x) { return a * std::expm1(x / a); })
                      .linear(inf, 1, 0, constant(1)));
          },
          {} });

    {
        ParameterSpec approximate;
        approximate.name = QStringLiteral("approximate");
        approximate.choices = QStringList { QStringLiteral("none"), QStringLiteral("tanh") };
        approximate.description = untranslated(QT_TRANSLATE_NOOP(
            "ActivationCatalog",
            "none: x·Φ(x) with the normal CDF; tanh: PyTorch's tanh approximation"));
        families.push_back(
            { QStringLiteral("gelu"),
              untranslated(
                  QT_TRANSLATE_NOOP("ActivationCatalog", "Gaussian error linear unit: x·Φ(x)")),
              { approximate },
              [](const Family &f, const Values &v) {
                  if (v[0] == 0.0) {
                      // Φ(x) = erfc(-x/√2)/2 keeps its digits for very negative x, where 1 + erf
                      // cancels.
                      auto cdf = [](double x) { return 0.5 * std::erfc(-x * M_SQRT1_2); };
                      auto slope = [cdf](double x) {
                          return cdf(x)
                              + x * std::exp(-0.5 * x * x) * (0.5 * M_2_SQRTPI * M_SQRT1_2);
                      };
                      return make(
                          f, v, QStringLiteral("x·Φ(x)"), [cdf](double x) { return x * cdf(x); },
                          slope,
                          PieceBuilder().curved(inf, derivativeIs(QStringLiteral("Φ(x) + x·φ(x)")),
                                                slope));
                  }
                  // ½(1 + tanh u) = σ(2u) and 1 − tanh² u = 4σ(2u)σ(−2u) avoid cancellation for x ≪
                  // 0.
                  constexpr double beta = M_SQRT2 * M_2_SQRTPI * 0.5; // √(2/π)
                  constexpr double kappa = 0.044715;
                  auto u = [](double x) { return beta * (x + kappa * x * x * x); };
                  auto slope = [u](double x) {
                      const double s = sigmoid(2 * u(x));
                      const double sechSquared = 4 * s * sigmoid(-2 * u(x));
                      return s + 0.5 * x * sechSquared * beta * (1 + 3 * kappa * x * x);
                  };
                  return make(
                      f, v, QStringLiteral("½x(1 + tanh(√(2/π)(x + 0.044715x³)))"),
                      [u](double x) { return x * sigmoid(2 * u(x)); }, slope,
                      PieceBuilder().curved(
                          inf, derivativeIs(QStringLiteral("½(1 + tanh u) + ½x·sech²(u)·u′")),
                          slope));
              },
              {} });
    }

    families.push_back(
        { QStringLiteral("silu"),
          untranslated(
              QT_TRANSLATE_NOOP("ActivationCatalog", "Sigmoid linear unit (swish): x·σ(x)")),
          {},
          [](const Family &f, const Values &v) {
              auto slope = [](double x) { return sigmoid(x) + x * sigmoid(x) * sigmoid(-x); };
              return make(
                  f, v, QStringLiteral("x·σ(x)"), [](double x) { return x * sigmoid(x); }, slope,
                  PieceBuilder().curved(inf, derivativeIs(QStringLiteral("σ(x)(1 + x(1 − σ(x)))")),
                                        slope));
          },
          {} });

    families.push_back(
        { QStringLiteral("mish"),
          untranslated(QT_TRANSLATE_NOOP("ActivationCatalog", "x·tanh(softplus(x))")),
          {},
          [](const Family &f, const Values &v) {
              auto slope = [](double x) {
                  const double t = std::tanh(StableMath::softplus(x));
                  return t + x * sigmoid(x) * (1 - t) * (1 + t);
              };
              return make(
                  f, v, QStringLiteral("x·tanh(ln(1 + eˣ))"),
                  [](double x) { return x * std::tanh(StableMath::softplus(x)); }, slope,
                  PieceBuilder().curved(
                      inf,
                      derivativeIs(QStringLiteral("tanh(sp) + x·σ(x)·sech²(sp), sp = ln(1 + eˣ)")),
                      slope));
          },
          {} });

    families.push_back(
        { QStringLiteral("softplus"),
          untranslated(QT_TRANSLATE_NOOP(
              "ActivationCatalog", "A smooth ReLU: ln(1 + e^(βx))/β, and x once βx > threshold")),
          { number(
                "beta", 1.0, 0.05, 10.0,
                untranslated(QT_TRANSLATE_NOOP("ActivationCatalog", "The sharpness of the bend"))),
            number("threshold", 20.0, 1.0, 100.0,
                   untranslated(QT_TRANSLATE_NOOP(
                       "ActivationCatalog", "Past βx > threshold PyTorch returns x itself"))) },
          [](const Family &f, const Values &v) {
              const double beta = v[0], threshold = v[1];
              // PyTorch switches to the line where beta·x > threshold, for numerical stability: a
              // breakpoint (with a jump below 1e-8 at the default threshold), not a kink.
              const double switchAt = threshold / beta;
              auto curvedSlope = [beta](double x) { return sigmoid(beta * x); };
              const QString sigma = beta == 1.0 ? QStringLiteral("σ(x)")
                                                : QStringLiteral("σ(%1x)").arg(compact(beta));
              const QString formula = beta == 1.0
                  ? QStringLiteral("ln(1 + eˣ)")
                  : QStringLiteral("ln(1 + e^(%1x))/%1").arg(inFormula(beta));
              return make(
                  f, v, formula,
                  [beta, threshold](double x) {
                      return x * beta > threshold ? x : StableMath::softplus(beta * x) / beta;
                  },
                  [beta, threshold](double x) {
                      return std::isnan(x) ? x : (x * beta > threshold ? 1.0 : sigmoid(beta * x));
                  },
                  PieceBuilder()
                      .curved(switchAt, derivativeIs(sigma), curvedSlope,
                              [beta](double x) { return StableMath::softplus(beta * x) / beta; })
                      .linear(inf, 1, 0, constant(1)));
          },
          {} });

    families.push_back(
        { QStringLiteral("sigmoid"),
          untranslated(
              QT_TRANSLATE_NOOP("ActivationCatalog", "The logistic function σ(x) = 1/(1 + e⁻ˣ)")),
          {},
          [](const Family &f, const Values &v) {
              auto slope = [](double x) { return sigmoid(x) * sigmoid(-x); };
              return make(
                  f, v, QStringLiteral("1/(1 + e⁻ˣ)"), [](double x) { return sigmoid(x); }, slope,
                  PieceBuilder().curved(inf, derivativeIs(QStringLiteral("σ(x)(1 − σ(x))")),
                                        slope));
          },
          {} });

    families.push_back(
        { QStringLiteral("tanh"),
          untranslated(QT_TRANSLATE_NOOP("ActivationCatalog", "The hyperbolic tangent")),
          {},
          [](const Family &f, const Values &v) {
              auto slope = [](double x) {
                  const double c = std::cosh(x);
                  return 1.0 / (c * c);
              };
              return make(
                  f, v, QStringLiteral("tanh(x)"), [](double x) { return std::tanh(x); }, slope,
                  PieceBuilder().curved(inf, derivativeIs(QStringLiteral("1 − tanh²(x)")), slope));
          },
          {} });

    families.push_back(
        { QStringLiteral("hardsigmoid"),
          untranslated(QT_TRANSLATE_NOOP("ActivationCatalog",
                                         "A piecewise linear sigmoid: min(max(x + 3, 0), 6)/6")),
          {},
          [](const Family &f, const Values &v) {
              const QString sixth = derivativeIs(QStringLiteral("1/6"));
              return make(
                  f, v, QStringLiteral("min(max(x + 3, 0), 6)/6"),
                  [](double x) { return std::isnan(x) ? x : std::clamp(x + 3.0, 0.0, 6.0) / 6.0; },
                  // hardsigmoid_backward: 1/6 strictly inside (-3, 3), 0 at and beyond ±3.
                  [](double x) {
                      return std::isnan(x) ? x : (x > -3.0 && x < 3.0 ? 1.0 / 6.0 : 0.0);
                  },
                  PieceBuilder()
                      .linear(-3, 0, 0, constant(0))
                      .linear(3, 1.0 / 6.0, 0.5, sixth)
                      .linear(inf, 0, 1, constant(0)));
          },
          {} });

    families.push_back(
        { QStringLiteral("hardswish"),
          untranslated(QT_TRANSLATE_NOOP("ActivationCatalog",
                                         "x·hardsigmoid(x): 0, then x(x + 3)/6, then x")),
          {},
          [](const Family &f, const Values &v) {
              auto middle = [](double x) { return (2.0 * x + 3.0) / 6.0; };
              return make(
                  f, v, QStringLiteral("x·min(max(x + 3, 0), 6)/6"),
                  [](double x) {
                      return std::isnan(x) ? x : x * std::clamp(x + 3.0, 0.0, 6.0) / 6.0;
                  },
                  // hardswish_backward: 0 for x < -3, x/3 + 1/2 for -3 <= x <= 3, 1 beyond:
                  // so f′(-3) = -0.5 (the right side) and f′(3) = 1.5 (the left side).
                  [middle](double x) {
                      if (std::isnan(x))
                          return x;
                      return x < -3.0 ? 0.0 : (x <= 3.0 ? middle(x) : 1.0);
                  },
                  PieceBuilder()
                      .linear(-3, 0, 0, constant(0))
                      .curved(3, derivativeIs(QStringLiteral("(2x + 3)/6")), middle,
                              [](double x) { return x * (x + 3.0) / 6.0; })
                      .linear(inf, 1, 0, constant(1)));
          },
          {} });

    families.push_back(
        { QStringLiteral("softsign"),
          untranslated(QT_TRANSLATE_NOOP("ActivationCatalog", "x/(1 + |x|)")),
          {},
          [](const Family &f, const Values &v) {
              auto slope = [](double x) {
                  const double d = 1.0 + std::abs(x);
                  return 1.0 / (d * d);
              };
              return make(
                  f, v, QStringLiteral("x/(1 + |x|)"),
                  [](double x) { return x / (1.0 + std::abs(x)); }, slope,
                  PieceBuilder().curved(inf, derivativeIs(QStringLiteral("1/(1 + |x|)²")), slope));
          },
          {} });

    families.push_back(
        { QStringLiteral("logsigmoid"),
          untranslated(QT_TRANSLATE_NOOP("ActivationCatalog", "ln σ(x) = −ln(1 + e⁻ˣ)")),
          {},
          [](const Family &f, const Values &v) {
              auto slope = [](double x) { return sigmoid(-x); };
              return make(
                  f, v, QStringLiteral("ln σ(x)"),
                  [](double x) { return StableMath::logSigmoid(x); }, slope,
                  PieceBuilder().curved(inf, derivativeIs(QStringLiteral("1 − σ(x)")), slope));
          },
          {} });

    families.push_back(
        { QStringLiteral("abs"),
          untranslated(QT_TRANSLATE_NOOP("ActivationCatalog", "The absolute value |x|")),
          {},
          [](const Family &f, const Values &v) {
              // abs_backward multiplies by sgn(x), and sgn(0) = 0.
              return make(
                  f, v, QStringLiteral("|x|"), [](double x) { return std::abs(x); },
                  [](double x) { return std::isnan(x) ? x : (x > 0 ? 1.0 : (x < 0 ? -1.0 : 0.0)); },
                  PieceBuilder().linear(0, -1, 0, constant(-1)).linear(inf, 1, 0, constant(1)));
          },
          {} });

    return families;
}

} // namespace

ParameterValues ActivationFamily::defaults() const
{
    ParameterValues values;
    for (const ParameterSpec &spec : parameters)
        values.push_back(spec.defaultValue);
    return values;
}

const std::vector<ActivationFamily> &ActivationCatalog::families()
{
    static const std::vector<ActivationFamily> families = buildFamilies();
    return families;
}

const ActivationFamily *ActivationCatalog::find(const QString &name)
{
    for (const ActivationFamily &family : families()) {
        if (family.name == name)
            return &family;
    }
    return nullptr;
}

std::shared_ptr<const Activation> ActivationCatalog::create(const QString &name)
{
    const ActivationFamily *family = find(name);
    return family ? family->build(*family, family->defaults()) : nullptr;
}

std::shared_ptr<const Activation> ActivationCatalog::create(const ActivationFamily &family,
                                                            const ParameterValues &values,
                                                            QString *error)
{
    const Failure fail(error, nullptr);
    if (values.size() != family.parameters.size())
        return fail(tr("%1 takes %n parameter(s)", nullptr, int(family.parameters.size()))
                        .arg(family.name));
    for (std::size_t i = 0; i < values.size(); ++i) {
        const ParameterSpec &spec = family.parameters[i];
        if (!spec.accepts(values[i])) {
            if (spec.isChoice())
                return fail(
                    tr("%1 of %2 must be one of %3")
                        .arg(spec.name, family.name, spec.choices.join(QLatin1String(", "))));
            return fail(tr("%1=%2 is out of range for %3: use %4 to %5")
                            .arg(spec.name, NumberFormat::roundTrip(values[i]), family.name,
                                 inFormula(spec.minimum), inFormula(spec.maximum)));
        }
    }
    if (family.validate) {
        const QString problem = family.validate(values);
        if (!problem.isEmpty())
            return fail(tr("%1: %2").arg(family.name, problem));
    }
    return family.build(family, values);
}

std::shared_ptr<const Activation> ActivationCatalog::fromSpecification(const QString &specification,
                                                                       QString *error)
{
    const Failure fail(error, nullptr);
    const QString text = specification.trimmed();
    const int colon = int(text.indexOf(QLatin1Char(':')));
    const QString name = (colon < 0 ? text : text.left(colon)).trimmed();
    const ActivationFamily *family = find(name);
    if (!family) {
        QStringList names;
        for (const ActivationFamily &f : families())
            names << f.name;
        return fail(tr("unknown function '%1'; choose one of %2")
                        .arg(name, names.join(QLatin1String(", "))));
    }
    ParameterValues values = family->defaults();
    if (colon >= 0) {
        const QStringList assignments
            = text.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QStringList given; // a parameter set twice is a mistake, not "the last one wins"
        for (const QString &assignment : assignments) {
            const int equals = int(assignment.indexOf(QLatin1Char('=')));
            const QString key = (equals < 0 ? assignment : assignment.left(equals)).trimmed();
            const QString valueText = equals < 0 ? QString() : assignment.mid(equals + 1).trimmed();
            const auto spec
                = std::find_if(family->parameters.begin(), family->parameters.end(),
                               [&key](const ParameterSpec &p) { return p.name == key; });
            if (spec != family->parameters.end()) {
                if (given.contains(key))
                    return fail(tr("parameter '%1' of %2 is given twice").arg(key, family->name));
                given << key;
            }
            if (spec == family->parameters.end()) {
                QStringList known;
                for (const ParameterSpec &p : family->parameters)
                    known << p.name;
                return fail(known.isEmpty()
                                ? tr("%1 takes no parameters, got '%2'").arg(family->name, key)
                                : tr("unknown parameter '%1' for %2; it takes %3")
                                      .arg(key, family->name, known.join(QLatin1String(", "))));
            }
            if (equals < 0 || valueText.isEmpty())
                return fail(tr("parameter '%1' of %2 needs a value, as in %1=%3")
                                .arg(key, family->name,
                                     spec->isChoice() ? spec->choices.constFirst()
                                                      : compact(spec->defaultValue)));
            const auto index = std::size_t(spec - family->parameters.begin());
            if (spec->isChoice()) {
                const int choice = int(spec->choices.indexOf(valueText));
                if (choice < 0)
                    return fail(tr("%1 of %2 must be one of %3, got '%4'")
                                    .arg(key, family->name, spec->choices.join(QLatin1String(", ")),
                                         valueText));
                values[index] = choice;
                continue;
            }
            bool ok = false;
            const double value = NumberFormat::parse(valueText, &ok);
            if (!ok || !std::isfinite(value))
                return fail(tr("%1 of %2 expects a finite number, got '%3'")
                                .arg(key, family->name, valueText));
            values[index] = value;
        }
    }
    return create(*family, values, error);
}

QString ActivationCatalog::specification(const ActivationFamily &family,
                                         const ParameterValues &values)
{
    if (family.parameters.empty())
        return family.name;
    QStringList parts;
    for (std::size_t i = 0; i < family.parameters.size() && i < values.size(); ++i) {
        const ParameterSpec &spec = family.parameters[i];
        const QString value = spec.isChoice() ? spec.choices.value(int(values[i]))
                                              : NumberFormat::roundTrip(values[i]);
        parts << spec.name + QLatin1Char('=') + value;
    }
    return family.name + QLatin1Char(':') + parts.join(QLatin1Char(','));
}

QString ActivationCatalog::listing()
{
    QStringList lines;
    for (const ActivationFamily &family : families()) {
        QStringList parameters;
        for (const ParameterSpec &spec : family.parameters) {
            parameters << (spec.isChoice()
                               ? tr("%1=%2 (%3)")
                                     .arg(spec.name, spec.choices.value(int(spec.defaultValue)),
                                          spec.choices.join(QLatin1Char('|')))
                               : tr("%1=%2 (%3 to %4)")
                                     .arg(spec.name, inFormula(spec.defaultValue),
                                          inFormula(spec.minimum), inFormula(spec.maximum)));
        }
        QStringList kinks, jumps;
        const auto activation = family.build(family, family.defaults());
        for (const Breakpoint &b : activation->breakpoints())
            (b.isKink() ? kinks : jumps) << inFormula(b.x);
        QString line
            = tr("%1  parameters: %2  kinks: %3")
                  .arg(family.name.leftJustified(12),
                       parameters.isEmpty() ? tr("none") : parameters.join(QLatin1String(", ")),
                       kinks.isEmpty() ? tr("none") : kinks.join(QLatin1String(", ")));
        if (!jumps.isEmpty())
            line += tr("  jumps: %1").arg(jumps.join(QLatin1String(", ")));
        lines << line;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
