// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "activation.h"

#include <QString>

#include <memory>

/**
 * What a comparison names, in the session, a lesson, the settings and `--compare`: a built-in
 * function as the catalog writes it ("gelu:approximate=tanh"), or a user's formula in x with no
 * free names ("x*(x>0)", "max(0.25*x, x)"). A formula with a parameter is compared as it is at
 * that moment: frozen() writes each parameter as its value, so a saved comparison means the same
 * curve when it is opened again.
 */
namespace ComparedFunction {

/** The function `specification` names; null, and one line in `error`, when it names none. */
std::shared_ptr<const Activation> resolve(const QString &specification, QString *error);

/**
 * The specification that compares `f` as it is now: a built-in's own, an expression's formula
 * with every parameter replaced by its value in C notation (a negative one in parentheses).
 */
QString frozen(const Activation &f);

} // namespace ComparedFunction
