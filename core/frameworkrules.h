// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "derivativeconvention.h"
#include "expression/autogradrules.h"
#include "parameterspec.h"

#include <QCoreApplication>
#include <QString>

struct Breakpoint;

/**
 * What each framework's autograd returns where calculus has no single answer: at the kinks of its
 * own versions of the built-in functions, and at the switching points of the primitives that
 * expressions are made of. One table, with its sources: PyTorch and TensorFlow.js are measured
 * (tools/measure_pytorch_kinks.py, tools/measure_tfjs_kinks.mjs, whose output
 * tests/core/data/framework_*.csv the core tests compare with); TensorFlow and JAX, which cannot
 * be installed here, are read in their source at the commits that provenance() names, and each
 * value cites its file and lines (tests/core/data/framework_sources.csv).
 */
class FrameworkRules
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkRules)

public:
    /** Where the values come from, with the version: "PyTorch 1.13.1, measured". */
    static QString provenance(Framework framework);
    /** The same in a few words, for a table's cell: "1.13.1, measured", "0.11.0, source". */
    static QString shortProvenance(Framework framework);

    /**
     * A measured fact beside a value, for the `index`-th breakpoint of `family`: PyTorch's
     * hardswish′(3) is 1.5 for a single element but 1 in a vectorized tensor. Empty for the rest.
     */
    static QString caveat(Framework framework, const QString &family, int index);

    /** The rules for the primitives of expressions (relu, abs, max, min, clamp, ...). */
    static AutogradRules primitives(Framework framework);

    /**
     * What `framework`'s own version of the catalog function `family` (with `values`, whose
     * defaults `specs` has) returns at its breakpoint `b`, the `index`-th of its breakpoints.
     * NaN where the framework has no such function, or none with these parameters, and then
     * `gap` (when given) says so in one sentence ("TensorFlow has no hardtanh"). PyTorch's value
     * is the function's own f′ at the point: this is only for the others.
     */
    static double builtIn(Framework framework, const QString &family,
                          const std::vector<ParameterSpec> &specs, const ParameterValues &values,
                          const Breakpoint &b, int index, QString *gap = nullptr);
};
