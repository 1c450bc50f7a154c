#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Instructions and heap allocations per drag event, counted by callgrind: repeatable on a noisy
# machine, unlike wall time. Counts everything from a mouse move to the finished frame
# (PlotView::mouseMoveEvent and the paint it causes).
# A move that changes the layout queues a full replot, which runs from the event loop: counted
# too (QCustomPlot::replot).
# Usage: bench/callgrind-drag.sh BUILD_DIR [EVENTS] [WxH] [FUNCTION] [PANELS]
set -euo pipefail
build=${1:?usage: callgrind-drag.sh BUILD_DIR [EVENTS] [WxH] [FUNCTION] [PANELS]}
events=${2:-200}
size=${3:-1920x1080}
function=${4:-relu}
panels=${5:-f′}
command -v valgrind >/dev/null || { echo "callgrind-drag: valgrind is missing" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind --callgrind-out-file="$out/cg" \
    "--toggle-collect=PlotView::mouseMoveEvent(QMouseEvent*)" \
    "--toggle-collect=PlotView::paintEvent(QPaintEvent*)" \
    "--toggle-collect=QCustomPlot::replot(QCustomPlot::RefreshPriority)" \
    "$build/bench/bench_drag" "$events" "$size" "$function" "$panels" >/dev/null 2>&1
# The press and release of the drag add two events' worth at most; the share is reported as is.
total=$(callgrind_annotate "$out/cg" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }')
# Calls to malloc, counted from the raw profile: "cfn=" names the called function (once in full,
# later by its number), the "calls=" line after it says how often.
allocations=$(awk '
    /^cfn=/ {
        id = $1; sub(/^cfn=/, "", id)
        name = $0; sub(/^cfn=\([0-9]+\) ?/, "", name)
        if (name != "") names[id] = name
        current = names[id]
        next
    }
    /^calls=/ && current ~ /^(malloc|operator new\(unsigned long\))$/ { split($1, c, "="); n += c[2] }
    END { print n + 0 }' "$out/cg")
echo "| size | function | panels | events | instructions per event | heap allocations per event |"
echo "|---|---|---|---|---|---|"
awk -v s="$size" -v f="$function" -v p="$panels" -v e="$events" -v t="$total" -v a="$allocations" \
    'BEGIN { printf "| %s | %s | %s | %d | %.2f M | %.0f |\n", s, f, p, e, t / e / 1e6, a / e }'
callgrind_annotate --inclusive=yes --threshold=100 "$out/cg" 2>/dev/null > "$out/inclusive"
echo
echo "Where the instructions go (inclusive, per event):"
echo
for symbol in 'PlotView::mouseMoveEvent' 'PlotView::showProbe' 'ProbeReadout::describe' 'OverlayRepainter::footprint' \
              'LayerInternals::replotRegion' 'QCPLayer::drawToPaintBuffer' 'PlotView::paintEvent'; do
    awk -v s="$symbol" -v e="$events" '$0 ~ s"\\(" { gsub(",", "", $1); printf "- %s: %.2f M\n", s, $1 / e / 1e6; exit }' "$out/inclusive"
done
