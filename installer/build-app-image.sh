#!/usr/bin/env bash
# Builds the DataOps Workbench app-image with jpackage (any OS), and on Linux with --deb also a .deb.
# Needs a JDK 17+ with jlink/jpackage and jmods, and a prior `mvn package` (target/dataops-workbench.jar
# plus target/lib/). Not part of the Maven build.
#
#   installer/build-app-image.sh          -> target/installer/dataops/           (bin/dataops on Linux)
#   installer/build-app-image.sh --deb    -> also target/installer/dataops-workbench_<version>_<arch>.deb
#
# The app-image gets a class-data sharing archive, lib/app/dataops.jsa, from installer/cds-classlist.txt
# (see installer/record-cds-classlist.sh); it only works where the image was built (a moved image or the
# .deb starts without it, silently).
#
# BUILD_DIR=target-x picks another Maven build directory; JAVA_HOME picks the JDK.
set -euo pipefail

cd "$(dirname "$0")/.."
build_dir="${BUILD_DIR:-target}"
dest="$build_dir/installer"
jar_name="dataops-workbench.jar"
main_class="io.dataops.workbench.app.Launcher"
with_deb=false
for arg in "$@"; do
  case "$arg" in
    --deb) with_deb=true ;;
    *) echo "usage: $0 [--deb]" >&2; exit 2 ;;
  esac
done

if [[ -n "${JAVA_HOME:-}" ]]; then bin="$JAVA_HOME/bin/"; else bin=""; fi
for tool in jlink jpackage jdeps jar; do
  command -v "${bin}${tool}" >/dev/null || { echo "error: ${bin}${tool} not found; a full JDK 17+ is needed" >&2; exit 2; }
done
if [[ ! -f "$build_dir/$jar_name" || ! -d "$build_dir/lib" ]]; then
  echo "error: $build_dir/$jar_name or $build_dir/lib missing; run 'mvn -q package -DskipTests' first" >&2
  exit 2
fi

rm -rf "$dest"
mkdir -p "$dest/input/lib" "$dest/tmp"
cp "$build_dir/$jar_name" "$dest/input/"
cp "$build_dir"/lib/*.jar "$dest/input/lib/"

# Version: the filtered version.properties in the jar; jpackage wants digits only (0.1.0-SNAPSHOT -> 0.1.0).
(cd "$dest/tmp" && "${bin}jar" xf "../input/$jar_name" io/dataops/workbench/cli/version.properties)
version="$(sed -n 's/^version=//p' "$dest/tmp/io/dataops/workbench/cli/version.properties")"
app_version="$(echo "$version" | sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/')"

# Runtime modules: what jdeps finds, plus what it cannot see (reflection, JavaFX on the class path,
# TLS to AWS needs jdk.crypto.ec, H2 and logback use java.sql, java.naming, java.management).
fixed_modules="java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,\
java.scripting,java.security.jgss,java.security.sasl,java.sql,java.xml,java.xml.crypto,jdk.charsets,\
jdk.crypto.cryptoki,jdk.crypto.ec,jdk.jfr,jdk.jsobject,jdk.localedata,jdk.management,jdk.net,\
jdk.security.auth,jdk.unsupported,jdk.xml.dom,jdk.zipfs"
echo "jdeps: looking for the modules the jars need..."
if detected="$("${bin}jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
    --class-path "$dest/input/lib/*" "$dest/input/$jar_name" 2>"$dest/tmp/jdeps.err")"; then
  modules="$(echo "$fixed_modules,$detected" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -)"
else
  echo "warning: jdeps failed (see $dest/tmp/jdeps.err); using the fixed module list" >&2
  modules="$fixed_modules"
fi
echo "runtime modules: $modules"

"${bin}jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress=2 --output "$dest/runtime"

"${bin}jpackage" --type app-image \
  --name dataops \
  --app-version "$app_version" \
  --description "DataOps Workbench: Terraform, data quality and CloudWatch monitoring" \
  --vendor "DataOps Workbench" \
  --icon installer/dataops.png \
  --input "$dest/input" \
  --main-jar "$jar_name" \
  --main-class "$main_class" \
  --runtime-image "$dest/runtime" \
  --java-options '-Xshare:auto' \
  --java-options '-XX:SharedArchiveFile=$APPDIR/dataops.jsa' \
  --dest "$dest"
echo "app-image: $dest/dataops"

# Class-data sharing (AppCDS): a static archive of the classes in installer/cds-classlist.txt (recorded from
# a real GUI start by installer/record-cds-classlist.sh), dumped with the image's own runtime and exactly
# the class path its launcher passes (lib/app/dataops.cfg, $APPDIR = lib/app), which CDS checks at start.
# -Xshare:auto above: a missing or unusable archive (moved image, changed jars, another JVM) is silently
# ignored and the app starts without CDS.
# No display is needed: dumping only loads the classes, it does not initialise them.
app_dir="$(cd "$dest/dataops/lib/app" && pwd)"
cds_classpath="$(sed -n 's/^app\.classpath=//p' "$app_dir/dataops.cfg" | sed "s|\$APPDIR|$app_dir|" | paste -sd: -)"
echo "cds: dumping the class-data sharing archive..."
if "$dest/dataops/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile=installer/cds-classlist.txt \
    -XX:SharedArchiveFile="$app_dir/dataops.jsa" -cp "$cds_classpath" >"$dest/tmp/cds-dump.log" 2>&1 \
    && "$dest/dataops/bin/dataops" --version >/dev/null; then
  echo "cds: $app_dir/dataops.jsa ($(du -h "$app_dir/dataops.jsa" | cut -f1))"
else
  cat "$dest/tmp/cds-dump.log" >&2
  echo "warning: no class-data sharing archive; the app-image works, but starts slower" >&2
  rm -f "$app_dir/dataops.jsa"
fi

if [[ "$with_deb" == true ]]; then
  if [[ "$(uname -s)" != Linux ]]; then echo "error: --deb works on Linux only" >&2; exit 2; fi
  # The archive is tied to this image's path; installed to /opt/dataops-workbench it would be ignored, so it
  # is left out of the .deb (whose launcher starts without CDS).
  mkdir -p "$dest/tmp/deb"
  cp -a "$dest/dataops" "$dest/tmp/deb/"
  rm -f "$dest/tmp/deb/dataops/lib/app/dataops.jsa"
  "${bin}jpackage" --type deb \
    --app-image "$dest/tmp/deb/dataops" \
    --name dataops \
    --linux-package-name dataops-workbench \
    --app-version "$app_version" \
    --description "DataOps Workbench: Terraform, data quality and CloudWatch monitoring" \
    --vendor "DataOps Workbench" \
    --linux-deb-maintainer "dataops-workbench@users.noreply.github.com" \
    --linux-menu-group Development \
    --linux-shortcut \
    --dest "$dest"
  ls "$dest"/*.deb
fi
rm -rf "$dest/tmp" "$dest/input" "$dest/runtime"
