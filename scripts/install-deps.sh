#!/usr/bin/env bash
# Installs the Debian 12 packages ReLU Explorer needs to build, test and run.
# Idempotent: it installs only what is missing, as root or through sudo, and says what it does.
set -euo pipefail

packages=(
  # build
  build-essential cmake
  # Qt 6 and QCustomPlot
  qt6-base-dev qt6-svg-dev libqcustomplot-dev
  # user expressions
  libmuparser-dev
  # translations: the CMake tools and lupdate/lrelease, and Qt's own translated dialogs
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  # validating what `cmake --install` installs
  desktop-file-utils appstream
  # a font, so text renders on machines without a desktop (offscreen tests, --export)
  fonts-dejavu-core
  # a real window without a display, for anyone who wants one in tests (xvfb-run)
  xvfb xauth
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are present."
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "install-deps: missing packages: ${missing[*]}; run this script as root or install sudo." >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: done."
