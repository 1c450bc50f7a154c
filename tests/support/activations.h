// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "activationcatalog.h"

#include <memory>

/** The catalog's ReLU, made once for a test. */
inline const Activation &reluFunction()
{
    static const std::shared_ptr<const Activation> relu
        = ActivationCatalog::create(QStringLiteral("relu"));
    return *relu;
}
