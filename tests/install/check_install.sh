#!/bin/sh
# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a scratch DESTDIR as `cmake --install` would for a package, then checks
# what a desktop needs: the binary runs, and the desktop, AppStream and MIME files validate; and
# what Debian needs: the man page, copyright and changelog, no RUNPATH. The translations are in
# the binary, so none are installed.
set -eu
build=$1
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

DESTDIR="$dest" cmake --install "$build" --prefix /usr >/dev/null
id=org.reluexplorer.reluexplorer
icons=usr/share/icons/hicolor
sizes="16 22 24 32 48 64 128 256"
expected="usr/bin/relu-explorer
usr/share/applications/$id.desktop
$icons/scalable/apps/$id.svg
$(for size in $sizes; do echo "$icons/${size}x$size/apps/$id.png"; done)
usr/share/metainfo/$id.metainfo.xml
usr/share/mime/packages/$id.xml
usr/share/man/man1/relu-explorer.1.gz
usr/share/doc/relu-explorer/copyright
usr/share/doc/relu-explorer/changelog.gz"
for file in $expected; do
    test -s "$dest/$file" || { echo "missing after install: /$file"; exit 1; }
done
# Nothing else: every installed file is one of the above.
installed=$(cd "$dest" && find . -type f | sed 's|^\./||' | sort)
unexpected=$(echo "$installed" | grep -vxF "$expected" || true)
test -z "$unexpected" || { echo "installed but not expected: $unexpected"; exit 1; }

desktop-file-validate "$dest/usr/share/applications/$id.desktop"
appstreamcli validate --no-net "$dest/usr/share/metainfo/$id.metainfo.xml"

# Each PNG is as wide and as high as its directory says (a PNG's IHDR holds both at byte 16).
png_side() {
    od -An -tu1 -j"$2" -N4 "$1" | awk '{ print (($1 * 256 + $2) * 256 + $3) * 256 + $4 }'
}
for size in $sizes; do
    png="$dest/$icons/${size}x$size/apps/$id.png"
    test "$(png_side "$png" 16)x$(png_side "$png" 20)" = "${size}x$size" \
        || { echo "$png is not ${size}x$size"; exit 1; }
done

# The MIME type compiles, with its glob, and the desktop file opens it.
mime=application/x-relu-explorer-lesson
XDG_DATA_DIRS="$dest/usr/share" update-mime-database "$dest/usr/share/mime"
grep -q "^[0-9]*:$mime:\*\.relulesson$" "$dest/usr/share/mime/globs2" \
    || { echo "the MIME database has no *.relulesson glob for $mime"; exit 1; }
grep -q "^MimeType=$mime;$" "$dest/usr/share/applications/$id.desktop" \
    || { echo "the desktop file does not open $mime"; exit 1; }

# The man page and the changelog are gzip files; the copyright file is DEP-5.
gzip -t "$dest/usr/share/man/man1/relu-explorer.1.gz" "$dest/usr/share/doc/relu-explorer/changelog.gz"
zcat "$dest/usr/share/man/man1/relu-explorer.1.gz" | grep -q '^\.SH NAME$' \
    || { echo "relu-explorer.1.gz is not a man page"; exit 1; }
head -n 1 "$dest/usr/share/doc/relu-explorer/copyright" \
    | grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    || { echo "the copyright file is not in the DEP-5 format"; exit 1; }

# The installed binary finds its libraries in the system's directories, and runs on its own.
if readelf -d "$dest/usr/bin/relu-explorer" | grep -q 'RUNPATH\|RPATH'; then
    echo "/usr/bin/relu-explorer has a RUNPATH or RPATH"
    exit 1
fi
"$dest/usr/bin/relu-explorer" --version
"$dest/usr/bin/relu-explorer" --export "$dest/check.png" >/dev/null 2>&1
test -s "$dest/check.png"
echo "install: all files present and valid"
