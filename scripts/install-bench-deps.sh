#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# What `make bench` needs beyond the build: valgrind (instruction counts), GNU time (peak
# memory), Xvfb (start-up on a real X display), and the notebook's matplotlib for the
# comparison. For the benchmarks only: the app and its tests never use them.
set -euo pipefail
packages=(valgrind time xvfb xauth python3 python3-matplotlib python3-numpy)
exec "$(dirname "$0")/apt-install.sh" install-bench-deps "${packages[@]}"
