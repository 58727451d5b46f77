#!/usr/bin/env bash
# Regenerates the installers' icons from icons/rune.svg: packaging/rune.png (512 px: Linux), packaging/rune.ico
# (16 to 256 px: Windows) and packaging/rune.icns (32 to 1024 px: macOS). Needs rsvg-convert (librsvg2-bin),
# ImageMagick's convert (imagemagick) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for n in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w $n -h $n icons/rune.svg -o "$tmp/rune-$n.png"
done
cp "$tmp/rune-512.png" packaging/rune.png
convert "$tmp"/rune-{16,24,32,48,64,128,256}.png packaging/rune.ico
python3 packaging/icns.py packaging/rune.icns 32="$tmp/rune-32.png" 64="$tmp/rune-64.png" \
  128="$tmp/rune-128.png" 256="$tmp/rune-256.png" 512="$tmp/rune-512.png" 1024="$tmp/rune-1024.png"
ls -l packaging/rune.png packaging/rune.ico packaging/rune.icns
