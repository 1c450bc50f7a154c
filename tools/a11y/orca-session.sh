#!/bin/bash
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs ReLU Explorer as a blind student meets it, with no display and no sound card: a private
# D-Bus session, Xvfb with openbox, the AT-SPI bus, Orca 43 logging what it would say (speech goes
# nowhere; every "SPEECH OUTPUT" line of the log is an utterance), and a python3-pyatspi script
# that drives or reads the window. See docs/accessibility.md.
#
#   dbus-run-session -- tools/a11y/orca-session.sh tools/a11y/keys.py [APP ARGS...]
#   KEYS="k c Right" ORCA=1 dbus-run-session -- tools/a11y/orca-session.sh tools/a11y/keys.py
#   grep "SPEECH OUTPUT" /tmp/relu-a11y/orca.log
#
# Environment: APP (default build/app/relu-explorer), ORCA=1 to run Orca, SIZE (1366x768),
# OUT (/tmp/relu-a11y), XHOME (a fresh $OUT/home: settings and Orca's configuration).
set -u
here=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/relu-a11y}
mkdir -p "$OUT"
export DISPLAY=:${DISPLAY_NUMBER:-77}
Xvfb "$DISPLAY" -screen 0 "${SIZE:-1366x768}x24" >/dev/null 2>&1 &
xvfb=$!
sleep 1
openbox >/dev/null 2>&1 &
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
sleep 1
script=$1
shift
export HOME=${XHOME:-$OUT/home}
mkdir -p "$HOME/.local/share/orca"
# No braille display (BrlAPI would wait for one) and no speech server (speech-dispatcher blocks
# without a sound card); Orca still logs every utterance.
cat > "$HOME/.local/share/orca/orca-customizations.py" <<'PY'
import orca.settings
orca.settings.enableBraille = False
orca.settings.enableBrailleMonitor = False
orca.settings.speechServerFactory = "nospeech"
orca.settings.speechFactoryModules = []
PY
if [ -n "${ORCA:-}" ]; then
    rm -f "$OUT/orca.log"
    orca --replace --debug-file="$OUT/orca.log" >"$OUT/orca.out" 2>&1 &
    sleep 4
fi
"${APP:-$here/../../build/app/relu-explorer}" "$@" >"$OUT/app.out" 2>&1 &
export APP_PID=$!
sleep 4
/usr/bin/python3 "$script"
sleep 2
kill "$APP_PID" 2>/dev/null
sleep 2
pkill -INT -f "orca --replace" 2>/dev/null
sleep 2
kill "$xvfb"
