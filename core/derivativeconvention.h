// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

/**
 * What a program reports as f'(c) at a kink c, where the left derivative f'-(c) and the right
 * derivative f'+(c) differ and f is not differentiable.
 *
 * - Framework: what PyTorch's autograd returns (checked against PyTorch 1.13). For ReLU that is
 *   0, because torch.relu's backward passes the gradient only where x > 0.
 * - Left: the left derivative f'-(c).
 * - Right: the right derivative f'+(c).
 * - Average: (f'-(c) + f'+(c)) / 2, which is also the limit of the central difference
 *   (f(c+h) - f(c-h)) / 2h and what torch.maximum(x, 0) gives at a tie.
 * - Undefined: no value; reported as NaN, which is the mathematically honest answer.
 */
enum class DerivativeConvention {
    Framework,
    Left,
    Right,
    Average,
    Undefined,
};

/** Names, parsing and explanations of the conventions, for the command line and the UI. */
class ConventionNames
{
    Q_DECLARE_TR_FUNCTIONS(ConventionNames)

public:
    static constexpr int count = 5;
    static DerivativeConvention fromIndex(int index);
    static int toIndex(DerivativeConvention convention);

    /** The command-line key: framework, left, right, average or undefined. */
    static QString key(DerivativeConvention convention);
    static std::optional<DerivativeConvention> fromKey(const QString &key);
    /** All keys joined by '|', for help texts and error messages. */
    static QString keyList();

    /** A short translated name for menus: "Framework (PyTorch)", "Left derivative", ... */
    static QString displayName(DerivativeConvention convention);
};
