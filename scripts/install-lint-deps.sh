#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# What `make lint` needs beyond the build: clang-format and clang-tidy, version 14 from Debian 12.
# For the lint only: the app and its tests never use them.
set -euo pipefail

packages=(clang-format-14 clang-tidy-14)

exec "$(dirname "$0")/apt-install.sh" install-lint-deps "${packages[@]}"
