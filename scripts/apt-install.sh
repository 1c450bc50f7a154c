#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The one installer behind scripts/install-*deps.sh: installs whichever of the given Debian
# packages are missing, as root or through sudo, and says what it does. Idempotent.
#
#   scripts/apt-install.sh NAME PACKAGE...     (NAME prefixes its messages)
set -euo pipefail

name=$1
shift
packages=("$@")

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "$name: all ${#packages[@]} packages are present."
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "$name: missing packages: ${missing[*]}; run this script as root or install sudo." >&2
  exit 1
fi

echo "$name: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "$name: done."
