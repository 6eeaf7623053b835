#!/usr/bin/env bash
# Draws assets/processlab-icon.png (256x256), the installed app's icon: a timeline of three processes, the
# picture the app itself draws, on a rounded dark tile. ImageMagick 6 (`convert`); run it again after editing.
set -euo pipefail
cd "$(dirname "$0")"
convert -size 256x256 xc:none \
    -fill '#1f2a44' -draw 'roundrectangle 8,8 247,247 44,44' \
    -fill '#3b4a6b' -draw 'rectangle 40,66 216,70' -draw 'rectangle 40,126 216,130' -draw 'rectangle 40,186 216,190' \
    -fill '#4fc3f7' -draw 'roundrectangle 40,52 150,84 10,10' \
    -fill '#81c784' -draw 'roundrectangle 84,112 216,144 10,10' \
    -fill '#ffb74d' -draw 'roundrectangle 58,172 186,204 10,10' \
    -depth 8 -strip processlab-icon.png
