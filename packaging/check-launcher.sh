#!/usr/bin/env bash
# Checks a packaged Rune: its launcher answers --version with VERSION, and where the image has a class-data sharing
# archive (lib/app/rune.jsa), the JVM can use it (with -Xshare:on it refuses to start otherwise).
#
#   packaging/check-launcher.sh LAUNCHER VERSION     e.g. target/dist/Rune/bin/Rune 0.1.0-SNAPSHOT
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: packaging/check-launcher.sh LAUNCHER VERSION" >&2
  exit 2
fi
launcher=$1
version=$2

if ! out=$("$launcher" --version); then
  echo "$launcher --version failed" >&2
  exit 1
fi
first=${out%%$'\n'*}
if [ "$first" != "Rune $version" ]; then
  echo "$launcher --version printed \"$first\", not \"Rune $version\"" >&2
  exit 1
fi
echo "$launcher --version: $first"

archive=$(dirname "$launcher")/../lib/app/rune.jsa
if [ -f "$archive" ]; then
  if ! errors=$(JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version 2>&1 >/dev/null); then
    echo "$errors" >&2
    echo "the JVM cannot use the class-data sharing archive $archive" >&2
    exit 1
  fi
  echo "class-data sharing archive in use: $archive"
fi
