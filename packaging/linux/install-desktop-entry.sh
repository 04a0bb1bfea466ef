#!/bin/sh
# Adds SkillsApp to the applications menu, pointing at this folder. Run it again after moving
# the folder. For the current account: ./install-desktop-entry.sh; for every account of the PC
# (as root, with the folder somewhere all can read, e.g. /opt/skillsapp): --system.
# The data is not here: it stays in each account's data folder (or in ./data when a file named
# "portable" sits next to the program).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = "--system" ]; then
  share=/usr/local/share
else
  share=${XDG_DATA_HOME:-$HOME/.local/share}
fi
mkdir -p "$share/applications" "$share/icons/hicolor/scalable/apps"
for folder in "$here"/icons/*x*; do
  size=$(basename "$folder")
  mkdir -p "$share/icons/hicolor/$size/apps"
  cp "$folder/skillsapp.png" "$share/icons/hicolor/$size/apps/skillsapp.png"
done
cp "$here/skillsapp.svg" "$share/icons/hicolor/scalable/apps/skillsapp.svg"
sed "s|^Exec=.*|Exec=\"$here/skillsapp\"|" "$here/skillsapp.desktop" \
  > "$share/applications/skillsapp.desktop"
chmod 644 "$share/applications/skillsapp.desktop"
# Menus refresh by themselves on most desktops; these only speed it up where they exist.
command -v update-desktop-database >/dev/null 2>&1 \
  && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
  && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "SkillsApp is now in the applications menu ($share/applications/skillsapp.desktop)."
