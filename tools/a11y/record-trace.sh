#!/bin/bash
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Records what View ▸ Audio Trace really plays, on a machine without a sound card: a private
# PulseAudio with a null sink, Xvfb with openbox, the app with relu; Shift+A (f′ too), then A;
# the sink's monitor goes to $OUT/trace.wav. tools/a11y/trace_pitch.py measures it.
# Needs pulseaudio and pulseaudio-utils (not installed by scripts/install-deps.sh).
set -u
OUT=${OUT:-/tmp/relu-audio}
mkdir -p "$OUT"
export HOME=$OUT/home; mkdir -p $HOME; export XDG_RUNTIME_DIR=$OUT/run; mkdir -p $XDG_RUNTIME_DIR; chmod 700 $XDG_RUNTIME_DIR
pulseaudio -n --daemonize=no --exit-idle-time=-1 --log-target=file:$OUT/pa.log \
  -L "module-null-sink sink_name=trace rate=44100" -L "module-native-protocol-unix" >/dev/null 2>&1 &
pa=$!
sleep 2
pactl set-default-sink trace
export DISPLAY=:61
Xvfb :61 -screen 0 1366x768x24 >/dev/null 2>&1 & xv=$!
sleep 1; openbox >/dev/null 2>&1 & sleep 0.5
"${APP:-$(dirname "$0")/../../build/app/relu-explorer}" --function relu >"$OUT/app.log" 2>&1 & app=$!
sleep 3
xdotool search --sync --name "ReLU Explorer" windowactivate --sync
sleep 1
parec -d trace.monitor --rate=44100 --channels=2 --format=s16le --file-format=wav $OUT/trace.wav & rec=$!
sleep 0.5
xdotool key shift+a; sleep 0.5; xdotool key a
sleep 5.5
kill $rec; sleep 0.5
import -window root $OUT/shot.png
kill $app $xv $pa 2>/dev/null; wait 2>/dev/null
