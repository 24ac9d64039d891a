#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs nc-bench-browser (built in _build/) under a private Xvfb display and
# D-Bus session, with WebKit as the app runs it (compositing on; under Xvfb
# everything is drawn in software). Arguments go to the benchmark, e.g.
# --nudge-only, --load-only, --startup-only.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${NC_BUILD_DIR:-"$top/_build"}

GSETTINGS_SCHEMA_DIR="$build_dir/data" GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1 \
  exec xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24 -nolisten tcp" \
  dbus-run-session -- "$build_dir/tests/nc-bench-browser" "$@"
