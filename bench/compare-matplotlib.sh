#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The notebook's Figure 2 as a 700x700 PNG, made two ways in one run and alternated:
#   relu-explorer --export            (the app)
#   notebook_figure2.py               (the notebook's own matplotlib code; Debian's python3-matplotlib)
#   bench_floor                       (QCustomPlot alone: the least a Qt program can do)
# Prints the median wall time and peak memory (maximum resident set) of each, and the ratios.
# Usage: bench/compare-matplotlib.sh BUILD_DIR [RUNS]
set -euo pipefail
build=${1:?usage: compare-matplotlib.sh BUILD_DIR [RUNS]}
runs=${2:-9}
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$out/config"

for tool in /usr/bin/time /usr/bin/python3; do
    [ -x "$tool" ] || { echo "compare-matplotlib: $tool is missing (scripts/install-bench-deps.sh)" >&2; exit 2; }
done
/usr/bin/python3 -c 'import matplotlib, numpy' 2>/dev/null ||
    { echo "compare-matplotlib: python3-matplotlib is missing (scripts/install-bench-deps.sh)" >&2; exit 2; }

measure() { # name command...: appends "seconds kilobytes" to $out/name
    local name=$1; shift
    local start=$EPOCHREALTIME
    /usr/bin/time -f '%M' -o "$out/time" "$@" >/dev/null 2>&1
    local end=$EPOCHREALTIME
    echo "$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f", e - s }') $(cat "$out/time")" >> "$out/$name"
}
for ((i = 0; i < runs; i++)); do
    measure app "$build/app/relu-explorer" --export "$out/app.png"
    measure matplotlib /usr/bin/python3 "$here/notebook_figure2.py" "$out/matplotlib.png"
    measure floor "$build/bench/bench_floor" "$out/floor.png"
done

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
seconds() { cut -d' ' -f1 "$out/$1" | median; }
megabytes() { cut -d' ' -f2 "$out/$1" | median | awk '{ printf "%.1f", $1 / 1024 }'; }

for name in app matplotlib floor; do
    file "$out/$name.png" | grep -q '700 x 700' || { echo "compare-matplotlib: $name did not make a 700x700 PNG" >&2; exit 1; }
done
app_s=$(seconds app); mpl_s=$(seconds matplotlib); floor_s=$(seconds floor)
app_mb=$(megabytes app); mpl_mb=$(megabytes matplotlib); floor_mb=$(megabytes floor)
echo "| program | runs | median wall s | median peak MB |"
echo "|---|---|---|---|"
echo "| relu-explorer --export | $runs | $app_s | $app_mb |"
echo "| matplotlib (the notebook's code) | $runs | $mpl_s | $mpl_mb |"
echo "| QCustomPlot alone (floor) | $runs | $floor_s | $floor_mb |"
echo
awk -v a="$app_s" -v m="$mpl_s" -v f="$floor_s" -v am="$app_mb" -v mm="$mpl_mb" 'BEGIN {
    printf "The app is %.1fx faster than matplotlib (target: at least 10x) and uses %.2f of its peak memory (target: at most 0.5).\n", m / a, am / mm
    printf "The app takes %.2fx the time of the QCustomPlot floor (target: at most 1.5x).\n", a / f
}'
