#!/usr/bin/env bash
# Records installer/cds-classlist.txt, the classes the app loads, from which build-app-image.sh builds the
# app-image's class-data-sharing (AppCDS) archive. Run it by hand after changes that alter what start-up
# loads (new dependencies, a reworked main window), then commit the list. Needs xvfb-run (the GUI is opened
# on a virtual display) and a built app-image:
#
#   mvn -q package -DskipTests && installer/build-app-image.sh && installer/record-cds-classlist.sh
#
# It runs the image's own runtime with the launcher's class path (from lib/app/dataops.cfg), with
# -XX:DumpLoadedClassList, three times on a fresh temporary workspace: `workspace info` (creates and seeds
# it), `--version`, and the GUI until its main window is shown plus a few seconds, then ends it with SIGTERM.
# The three lists are merged, first occurrence kept. A stale or incomplete list never breaks the app: the
# archive then holds fewer classes and the rest load as without CDS.
#
# BUILD_DIR=target-x picks another Maven build directory (the image is $BUILD_DIR/installer/dataops).
set -euo pipefail

cd "$(dirname "$0")/.."
build_dir="${BUILD_DIR:-target}"
image="$build_dir/installer/dataops"
out="installer/cds-classlist.txt"
main_class="io.dataops.workbench.app.Launcher"

command -v xvfb-run >/dev/null || { echo "error: xvfb-run not found (apt-get install xvfb)" >&2; exit 2; }
[[ -f "$image/lib/app/dataops.cfg" ]] \
  || { echo "error: no app-image at $image; run installer/build-app-image.sh first" >&2; exit 2; }

app_dir="$(cd "$image/lib/app" && pwd)"
java="$(cd "$image/lib/runtime/bin" && pwd)/java"
class_path="$(sed -n 's/^app\.classpath=//p' "$app_dir/dataops.cfg" | sed "s|\$APPDIR|$app_dir|" | paste -sd: -)"

tmp="$(mktemp -d)"
gui_pid=""
cleanup() {
  if [[ -n "$gui_pid" ]]; then kill -TERM "$gui_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
ws="$tmp/ws"

run_java() { # LIST ARGS...: the app with the launcher's class path, no CDS, recording loaded classes to LIST
  local list="$1"; shift
  "$java" -Xshare:off -XX:DumpLoadedClassList="$list" -Djpackage.app-version=0.0.0 \
    -cp "$class_path" "$main_class" "$@"
}

echo "recording: workspace info (new workspace)..."
run_java "$tmp/cli-info.classlist" --workspace "$ws" workspace info >/dev/null
echo "recording: --version..."
run_java "$tmp/cli-version.classlist" --version >/dev/null

echo "recording: GUI under xvfb-run until the main window is shown..."
xvfb-run -a "$java" -Xshare:off -XX:DumpLoadedClassList="$tmp/gui.classlist" -Djpackage.app-version=0.0.0 \
  -cp "$class_path" "$main_class" --workspace "$ws" >"$tmp/gui.out" 2>&1 &
xvfb_pid=$!
for _ in $(seq 120); do
  grep -q "Main window shown" "$tmp/gui.out" && break
  kill -0 "$xvfb_pid" 2>/dev/null || { cat "$tmp/gui.out" >&2; echo "error: the GUI ended early" >&2; exit 1; }
  sleep 0.5
done
grep "Main window shown" "$tmp/gui.out" || { cat "$tmp/gui.out" >&2; echo "error: no main window in 60 s" >&2; exit 1; }
sleep 4 # what the window loads just after it is shown (first layout, background refreshes)
# The java process itself, not xvfb-run (which would leave the JVM to be killed with the display).
gui_pid="$(pgrep -f -- "^$java -Xshare:off -XX:DumpLoadedClassList=$tmp/gui.classlist" | head -n 1)"
[[ -n "$gui_pid" ]] || { echo "error: the GUI's java process not found" >&2; exit 1; }
kill -TERM "$gui_pid"
wait "$xvfb_pid" || true
gui_pid=""

{
  echo "# Classes loaded by DataOps Workbench (GUI start-up to the main window, workspace info, --version),"
  echo "# recorded by installer/record-cds-classlist.sh with $("$java" -version 2>&1 | head -n 1)."
  echo "# build-app-image.sh makes the app-image's AppCDS archive from it. Regenerate, don't edit."
  cat "$tmp/gui.classlist" "$tmp/cli-info.classlist" "$tmp/cli-version.classlist" | grep -v '^#' | awk '!seen[$0]++'
} >"$out"
echo "wrote $out: $(grep -vc '^#' "$out") entries"
