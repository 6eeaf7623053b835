#!/bin/sh
# lib/app/make-archive of the packaged app: makes the start-up archive for the jar where it lies now. Run by the build
# for the app image and by postinst on install, as either archive is used only with the jar at the path and
# modification time it was made with (see build-installer.sh). Without an archive the app starts, only slower.
#   JDK 25+: the AOT cache, written by a training run that opens the first lesson and the whole window on the
#            headless platform (an install has no display), then exits;
#   JDK 17:  the class-data archive, dumped from the class list the build recorded.
app=$(dirname "$(readlink -f "$0")")
home=$(dirname "$(dirname "$app")")
if [ -f "$app/processlab.classlist" ]; then
    exec env JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app/processlab.classlist" "$home/bin/processlab"
fi
rm -f "$app/processlab.aot"
config="$app/.training-config"
JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$app/processlab.aot -Dprocesslab.startupProbe=window-complete \
-Dprocesslab.config.dir=$config -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
-Djava.awt.headless=true" "$home/bin/processlab"
status=$?
rm -rf "$config"
[ -f "$app/processlab.aot" ] || status=1
exit $status
