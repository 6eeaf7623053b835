#!/usr/bin/env bash
# The installable ProcessLab, built by `mvn -Pinstaller -DskipTests package` (pom.xml, profile installer) from
# target/processlab.jar into target/installer/:
#   processlab/                       the app image: bin/processlab, lib/runtime (jlink'd: no Java needed), lib/app
#   processlab_<version>-1_amd64.deb  the same app, installed to /opt/processlab, with a menu entry
#
# The runtime is cut from a JDK 25 (or newer) when the machine has one (PROCESSLAB_RUNTIME_JDK, else the newest in
# /usr/lib/jvm), else from the JDK that runs Maven (17). Fast start comes from what that runtime offers:
#   JDK 25+: an AOT cache (lib/app/processlab.aot, JEP 483/514), written by a training run that opens the first
#            lesson: classes loaded and linked, and the methods' profiles, ready at the next start;
#   JDK 17:  a class-data archive (AppCDS, lib/app/processlab.jsa), dumped from the list of classes training runs
#            loaded (lib/app/processlab.classlist).
# Either is used only with the jar at the very path and modification time it was made with, and installing changes
# both; so lib/app/make-archive makes it where the jar finally lies: in the app image here, and on the student's
# machine by the .deb's postinst (linux/postinst), which takes seconds.
#
# Usage: build-installer.sh BASEDIR VERSION JAVA_HOME
set -euo pipefail

basedir=$1
version=${2%%-*} # jpackage wants digits and dots: 0.1.0-SNAPSHOT -> 0.1.0
jdk=$3
target=$basedir/target
out=$target/installer
work=$target/installer-work
name=processlab
image=$out/$name
app=$image/lib/app

step() { echo "[installer] $(date +%T) $*"; }

# The major version a JDK folder holds, from its release file (JAVA_VERSION="25.0.3"), or 0.
major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || echo 0; }
newest_jdk25() {
    local best="" found
    for found in /usr/lib/jvm/*/; do
        found=${found%/}
        [[ -x $found/bin/jlink && $(major "$found") -ge 25 ]] || continue
        [[ -z $best || $(major "$found") -gt $(major "$best") ]] && best=$found
    done
    echo "$best"
}
runtime_jdk=${PROCESSLAB_RUNTIME_JDK:-$(newest_jdk25)}
[[ -n $runtime_jdk ]] || runtime_jdk=$jdk
if [[ $(major "$runtime_jdk") -ge 25 ]]; then
    archive=aot
    # JavaFX 21 on 24+: its native calls and sun.misc.Unsafe are allowed, as the jdk24 profile of pom.xml does.
    runtime_options="--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
else
    archive=cds
    # --enable-native-access (there for JDK 24+) would turn off CDS's archived module graph on 17.
    runtime_options=""
    [[ -d $runtime_jdk/jmods ]] || { echo "build-installer: $runtime_jdk/jmods not found (jlink needs them)" >&2; exit 1; }
fi
jdk=$runtime_jdk
for tool in "$jdk/bin/jlink" "$jdk/bin/jpackage"; do
    [[ -x $tool ]] || { echo "build-installer: $tool not found (a full JDK is needed)" >&2; exit 1; }
done
step "runtime from $jdk (Java $(major "$jdk"), start-up archive: $archive)"

rm -rf "$out" "$work"
mkdir -p "$out" "$work/input"

# 1. The runtime: the modules the jar uses. JavaFX stays on the class path, inside the
#    jar, which carries its Linux natives. bin/java stays: the app starts its Java demo workers with it. JDK 25
#    builds without jmods link from the JDK's own run-time image (JEP 493).
step "jlink: the runtime"
# Read from the jar each build, as a new use (FXMLLoader's javax.script) would otherwise fail only when reached.
modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$target/processlab.jar")
"$jdk/bin/jlink" \
    --add-modules "$modules" \
    --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
    --output "$work/runtime"

# 2. The app image. lessons/ lands beside the jar in lib/app/, where StartOptions.resolveLessonsDir looks. The JVM
#    options are those of `mvn javafx:run` on 17 (--enable-native-access, there for JDK 24+, would also turn off
#    CDS's archived module graph).
step "jpackage: the app image"
cp "$target/processlab.jar" "$work/input/"
cp -r "$basedir/lessons" "$work/input/lessons"
# The pictures the lessons show, at ../assets/ from the lessons as in the repository (not the README's screenshots).
mkdir -p "$work/input/assets"
grep -oh '\.\./assets/[A-Za-z0-9_.-]*' "$basedir"/lessons/*.md | sort -u | while read -r picture; do
    cp "$basedir/lessons/$picture" "$work/input/assets/"
done
# JavaFX's natives beside the jar, where its loader looks first: otherwise every start checksums the copies in the
# jar against those it extracted to ~/.openjfx/cache, and the first start writes them there.
(cd "$work/input" && "$jdk/bin/jar" tf processlab.jar | grep -E '^[a-z0-9_]+\.(so|dylib|dll)$' \
    | xargs "$jdk/bin/jar" xf processlab.jar)
"$jdk/bin/jpackage" --type app-image --dest "$out" --name "$name" --app-version "$version" \
    --input "$work/input" --main-jar processlab.jar --main-class processlab.Main \
    --runtime-image "$work/runtime" --icon "$basedir/assets/processlab-icon.png" \
    --java-options -XX:TieredStopAtLevel=1

# macOS and Windows (GitHub Actions' runners; never run from here): jpackage's own launcher with the runtime's options,
# no start-up archive, and the system's installer (.dmg, or .msi with WiX). The rest of this script is Linux's.
case $(uname -s) in
    Linux) ;;
    Darwin | MINGW* | MSYS* | CYGWIN*)
        [[ $(uname -s) == Darwin ]] && type=dmg || type=msi
        step "jpackage: the $type (no start-up archive on this system yet)"
        rm -rf "$image"
        # shellcheck disable=SC2086 # the options are separate words
        "$jdk/bin/jpackage" --type "$type" --dest "$out" --name "$name" --app-version "$version" \
            --input "$work/input" --main-jar processlab.jar --main-class processlab.Main \
            --runtime-image "$work/runtime" --java-options -XX:TieredStopAtLevel=1 \
            $(for option in $runtime_options; do printf -- '--java-options %s ' "$option"; done)
        step "done"
        ls -l "$out"
        exit 0
        ;;
    *) echo "build-installer: no installer for $(uname -s)" >&2; exit 1 ;;
esac

# jpackage's launcher asks dpkg and rpm who owns it on every start (see linux/processlab-launcher.sh): replaced, with
# the options this runtime takes.
sed "s|@RUNTIME_OPTIONS@|$runtime_options|" "$basedir/src/packaging/linux/processlab-launcher.sh" > "$image/bin/$name"
chmod +x "$image/bin/$name"
install -m 755 "$basedir/src/packaging/linux/make-archive.sh" "$app/make-archive"

# 3. For JDK 17's archive, the list of classes a start loads: the image's own launcher opens the first lesson and the
#    whole window, then exits, listing the classes it loaded. Once in a real GTK window under Xvfb (what a student's
#    start loads) when Xvfb is there, and once on Monocle's headless platform (what `bench` and the tests load on a
#    machine with no display). (JDK 25's AOT cache is written by a training run of its own: see make-archive.)
train() { # LIST [WRAPPER…]: the launcher, run by WRAPPER if any, writes the classes it loads to LIST
    local list=$1
    shift
    JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list -Dprocesslab.startupProbe=window-complete \
        -Dprocesslab.config.dir=$work/training-config $headless_options" "$@" "$image/bin/$name" > "$list.log" 2>&1
    grep -q PROCESSLAB_STARTUP_DRAWN "$list.log" || {
        echo "build-installer: the training run did not draw the window:" >&2
        cat "$list.log" >&2
        exit 1
    }
}
if [[ $archive == cds ]]; then
    step "training runs"
    if command -v xvfb-run >/dev/null; then
        headless_options="" train "$work/gtk.classlist" xvfb-run -a -s "-screen 0 1280x800x24"
    else
        echo "build-installer: no Xvfb: the archive holds the headless platform's classes only" >&2
    fi
    headless_options="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true" \
        train "$work/headless.classlist"
    cat "$work"/*.classlist | awk '!seen[$0]++' > "$app/$name.classlist"
fi

# 4. The image's own archive, made by the image's make-archive, so with the image's exact class path.
step "the image's start-up archive ($archive)"
"$app/make-archive" > "$work/archive.log" 2>&1 || { cat "$work/archive.log" >&2; exit 1; }

# 5. The .deb, from the image without its archive (made again by postinst where the jar is installed): /opt/processlab,
#    a menu entry (Education) from linux/processlab.desktop, /usr/bin/processlab.
if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
    step "jpackage: the .deb"
    cp -a "$image" "$work/deb-image"
    rm -f "$work/deb-image/lib/app/$name.jsa" "$work/deb-image/lib/app/$name.aot"
    "$jdk/bin/jpackage" --type deb --dest "$out" --name "$name" --app-version "$version" \
        --app-image "$work/deb-image" --resource-dir "$basedir/src/packaging/linux" \
        --icon "$basedir/assets/processlab-icon.png" \
        --description "Teaches Python multiprocessing by showing real processes and threads run." \
        --vendor ProcessLab --linux-shortcut --linux-menu-group "Education;" --linux-app-category education
else
    echo "build-installer: dpkg-deb or fakeroot missing: no .deb, only the app image" >&2
fi
step "done"
ls -l "$out"
