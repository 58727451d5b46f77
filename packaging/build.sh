#!/usr/bin/env bash
# Builds Rune's installers with jpackage, on the system they are for (the JavaFX natives inside target/rune.jar
# are the build system's own):
#
#   packaging/build.sh app-image   Linux: target/dist/Rune/ (bin/Rune); macOS: target/dist/Rune.app
#   packaging/build.sh deb         Linux: target/dist/rune_VERSION-1_ARCH.deb (needs fakeroot and dpkg-deb, and a
#                                  maintainer: DEBFULLNAME and DEBEMAIL, else git's user.name and user.email)
#   packaging/build.sh dmg         macOS: target/dist/Rune-VERSION.dmg (needs Xcode's command line tools)
#
# Windows' .msi is built by packaging/build.ps1. --skip-maven uses target/rune.jar as it is instead of running
# `mvn package` first (the Maven build itself calls it so). See packaging/README.md for what each step does.
set -euo pipefail

usage() {
  echo "usage: packaging/build.sh [--skip-maven] app-image|deb|dmg" >&2
  exit 2
}

skip_maven=false
type=""
for arg in "$@"; do
  case "$arg" in
    --skip-maven) skip_maven=true ;;
    app-image|deb|dmg) [ -z "$type" ] || usage; type=$arg ;;
    *) usage ;;
  esac
done
[ -n "$type" ] || usage

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  *) echo "build.sh is for Linux and macOS; on Windows use packaging/build.ps1" >&2; exit 2 ;;
esac
if [ "$type" = deb ] && [ "$os" != linux ]; then echo "a .deb is built on Linux" >&2; exit 2; fi
if [ "$type" = dmg ] && [ "$os" != mac ]; then echo "a .dmg is built on macOS" >&2; exit 2; fi

# The .deb's maintainer, "Name <address>": Debian's DEBFULLNAME and DEBEMAIL (as dch reads them), else the name and
# address git commits with here. Settled before the long steps, so a missing one stops the build at once.
maintainer=""
if [ "$type" = deb ]; then
  if [ -n "${DEBEMAIL:-}" ]; then
    case "$DEBEMAIL" in
      *'<'*) maintainer=$DEBEMAIL ;;
      *) maintainer="${DEBFULLNAME:-} <$DEBEMAIL>" ;;
    esac
  elif email=$(git config user.email 2>/dev/null) && [ -n "$email" ]; then
    maintainer="$(git config user.name 2>/dev/null || true) <$email>"
  fi
  case "$maintainer" in
    *$'\n'*) maintainer="" ;;
  esac
  if ! printf '%s' "$maintainer" | grep -Eq '^[^<>,]*[^<>, ] <[^<>@ ]+@[^<> ]+>$'; then
    echo "the .deb needs a maintainer, \"Name <address>\" (not \"$maintainer\"): set DEBFULLNAME and DEBEMAIL," >&2
    echo "e.g. DEBFULLNAME='Ana Silva' DEBEMAIL=ana@example.org $0 $*, or git's user.name and user.email" >&2
    exit 2
  fi
  echo "maintainer: $maintainer"
fi

# The JDK's tools: JAVA_HOME's when it is set, else the ones on the PATH.
tool() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$1" ]; then echo "$JAVA_HOME/bin/$1"; else command -v "$1" || true; fi
}
jdeps=$(tool jdeps)
jlink=$(tool jlink)
jpackage=$(tool jpackage)
if [ -z "$jpackage" ] || [ -z "$jlink" ] || [ -z "$jdeps" ]; then
  echo "jpackage, jlink and jdeps come with a JDK 17 or newer: set JAVA_HOME or put its bin/ on the PATH" >&2
  exit 1
fi

if ! $skip_maven; then
  mvn -B -q -DskipTests package
fi
jar=target/rune.jar
props=target/classes/app/rune/version.properties
if [ ! -f "$jar" ] || [ ! -f "$props" ]; then
  echo "$jar is missing: run mvn -DskipTests package first" >&2
  exit 1
fi

# The version from the pom, as Maven wrote it into the build; jpackage takes numbers only (0.1.0-SNAPSHOT -> 0.1.0).
full_version=$(sed -n 's/^version=//p' "$props" | tr -d '\r')
app_version=${RUNE_APP_VERSION:-${full_version%%-*}}
if [ "$os" = mac ] && [ "${app_version%%.*}" = 0 ]; then
  # CFBundleVersion must start with 1 or more, and jpackage refuses anything else on macOS.
  echo "macOS needs a version whose first number is 1 or more; $full_version gives $app_version." >&2
  echo "Release as 1.x, or choose the bundle's version for this build: RUNE_APP_VERSION=1.0.0 $0 $*" >&2
  exit 2
fi

work=target/packaging
dist=target/dist
mkdir -p "$work" "$dist"

name=Rune
description="A desktop goal coach: refine a goal, agree on small daily tasks, keep at them."
common=(--name "$name" --app-version "$app_version" --vendor "Rune" --description "$description"
  --copyright "Copyright the Rune authors. Apache License 2.0.")
# The JVM's own warnings go to standard error, not standard output: that carries data (`rune export` without a
# file writes JSON there), and the JVM warns there about an archive it cannot use, for one.
jvm_options=(-Xlog:all=off -Xlog:all=warning:stderr)
# A desktop app with a heap of a few hundred MB at most: the serial collector keeps far less memory around than
# the default G1 (which grows the heap rather than collect), and its pauses stay short at this size.
jvm_options+=(-XX:+UseSerialGC)
# The JVM's default first heap is 1/64 of the machine's memory, and the start-up's short-lived objects fill it
# before the first collection: starting at 32 MB keeps about 80 MB less resident after the window is ready.
jvm_options+=(-Xms32m)
# The young generation is where the start-up's short-lived objects (decoded documents, CSS) come and go; every page
# of it the program touches stays resident. 16 MB: start-up makes 5 collections instead of 11 with 8 MB, each a pause
# of the window, which took interactive Today about 0.1 s sooner (1.15-1.3x the bare window against 1.28-1.37x, in
# interleaved runs), for about 6 MB more resident memory. 24 MB gained nothing more and cost another 7 MB.
jvm_options+=(-Xmn16m)
# The quick compiler only. A desktop app spends its first second in code that runs a few times: on a two-core
# machine the optimising compiler's threads took the CPU from the window (interactive Today about 0.3 s later)
# and 15 MB of memory for their work. What it would speed up later is small: a tick takes 2.5-4 ms without it.
jvm_options+=(-XX:TieredStopAtLevel=1)
# After a collection the old generation grows to keep this share of it free (by default 40 %, shrinking past 70 %):
# the figures and the day's backup, just after the window shows, pass over years of days, and the heap stayed grown
# for the whole session. 20/40 took the peak resident memory on ten years of three goals about 10 MB lower.
jvm_options+=(-XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40)
java_options=()
for option in "${jvm_options[@]}"; do java_options+=(--java-options "$option"); done

# 1. A runtime with only the modules Rune uses. JavaFX is not among them: it is inside rune.jar, on the class path.
#    jdeps finds what the classes name; the ones below are also needed where it cannot see (reflection, natives).
runtime=$work/runtime
rm -rf "$runtime" "$work/input"
modules=$("$jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")
modules=$(echo "$modules,java.desktop,java.logging,jdk.unsupported" | tr ',' '\n' | sort -u | paste -s -d, -)
jlink_options=(--no-header-files --no-man-pages --compress=2)
if [ "$os" = mac ] || command -v objcopy >/dev/null 2>&1; then
  jlink_options+=(--strip-debug)  # on Linux jlink strips the natives' debug symbols with objcopy
else
  echo "warning: no objcopy (Debian: binutils): the runtime keeps its debug symbols and is larger" >&2
fi
if [ "$os" = mac ]; then
  # No archive of Rune's own classes on macOS (see packaging/README.md), so keep the JDK's default one.
  jlink_options+=(--generate-cds-archive)
fi
echo "jlink: $modules"
"$jlink" --add-modules "$modules" "${jlink_options[@]}" --output "$runtime"
if [ "$os" = linux ]; then
  # Rune's Linux launcher (step 2b) starts bin/java; none of the runtime's other commands are needed.
  find "$runtime/bin" -type f ! -name java -delete
fi
rm -f "$runtime"/lib/server/classes_nocoops.jsa  # only for heaps over 32 GB, where the JVM then runs without one

mkdir -p "$work/input"
cp "$jar" "$work/input/rune.jar"

# 2. The app image: launcher, runtime and rune.jar (Linux; macOS makes its own in one go, below).
app_image() {  # $1: folder to create it in
  local dest=$1
  rm -rf "${dest:?}/$name"
  mkdir -p "$dest"
  # Start-up: an archive of the classes a start loads, made below once the image is in its place (CDS).
  "$jpackage" --type app-image --dest "$dest" "${common[@]}" "${java_options[@]}" \
    --java-options '-XX:SharedArchiveFile=$APPDIR/rune.jsa' --icon packaging/rune.png \
    --input "$work/input" --main-jar rune.jar --main-class app.rune.Launcher --runtime-image "$runtime"
}

# 2b. Linux: jpackage's launcher (JDK 17) asks rpm and then dpkg which package owns it, at every start: two shell
#     commands, about 0.1 s before Java even starts. Rune's own launcher starts the bundled Java directly, with the
#     same options, class path and main class (and so the same start-up archive).
direct_launcher() {  # $1: the app image folder
  local image=$1
  {
    echo '#!/bin/sh'
    echo "# Starts $name with its own Java runtime (written by packaging/build.sh)."
    echo 'lib=$(readlink -f "$0")'
    echo 'lib=${lib%/bin/*}/lib'
    printf 'exec "$lib/runtime/bin/java"'
    printf " '%s'" "${jvm_options[@]}"
    printf ' "-XX:SharedArchiveFile=$lib/app/rune.jsa" -cp "$lib/app/rune.jar" app.rune.Launcher "$@"\n'
  } >"$image/bin/$name"
  chmod 755 "$image/bin/$name"
  rm -f "$image/lib/libapplauncher.so"
}

# 2c. Linux: shell completion for the command line, in lib/completion: lib/completion/rune for bash, written by the
#     packaged app itself (`rune completion`, which picocli generates from its command tree), and _rune for zsh, which
#     runs that script through zsh's bash compatibility. The .deb links them into bash's and zsh's folders.
completion_scripts() {  # $1: the app image folder
  local image=$1
  mkdir -p "$image/lib/completion"
  if ! "$image/bin/$name" completion >"$image/lib/completion/rune" 2>"$work/completion.log" \
      || ! grep -q '^complete -F _complete_rune .*\brune\b' "$image/lib/completion/rune"; then
    cat "$work/completion.log" >&2
    echo "the packaged app did not print its completion script" >&2
    exit 1
  fi
  cp packaging/completion/_rune "$image/lib/completion/_rune"
  chmod 644 "$image/lib/completion/rune" "$image/lib/completion/_rune"
}

# 3. Class-data sharing: run the packaged app on a scratch data folder the way people use it, record the classes
#    it loads (lib/app/rune.classlist), and archive them (lib/app/rune.jsa) where the launcher looks for it. Java 17
#    only uses an archive at the path where it was made, so the app image gets one made in place and the .deb makes
#    its own when it is installed (packaging/linux/postinst), from the same class list.
train() {  # $1: the app image folder
  local image=$1 scratch status=0
  local launcher=$image/bin/$name
  scratch=$(mktemp -d)
  run() {  # $1: a name for this run's class list; the rest: the launcher's arguments
    local list=$1
    shift
    if ! JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$scratch/$list.classlist" \
        "$launcher" --data-dir "$scratch/data" "$@" >>"$scratch/log" 2>&1; then
      tail -n 20 "$scratch/log" >&2
      echo "the packaged app failed: $name $*" >&2
      exit 1
    fi
  }
  run import import packaging/cds/training.json
  run today today
  run check check task_1 --difficulty 2 --satisfaction 4
  run stats stats
  run export export "$scratch/export.json"
  run csv export --csv "$scratch/progress.csv"
  run users users
  run version --version
  # The window, until Today is ready to use (-Drune.exitWhenInteractive quits then): on a virtual display where
  # xvfb-run is there, else on this display.
  local display=()
  if command -v xvfb-run >/dev/null 2>&1; then
    display=(xvfb-run -a -s "-screen 0 1280x800x24")
  elif [ -z "${DISPLAY:-}" ]; then
    display=(skip)
  fi
  if [ "${display[0]:-}" = skip ]; then
    echo "warning: no display and no xvfb-run: the class list leaves out the window's classes" >&2
  else
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$scratch/window.classlist -Drune.exitWhenInteractive=true" \
      timeout 180 "${display[@]}" "$launcher" --data-dir "$scratch/data" >>"$scratch/log" 2>&1 || status=$?
    if [ $status -ne 0 ] || [ ! -s "$scratch/window.classlist" ]; then
      echo "warning: the window did not open and close by itself (status $status); the class list leaves it out:" >&2
      tail -n 20 "$scratch/log" >&2
      rm -f "$scratch/window.classlist"
    fi
  fi
  # One list with each line once (the order does not matter to the archive).
  awk '!seen[$0]++' "$scratch"/*.classlist >"$image/lib/app/rune.classlist"
  echo "class list: $(grep -vc '^#' "$image/lib/app/rune.classlist") entries"
  rm -rf "$scratch"
}

dump_archive() {  # $1: the app image folder; writes lib/app/rune.jsa, where the launcher's options point
  local image=$1
  rm -f "$image/lib/app/rune.jsa"
  if ! JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$image/lib/app/rune.classlist" \
      "$image/bin/$name" --version >"$work/cds-dump.log" 2>&1 || [ ! -s "$image/lib/app/rune.jsa" ]; then
    cat "$work/cds-dump.log" >&2
    echo "could not create the class-data sharing archive" >&2
    exit 1
  fi
  echo "archive: $image/lib/app/rune.jsa ($(du -h "$image/lib/app/rune.jsa" | cut -f1))"
}

case "$os-$type" in
  linux-app-image)
    app_image "$dist"
    direct_launcher "$dist/$name"
    completion_scripts "$dist/$name"
    train "$dist/$name"
    dump_archive "$dist/$name"
    packaging/check-launcher.sh "$dist/$name/bin/$name" "$full_version"
    echo "app image: $dist/$name ($(du -sh "$dist/$name" | cut -f1); runtime $(du -sh "$runtime" | cut -f1))"
    ;;
  linux-deb)
    # The .deb has the class list but no archive: its postinst makes one in /opt/rune, and its prerm removes it.
    app_image "$work/deb-image"
    direct_launcher "$work/deb-image/$name"
    completion_scripts "$work/deb-image/$name"
    train "$work/deb-image/$name"
    rm -f "$dist"/rune_*.deb
    # jpackage's templates (packaging/linux), with the maintainer written into the control file: jpackage's own
    # --linux-deb-maintainer takes an address only, and puts the vendor's name, Rune, before it.
    resources=$work/deb-resources
    rm -rf "$resources"
    mkdir -p "$resources"
    cp packaging/linux/* "$resources/"
    control=$(<packaging/linux/control)
    printf '%s\n' "${control//RUNE_MAINTAINER/"$maintainer"}" >"$resources/control"
    # --install-dir /opt: packaging/linux/postinst and prerm look for the app in /opt/rune.
    "$jpackage" --type deb --dest "$dist" --app-image "$work/deb-image/$name" "${common[@]}" \
      --icon packaging/rune.png --resource-dir "$resources" --install-dir /opt \
      --license-file LICENSE --linux-package-name rune --linux-app-category utils \
      --linux-shortcut --linux-menu-group Office \
      --linux-package-deps 'libgtk-3-0, libxtst6, libxxf86vm1, libgl1'
    deb=$(ls "$dist"/rune_*.deb)
    if [ "$(dpkg-deb -f "$deb" Maintainer)" != "$maintainer" ]; then
      echo "$deb has the maintainer \"$(dpkg-deb -f "$deb" Maintainer)\", not \"$maintainer\"" >&2
      exit 1
    fi
    ls -l "$deb"
    ;;
  mac-app-image|mac-dmg)
    # No archive of Rune's own classes (see above): the runtime has the JDK's default one instead.
    mac=(--icon packaging/rune.icns --mac-package-identifier app.rune --mac-package-name Rune)
    if [ "$type" = dmg ]; then
      mac+=(--license-file LICENSE)
    fi
    rm -rf "$dist/$name.app" "$dist/$name-$app_version.dmg"
    "$jpackage" --type "$type" --dest "$dist" "${common[@]}" "${java_options[@]}" "${mac[@]}" \
      --input "$work/input" --main-jar rune.jar --main-class app.rune.Launcher --runtime-image "$runtime"
    if [ "$type" = app-image ]; then
      packaging/check-launcher.sh "$dist/$name.app/Contents/MacOS/$name" "$full_version"
      echo "app image: $dist/$name.app"
    else
      ls -l "$dist/$name-$app_version.dmg"
    fi
    ;;
esac
