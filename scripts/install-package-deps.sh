#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# What `make package` needs beyond the build: lintian, which checks the .deb as Debian would.
# For the package only: the app and its tests never use it.
set -euo pipefail

packages=(lintian)

exec "$(dirname "$0")/apt-install.sh" install-package-deps "${packages[@]}"
