#!/usr/bin/env bash
# Measures the app-image's GUI start-up under xvfb-run, with and without its class-data sharing archive:
# the "Main window shown, N ms after start" the app logs, then the heap (jcmd GC.heap_info) and resident
# memory 2 s after the window is shown. Not run by CI; needs xvfb-run, jcmd and a built app-image.
#
#   installer/measure-startup.sh [RUNS]     (default 3 runs per variant)
#
# "without" renames lib/app/dataops.jsa for its runs (the launcher then starts without CDS, as -Xshare:auto
# allows; this is the app-image as it was before the archive) and puts it back afterwards. BUILD_DIR=target-x picks another Maven build directory.
set -euo pipefail

cd "$(dirname "$0")/.."
build_dir="${BUILD_DIR:-target}"
image="$(cd "$build_dir/installer/dataops" && pwd)"
app="$image/bin/dataops"
jsa="$image/lib/app/dataops.jsa"
runs="${1:-3}"
command -v xvfb-run >/dev/null || { echo "error: xvfb-run not found" >&2; exit 2; }
command -v jcmd >/dev/null || { echo "error: jcmd not found" >&2; exit 2; }
[[ -f "$jsa" ]] || { echo "error: no archive $jsa; run installer/build-app-image.sh" >&2; exit 2; }

tmp="$(mktemp -d)"
restore() { [[ -f "$jsa.off" ]] && mv "$jsa.off" "$jsa"; rm -rf "$tmp"; }
trap restore EXIT
ws="$tmp/ws"
"$app" --workspace "$ws" workspace info >/dev/null # creates and seeds it once, outside the timings

measure() { # VARIANT
  local out="$tmp/gui.out" pid ms
  # A clean open and close by the CLI first, so that no stale lock from the last run slows the start.
  "$app" --workspace "$ws" workspace info >/dev/null
  xvfb-run -a "$app" --workspace "$ws" >"$out" 2>&1 &
  local xvfb_pid=$!
  for _ in $(seq 120); do grep -q "Main window shown" "$out" && break; sleep 0.25; done
  ms="$(sed -n 's/.*Main window shown, \([0-9]*\) ms after start.*/\1/p' "$out")"
  sleep 2
  pid="$(pgrep -f -- "^$app --workspace $ws\$" | head -n 1)"
  local heap rss live
  heap="$(jcmd "$pid" GC.heap_info | sed -n 's/.*garbage-first heap *total \([0-9K]*\), used \([0-9K]*\).*/used \2 of \1/p')"
  rss="$(awk '/^VmRSS/ {print $2 $3}' "/proc/$pid/status")"
  jcmd "$pid" GC.run >/dev/null
  live="$(jcmd "$pid" GC.heap_info | sed -n 's/.*garbage-first heap *total [0-9K]*, used \([0-9K]*\).*/\1/p')"
  kill -TERM "$pid"
  wait "$xvfb_pid" || true
  printf '%-8s main window shown after %5s ms; heap %s, after a full GC %s; RSS %s\n' \
    "$1" "${ms:-?}" "$heap" "$live" "$rss"
}

for ((i = 0; i < runs; i++)); do # alternating, so that drift on the machine hits both alike
  measure "with"
  mv "$jsa" "$jsa.off"
  measure "without"
  mv "$jsa.off" "$jsa"
done
