#!/bin/sh
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# check_translations.sh LUPDATE SOURCES_LIST TS_DIRECTORY WORK_DIRECTORY [LUPDATE_OPTION...]
#
# Every string the user sees reaches the translators, and every language translates all of them:
#   - lupdate has nothing to say about the sources: a warning such as "tr() cannot be called
#     without context" is a string it cannot see;
#   - no .ts file holds an unfinished, vanished or obsolete entry;
#   - a copy of each .ts file refreshed from the sources (what update_translations does, with the
#     same options) neither gains an entry (a new string waiting for its translation) nor loses
#     one (a string that left the sources). relu-explorer_en.ts holds the plural forms only.
# SOURCES_LIST is lupdate's list file: one source per line, include paths after -I.
set -u
if [ $# -lt 4 ]; then
    echo "usage: $0 LUPDATE SOURCES_LIST TS_DIRECTORY WORK_DIRECTORY [LUPDATE_OPTION...]" >&2
    exit 2
fi
lupdate=$1
sources=$2
ts_directory=$3
work=$4
shift 4

failed=0
fail() {
    echo "FAIL: $*"
    failed=1
}

# The source texts of a .ts file's entries whose translation has the type $2.
sources_of() {
    awk -v kind="$2" '
        /<source>/ { source = $0; sub(/^ *<source>/, "", source); sub(/<\/source>.*/, "", source) }
        index($0, "<translation type=\"" kind "\"") { print "    " source }
    ' "$1"
}

# Each entry of a .ts file as "context<TAB>source", sorted.
entries() {
    awk '
        /<name>/ { name = $0; sub(/^ *<name>/, "", name); sub(/<\/name>.*/, "", name) }
        /<source>/ { source = $0; sub(/^ *<source>/, "", source); sub(/<\/source>.*/, "", source)
                     print name "\t" source }
    ' "$1" | LC_ALL=C sort
}

rm -rf "$work" && mkdir -p "$work" || exit 2
found=0
for ts in "$ts_directory"/relu-explorer_*.ts; do
    [ -f "$ts" ] || continue
    found=$((found + 1))
    name=$(basename "$ts")
    for kind in unfinished vanished obsolete; do
        count=$(grep -c "type=\"$kind\"" "$ts")
        if [ "$count" -ne 0 ]; then
            fail "$name has $count $kind entries:"
            sources_of "$ts" "$kind"
        fi
    done

    copy="$work/$name"
    cp "$ts" "$copy" || exit 2
    case $name in
    relu-explorer_en.ts) only=-pluralonly ;;
    *) only= ;;
    esac
    # shellcheck disable=SC2086 # $only is one option or none
    if ! "$lupdate" "$@" $only "@$sources" -ts "$copy" >"$copy.out" 2>"$copy.err"; then
        fail "lupdate failed on $name:"
        cat "$copy.out" "$copy.err"
        continue
    fi
    # lupdate prints its warnings on standard error, and only those.
    if [ -s "$copy.err" ]; then
        fail "lupdate warns about the sources (refreshing $name):"
        sed 's/^/    /' "$copy.err"
    fi
    new=$(grep -c 'type="unfinished"' "$copy")
    if [ "$new" -ne 0 ]; then
        fail "$name lacks $new translations (run update_translations and translate them):"
        sources_of "$copy" unfinished
    fi
    entries "$ts" >"$copy.before"
    entries "$copy" >"$copy.after"
    stale=$(LC_ALL=C comm -23 "$copy.before" "$copy.after" | wc -l)
    if [ "$stale" -ne 0 ]; then
        fail "$name holds $stale entries whose strings left the sources (run update_translations):"
        LC_ALL=C comm -23 "$copy.before" "$copy.after" | sed 's/^/    /'
    fi
    echo "$name: $(wc -l <"$copy.before") entries"
done

if [ "$found" -lt 3 ]; then
    fail "expected relu-explorer_de.ts, _fr.ts and _en.ts in $ts_directory, found $found .ts files"
fi
if [ "$failed" -ne 0 ]; then
    echo "The translations are incomplete; see above."
    exit 1
fi
echo "Every string is translated into every language."
