#!/bin/sh
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command as a screen reader's session would see it: a private D-Bus session, a private
# X display (Xvfb) and the AT-SPI bus, with Qt's bridge switched on. Qt sends accessibility
# events only while that bridge is active, which the offscreen platform never is.
# Usage: with-atspi.sh COMMAND [ARGS...]
set -u
if [ -z "${RELU_IN_ATSPI_SESSION:-}" ]; then
    export RELU_IN_ATSPI_SESSION=1
    exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
launcher=$!
sleep 1
QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 RELU_REQUIRE_ACCESSIBILITY=1 "$@"
status=$?
kill "$launcher" 2>/dev/null
exit "$status"
