#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs the whole test suite under a
# private Xvfb display and D-Bus session. Ends with "N passed, N failed"
# (", N skipped" when some were skipped); exits non-zero on any failure.
# Arguments go to `meson test` (e.g. --suite core, or a test's name).
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${NC_BUILD_DIR:-"$top/_build"}

"$top/build-aux/setup.sh"

# Some tests run what is installed (ctl-help: the tools in Vietnamese):
# install into the build's own prefix (_build/root), never elsewhere.
prefix=$(meson introspect --buildoptions "$build_dir" |
  python3 -c 'import json, sys; print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "prefix"))')
case "$prefix" in
  "$build_dir"/*) meson install -C "$build_dir" --quiet --no-rebuild >/dev/null ;;
esac

status=0
xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24 -nolisten tcp" \
  dbus-run-session -- \
  meson test -C "$build_dir" --no-rebuild --print-errorlogs "$@" || status=$?

python3 "$top/build-aux/test-summary.py" "$build_dir/meson-logs/testlog.json" || status=1
exit $status
