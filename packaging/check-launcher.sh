#!/usr/bin/env bash
# Checks a packaged Rune: its launcher answers --version with VERSION, and where the image has a class-data sharing
# archive (lib/app/rune.jsa), the JVM can use it (with -Xshare:on it refuses to start otherwise). On Linux also: a
# link to the launcher (as the .deb's /usr/bin/rune) starts the same program and passes its exit status on, and the
# image's shell completion (lib/completion) is what the launcher prints and completes `rune ch` in bash.
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

if [ "$(uname -s)" = Linux ]; then
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  ln -s "$(readlink -f "$launcher")" "$scratch/rune"
  if ! linked=$("$scratch/rune" --version) || [ "$linked" != "$out" ]; then
    echo "a link to $launcher did not answer --version as the launcher does" >&2
    exit 1
  fi
  status=0
  "$scratch/rune" --data-dir "$scratch/data" no-such-command >/dev/null 2>&1 || status=$?
  if [ $status -ne 2 ]; then
    echo "a link to $launcher ended an unknown command with status $status, not 2 (invalid input)" >&2
    exit 1
  fi
  echo "a link to the launcher: the same --version, status 2 for an unknown command"

  completion=$(dirname "$launcher")/../lib/completion
  if [ ! -f "$completion/rune" ] || [ ! -f "$completion/_rune" ]; then
    echo "$completion has no rune (bash) or no _rune (zsh)" >&2
    exit 1
  fi
  if ! "$launcher" completion | cmp -s - "$completion/rune"; then
    echo "$completion/rune is not what \`$launcher completion\` prints" >&2
    exit 1
  fi
  # Outside a real completion bash's compopt complains on standard error; what counts is what it offers.
  offered=$(bash --norc --noprofile -c '
    source "$1"
    COMP_LINE="rune ch"; COMP_WORDS=(rune ch); COMP_CWORD=1; COMP_POINT=${#COMP_LINE}
    _complete_rune
    printf "%s\n" "${COMPREPLY[@]}" | sort | paste -s -d " " -' bash "$completion/rune" 2>/dev/null) || true
  if [ "$offered" != "check checkin" ]; then
    echo "bash completes \"rune ch\" to \"$offered\" with $completion/rune, not to \"check checkin\"" >&2
    exit 1
  fi
  echo "bash completion: rune ch -> $offered"
fi
