#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# What `make fuzz` needs beyond the build: clang, and compiler-rt with libFuzzer and the
# sanitizer runtimes (Debian 12 ships them as libclang-rt-14-dev), plus llvm-symbolizer for
# readable stack traces. For the fuzz targets only: the app and its tests never use them.
set -euo pipefail

packages=(clang-14 libclang-rt-14-dev llvm-14)

exec "$(dirname "$0")/apt-install.sh" install-fuzz-deps "${packages[@]}"
