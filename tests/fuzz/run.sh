#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every fuzz target of a build tree for SECONDS each (make fuzz: build-fuzz, 60 s), then
# prints one line per target: executions, their rate, the corpus it ended with, and findings.
#
#   tests/fuzz/run.sh [BUILD [SECONDS]]
#
# Each target starts from a copy of corpus/<target>/ and regressions/<target>/ under
# BUILD/fuzz/<target>/, so what it adds never reaches the repository. Exits 1 when a target found
# a crash, leak, timeout or out-of-memory: its input is kept in BUILD/fuzz/<target>/findings/ and
# the full report in BUILD/fuzz/<target>/fuzz.log. A fixed finding goes to regressions/<target>/,
# where tests/app/tst_fuzzregressions replays it in every normal build.
set -uo pipefail

build=${1:-build-fuzz}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)

# target:max_len. An expression is at most 1000 characters (and 16 doubles after a NUL); lesson
# and settings files are small text, 64 KiB leaves room for long lists and odd encodings.
targets=(expression:4096 lesson:65536 settings:65536)

symbolizer=$(command -v llvm-symbolizer-14 || command -v llvm-symbolizer \
             || { [ -x /usr/lib/llvm-14/bin/llvm-symbolizer ] && echo /usr/lib/llvm-14/bin/llvm-symbolizer; } || true)
export ASAN_OPTIONS="detect_leaks=1:detect_stack_use_after_return=1${symbolizer:+:external_symbolizer_path=$symbolizer}"
export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$here/../sanitizers/ubsan.supp"
export QT_QPA_PLATFORM=offscreen
# The settings target writes two small files per input; on tmpfs their fdatasync costs nothing.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
  export TMPDIR=/dev/shm
fi

# final_stat NAME LOG: a number from libFuzzer's -print_final_stats lines.
final_stat() {
  grep -o "stat::$1: *[0-9]*" "$2" | tail -1 | grep -o '[0-9]*$'
}

rows=()
failed=0
for entry in "${targets[@]}"; do
  name=${entry%%:*}
  maxlen=${entry##*:}
  exe=$build/tests/fuzz/fuzz_$name
  work=$build/fuzz/$name
  if [ ! -x "$exe" ]; then
    echo "fuzz: $exe is missing; build it with: cmake --build $build --target fuzzers" >&2
    exit 2
  fi
  rm -rf "$work"
  mkdir -p "$work/corpus" "$work/findings"
  cp "$here/corpus/$name/"* "$work/corpus/"
  if [ -d "$here/regressions/$name" ]; then
    for f in "$here/regressions/$name/"*; do
      [ -f "$f" ] && cp "$f" "$work/corpus/regression-$(basename "$f")"
    done
  fi
  seeds=$(find "$work/corpus" -type f | wc -l)
  dict=()
  [ -f "$here/dictionaries/$name.dict" ] && dict=(-dict="$here/dictionaries/$name.dict")

  echo "fuzz: $name for ${seconds} s from $seeds seeds (log: $work/fuzz.log)"
  start=$(date +%s)
  "$exe" -max_total_time="$seconds" -max_len="$maxlen" -timeout=10 -rss_limit_mb=2048 \
         -print_final_stats=1 -artifact_prefix="$work/findings/" "${dict[@]}" "$work/corpus" \
         > "$work/fuzz.log" 2>&1
  status=$?
  elapsed=$(( $(date +%s) - start ))

  execs=$(final_stat number_of_executed_units "$work/fuzz.log")
  rate=$(final_stat average_exec_per_sec "$work/fuzz.log")
  corpus=$(find "$work/corpus" -type f | wc -l)
  found=$(cd "$work/findings" && ls -1 | grep -E '^(crash|leak|timeout|oom)-' || true)
  if [ -n "$found" ] || [ "$status" -ne 0 ]; then
    failed=1
    kinds=$(echo "$found" | sed -n 's/^\([a-z]*\)-.*/\1/p' | sort | uniq -c | awk '{printf "%s%d %s", (NR>1?", ":""), $1, $2}')
    summary=${kinds:-"exit status $status"}
    echo "fuzz: $name FOUND SOMETHING ($summary); the report:"
    grep -E -A25 '^==[0-9]+==(ERROR|WARNING)|broken invariant|runtime error|ERROR: libFuzzer' "$work/fuzz.log" | head -60
    for f in $found; do
      echo "  reproduce: $exe $work/findings/$f"
    done
  else
    summary=none
  fi
  rows+=("$(printf '%-11s %7s %11s %7s %15s   %s' "$name" "$elapsed" "${execs:-?}" "${rate:-?}" "$seeds -> $corpus" "$summary")")
done

echo
printf '%-11s %7s %11s %7s %15s   %s\n' target seconds executions exec/s corpus findings
for row in "${rows[@]}"; do
  echo "$row"
done
if [ "$failed" -ne 0 ]; then
  echo "fuzz: a target found something; see its findings/ and fuzz.log under $build/fuzz/." >&2
  exit 1
fi
