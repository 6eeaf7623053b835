#!/bin/sh
# bin/processlab of the packaged app, in place of the launcher jpackage writes: that one asks rpm and dpkg which
# package owns it (dpkg -S and dpkg -L, twice) on every start, which took 0.5 s of a 2-core machine's start-up here.
# This starts the bundled runtime with what jpackage's launcher would pass (its lib/app/processlab.cfg), and with the
# class path written as postinst dumps the class-data archive with (the same command through this script).
home=$(dirname "$(dirname "$(readlink -f "$0")")")
exec "$home/lib/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$home/lib/app/processlab.jsa" \
    -Djpackage.app-path="$home/bin/processlab" -cp "$home/lib/app/processlab.jar" processlab.Main "$@"
