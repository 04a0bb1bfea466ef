#!/usr/bin/env bash
# Checks the Debian/Ubuntu packages that Qt needs to run (offscreen and under Xvfb) and that
# the packaging builds use (Linux, and Windows under Wine). As root it installs what is
# missing; otherwise it names the exact apt-get line to run. Other systems: it says what it
# looks for and carries on.
set -euo pipefail

packages=(
  fonts-dejavu-core        # without a font every text renders as boxes
  libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  libxkbcommon0 libxkbcommon-x11-0
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libx11-xcb1
  binutils                 # PyInstaller reads binaries with objdump
  poppler-utils            # pdftotext and pdftoppm: the paper tests read and look at PDFs
  # The Windows build and its tests (packaging/build_windows.py, tests/packaging/test_windows.py):
  wine wine64 wine32:i386  # Windows Python and PyInstaller; Inno Setup's compiler is 32-bit
  gcc-mingw-w64-x86-64     # the test-only stand-ins for two DLLs Wine 8 lacks
  osslsigncode             # checks the Authenticode signatures of the downloaded Windows tools
  locales                  # localedef: the installer test runs Wine in Romanian
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian-like system; make sure Qt's libraries and a font are installed."
  exit 0
fi

# Installed packages, one a line, named as in the list above: with i386 added as a foreign
# architecture (for wine32), a package installed for both is listed as NAME:amd64 and
# NAME:i386, so the native suffix is dropped and only :i386 names stay qualified.
native=$(dpkg --print-architecture)
installed=$(dpkg-query -W -f='${db:Status-Abbrev}|${binary:Package}\n' 2>/dev/null \
  | awk -F'|' '$1 ~ /^ii/ {print $2}' | sed "s/:$native\$//")
missing=()
for p in "${packages[@]}"; do
  grep -qxF "$p" <<<"$installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  if [[ " ${missing[*]} " == *":i386 "* ]] && ! dpkg --print-foreign-architectures | grep -qx i386; then
    dpkg --add-architecture i386
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "SkillsApp needs some system packages (Qt's libraries, Wine for the Windows build). Please run:"
  if [[ " ${missing[*]} " == *":i386 "* ]]; then echo "  sudo dpkg --add-architecture i386"; fi
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}"
  exit 1
fi
