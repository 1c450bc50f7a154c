// SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fuzzchecks.h"

#include <cstddef>
#include <cstdint>

/**
 * libFuzzer target: a user's f(x), as the expression box and --expression take it.
 * What it checks is in fuzzchecks.cpp, shared with the regression test (tst_fuzzregressions).
 */

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzChecks::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return FuzzChecks::runOne(FuzzChecks::checkExpression, data, size);
}
