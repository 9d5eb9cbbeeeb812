#!/usr/bin/env bash
# Installs the Debian packages that building, running and testing Runboard need.
# Idempotent: when every package is already installed it does not touch apt.
set -euo pipefail

packages=(
  cmake g++ make pkgconf
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
  libqt6sql6-sqlite qtkeychain-qt6-dev qt6-tools-dev qt6-l10n-tools
  qt6-svg-dev libqt6opengl6-dev libgl1-mesa-dev tzdata clang-format
  libxlsxwriter-dev python3 python3-openpyxl libsqlite3-dev
  desktop-file-utils appstream dpkg-dev file groff-base qt6-translations-l10n
  # make fuzz: clang with libFuzzer and its sanitizer runtimes.
  clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
