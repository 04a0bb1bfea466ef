#!/usr/bin/env bash
# Checks the Debian/Ubuntu packages that Qt needs to run (offscreen and under Xvfb) and that
# the packaging build uses. As root it installs what is missing; otherwise it names the exact
# apt-get line to run. Other systems: it says what it looks for and carries on.
set -euo pipefail

packages=(
  fonts-dejavu-core        # without a font every text renders as boxes
  libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  libxkbcommon0 libxkbcommon-x11-0
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libx11-xcb1
  binutils                 # PyInstaller reads binaries with objdump
  poppler-utils            # pdftotext and pdftoppm: the paper tests read and look at PDFs
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian-like system; make sure Qt's libraries and a font are installed."
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "SkillsApp needs some system libraries for Qt. Please run:"
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}"
  exit 1
fi
