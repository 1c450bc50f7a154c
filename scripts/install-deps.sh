#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages ReLU Explorer needs to build, test and run.
# Idempotent: scripts/apt-install.sh installs only what is missing, as root or through sudo.
set -euo pipefail

packages=(
  # build
  build-essential cmake
  # Qt 6 and QCustomPlot
  qt6-base-dev qt6-svg-dev libqcustomplot-dev
  # the audio trace's sound output (QAudioSink, QMediaDevices)
  qt6-multimedia-dev
  # user expressions: Spirit X3 for the grammar, Boost.Math for autodiff and root finding
  libboost-dev libboost-math-dev
  # muparser: the old parser, kept as the tests' reference for the language and bench's yardstick
  libmuparser-dev
  # translations: the CMake tools and lupdate/lrelease, and Qt's own translated dialogs
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  # the man page, made from `relu-explorer --help` at build time
  help2man
  # validating what `cmake --install` installs
  desktop-file-utils appstream shared-mime-info
  # a font, so text renders on machines without a desktop (offscreen tests, --export)
  fonts-dejavu-core
  # a real window without a display, for anyone who wants one in tests (xvfb-run)
  xvfb xauth
  # the accessibility tests: a D-Bus session and the AT-SPI bus, as under a screen reader
  dbus at-spi2-core
)

exec "$(dirname "$0")/apt-install.sh" install-deps "${packages[@]}"
