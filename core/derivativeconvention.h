// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

/**
 * A program whose autograd must return some number at a kink, and whose choices differ (see
 * docs/frameworks-data.md): what each returns is measured (PyTorch, TensorFlow.js) or read in its
 * source (TensorFlow, JAX), and kept in FrameworkRules.
 */
enum class Framework {
    PyTorch,
    TensorFlow,
    Jax,
    TfJs,
};

/**
 * What a program reports as f'(c) at a kink c, where the left derivative f'-(c) and the right
 * derivative f'+(c) differ and f is not differentiable.
 *
 * - PyTorch, TensorFlow, Jax, TfJs: what that framework's autograd returns, for its own version
 *   of the function (FrameworkRules); nothing where it has no such function.
 * - Left: the left derivative f'-(c).
 * - Right: the right derivative f'+(c).
 * - Average: (f'-(c) + f'+(c)) / 2, which is also the limit of the central difference
 *   (f(c+h) - f(c-h)) / 2h and what torch.maximum(x, 0) gives at a tie.
 * - Undefined: no value; reported as NaN, which is the mathematically honest answer.
 */
enum class DerivativeConvention {
    PyTorch,
    TensorFlow,
    Jax,
    TfJs,
    Left,
    Right,
    Average,
    Undefined,
};

/** Names of the frameworks, for the command line and the UI. */
class FrameworkNames
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkNames)

public:
    static constexpr int count = 4;
    static constexpr std::array<Framework, count> all { Framework::PyTorch, Framework::TensorFlow,
                                                        Framework::Jax, Framework::TfJs };
    /** pytorch, tensorflow, jax, tfjs */
    static QString key(Framework framework);
    /** PyTorch, TensorFlow, JAX, TensorFlow.js: names, not translated. */
    static QString displayName(Framework framework);
    /** The convention that reports this framework's value. */
    static DerivativeConvention convention(Framework framework);
};

/** Names, parsing and explanations of the conventions, for the command line and the UI. */
class ConventionNames
{
    Q_DECLARE_TR_FUNCTIONS(ConventionNames)

public:
    static constexpr int count = 8;
    static DerivativeConvention fromIndex(int index);
    static int toIndex(DerivativeConvention convention);

    /**
     * The command-line key: pytorch, tensorflow, jax, tfjs, left, right, average or undefined.
     */
    static QString key(DerivativeConvention convention);
    /** Takes the keys, and `framework`, the name before there were four, for PyTorch. */
    static std::optional<DerivativeConvention> fromKey(const QString &key);
    /** All keys joined by '|', for help texts and error messages. */
    static QString keyList();

    /** A short translated name for menus: "PyTorch", "Left derivative", ... */
    static QString displayName(DerivativeConvention convention);
    /** The framework whose autograd the convention follows; nothing for left, right, ... */
    static std::optional<Framework> framework(DerivativeConvention convention);
};
