#!/bin/sh
# bin/processlab of the packaged app, in place of the launcher jpackage writes: that one asks rpm and dpkg which
# package owns it (dpkg -S and dpkg -L, twice) on every start, which took 0.5 s of a 2-core machine's start-up here.
# This starts the bundled runtime with what jpackage's launcher would pass, the options the runtime needs
# (@RUNTIME_OPTIONS@ is filled in by build-installer.sh), and the start-up archive lib/app/make-archive made, if any.
home=$(dirname "$(dirname "$(readlink -f "$0")")")
archive=""
if [ -f "$home/lib/app/processlab.aot" ]; then
    archive="-XX:AOTCache=$home/lib/app/processlab.aot"
elif [ -f "$home/lib/app/processlab.jsa" ]; then
    archive="-XX:SharedArchiveFile=$home/lib/app/processlab.jsa"
fi
exec "$home/lib/runtime/bin/java" -XX:TieredStopAtLevel=1 $archive @RUNTIME_OPTIONS@ \
    -Djpackage.app-path="$home/bin/processlab" -cp "$home/lib/app/processlab.jar" processlab.Main "$@"
