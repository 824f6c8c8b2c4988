#!/bin/sh
# take.sh WIDTH HEIGHT LANG TAB OUT.png [see-all]: one first-start screenshot under Xvfb with openbox (see take.py).
set -e
here=$(cd "$(dirname "$0")/../.." && pwd)
fresh=$(mktemp -d)
export XDG_CONFIG_HOME="$fresh/config" XDG_STATE_HOME="$fresh/state" XDG_DATA_HOME="$fresh/data"
export LANGUAGE="$3" LC_ALL=C.UTF-8 LANG=C.UTF-8 QT_QPA_PLATFORM=xcb
xvfb-run -a -s "-screen 0 ${1}x${2}x24" sh -c "openbox & sleep 1; '$here/.venv/bin/python' '$here/packaging/screenshots/take.py' '$4' '$5' '${6:-}'"
rm -rf "$fresh"
