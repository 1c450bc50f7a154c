#!/usr/bin/env bash
# What `make fuzz` needs beyond the build: clang, and compiler-rt with libFuzzer and the
# sanitizer runtimes (Debian 12 ships them as libclang-rt-14-dev), plus llvm-symbolizer for
# readable stack traces. For the fuzz targets only: the app and its tests never use them.
# Idempotent: it installs only what is missing, as root or through sudo, and says what it does.
set -euo pipefail

packages=(clang-14 libclang-rt-14-dev llvm-14)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-fuzz-deps: all ${#packages[@]} packages are present."
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "install-fuzz-deps: missing packages: ${missing[*]}; run this script as root or install sudo." >&2
  exit 1
fi

echo "install-fuzz-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-fuzz-deps: done."
