#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every benchmark and writes bench/RESULTS.md: the machine, the date and the figures.
# Benchmarks print figures; they never fail on noise. Usage: bench/run-all.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: run-all.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
results="$here/RESULTS.md"
export QT_QPA_PLATFORM=offscreen
config=$(mktemp -d); trap 'rm -rf "$config"' EXIT
export XDG_CONFIG_HOME="$config" XDG_RUNTIME_DIR="$config"
quiet() { grep -v '^QStandardPaths' || true; }

{
    echo "# Benchmark results"
    echo
    echo "Written by \`make bench\` (bench/run-all.sh) on $(date -u '+%Y-%m-%d %H:%M UTC')."
    echo
    echo "| machine | |"
    echo "|---|---|"
    echo "| CPU | $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//') |"
    echo "| cores | $(nproc) |"
    echo "| memory | $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) |"
    echo "| system | $(. /etc/os-release && echo "$PRETTY_NAME"), $(uname -r) |"
    echo "| Qt, QCustomPlot | $(dpkg-query -W -f='${Version}' libqt6core6), $(dpkg-query -W -f='${Version}' libqcustomplot2.1-qt6) |"
    echo "| load average at start | $(cut -d' ' -f1-3 /proc/loadavg) |"
    echo
    echo "Wall-clock figures on a shared virtual machine wobble from run to run; the instruction"
    echo "counts from callgrind do not."
    echo
    echo "## Drag: from a mouse event to the finished frame (bench_drag)"
    echo
    echo "1,000 drag events along the curve through the real PlotView, offscreen, with the derivative"
    echo "panel and the secant on (panels f′), then with the difference-quotient panel too and the"
    echo "secants on both sides (f′,q); each event's update, and any full replot it queues, is"
    echo "delivered at once and timed to the end of its paint. Targets: p95 at most 4 ms at 1920x1080"
    echo "and 8 ms at 3840x2160."
    echo
    "$build/bench/bench_drag" 1000 | quiet
    echo
    echo "### Instructions and allocations per drag event (callgrind)"
    echo
    "$here/callgrind-drag.sh" "$build" 100 1920x1080 relu > "$config/cg1080"
    "$here/callgrind-drag.sh" "$build" 100 3840x2160 relu > "$config/cg2160"
    "$here/callgrind-drag.sh" "$build" 100 1920x1080 relu "f′,q" > "$config/cgq1080"
    "$here/callgrind-drag.sh" "$build" 100 1920x1080 gelu "f′" > "$config/cgg1080"
    "$here/callgrind-drag.sh" "$build" 100 1920x1080 gelu "f′,q" > "$config/cggq1080"
    head -3 "$config/cg1080"
    for run in cg2160 cgq1080 cgg1080 cggq1080; do sed -n '3p' "$config/$run"; done
    echo
    echo "At 1920x1080:"
    tail -n +5 "$config/cg1080"
    echo
    echo "Most allocations left are Qt's own, laying out and drawing the readout's text and"
    echo "stroking the lines; the app's own code allocates a handful per event."
    echo
    echo "## Scale: frame time as the work grows (bench_scale)"
    echo
    "$build/bench/bench_scale" | quiet | sed 's/^## /### /'
    echo
    echo "## Expressions: the tree against muparser, and finding breakpoints (bench_expressions)"
    echo
    echo "Evaluating a typed formula per point against muparser, the yardstick it replaced; the time"
    echo "to find and classify every breakpoint in a view. Targets: at most 2x muparser per point;"
    echo "breakpoints of a 40-node formula in a view within one 60 Hz frame (16 ms)."
    echo
    "$build/bench/bench_expressions" | quiet | sed 's/^## /### /'
    echo
    echo "## Export: the notebook's Figure 2 against matplotlib (bench/compare-matplotlib.sh)"
    echo
    echo "The same 700x700 PNG, alternating the three programs. Targets: at least 10x faster than"
    echo "matplotlib with at most half its peak memory, and within 1.5x of the QCustomPlot floor."
    echo
    "$here/compare-matplotlib.sh" "$build" 9
    echo
    echo "## Start-up: process start to the window's first painted frame (bench_startup)"
    echo
    echo "Against a bare Qt widget. Target: at most 1.5x."
    echo
    "$build/bench/bench_startup" 15 | quiet
    if command -v xvfb-run >/dev/null; then
        echo
        xvfb-run -a -s '-screen 0 1920x1080x24' "$build/bench/bench_startup" 15 xcb | quiet
    fi
    echo
    cat "$here/analysis.md"
} > "$results.new"
mv "$results.new" "$results"
echo "bench: wrote $results"
