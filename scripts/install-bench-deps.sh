#!/usr/bin/env bash
# What `make bench` needs beyond the build: valgrind (instruction counts), GNU time (peak
# memory), Xvfb (start-up on a real X display), and the notebook's matplotlib for the
# comparison. For the benchmarks only: the app and its tests never use them.
set -euo pipefail
packages=(valgrind time xvfb xauth python3 python3-matplotlib python3-numpy)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-bench-deps: all ${#packages[@]} packages are present."
  exit 0
fi
sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "install-bench-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
