// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "activation.h"
#include "parameterspec.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

/**
 * A named activation with its parameters, as PyTorch's torch.nn.functional names them, and how
 * to build it for given parameter values.
 */
class ActivationFamily
{
public:
    QString name;
    QString description;
    std::vector<ParameterSpec> parameters;
    /** Builds the function; the values are already checked against the specs. */
    std::function<std::shared_ptr<const Activation>(const ActivationFamily &,
                                                    const ParameterValues &)>
        build;
    /** Checks constraints between parameters (hardtanh: min_val < max_val); empty when fine. */
    std::function<QString(const ParameterValues &)> validate;

    ParameterValues defaults() const;
};

/**
 * Every built-in activation: relu, leaky_relu, relu6, hardtanh, elu, selu, celu, gelu, silu,
 * mish, softplus, sigmoid, tanh, hardsigmoid, hardswish, softsign, logsigmoid and abs.
 *
 * Values and derivatives follow PyTorch's definitions (checked against PyTorch 1.13, Debian's
 * python3-torch; see docs/pytorch-conventions.md), and at every kink the framework convention is
 * what PyTorch's autograd returns there. Where PyTorch computes with a float32 constant (1/6 in
 * hardsigmoid and hardswish), the exact value is used.
 */
class ActivationCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ActivationCatalog)

public:
    static const std::vector<ActivationFamily> &families();
    static const ActivationFamily *find(const QString &name);

    /** The family's function with its default parameters; nullptr for an unknown name. */
    static std::shared_ptr<const Activation> create(const QString &name);
    /**
     * Builds from "NAME" or "NAME:param=value,...", such as "leaky_relu:negative_slope=0.2" or
     * "gelu:approximate=tanh". Returns nullptr and sets `error` to one line for an unknown name,
     * an unknown parameter, a value that is not a number or out of range.
     */
    static std::shared_ptr<const Activation> fromSpecification(const QString &specification,
                                                               QString *error);
    /** Builds from explicit values; nullptr and `error` when a value is not accepted. */
    static std::shared_ptr<const Activation> create(const ActivationFamily &family,
                                                    const ParameterValues &values, QString *error);

    /** "name" or "name:p=v,..." with every parameter, in the family's order. */
    static QString specification(const ActivationFamily &family, const ParameterValues &values);
    /** One line per function for --list-functions: name, parameters with defaults, kinks. */
    static QString listing();
};
