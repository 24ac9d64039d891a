#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start: installs what is missing, builds, installs into _build/root
# and starts NetConduct. Arguments go to the app (e.g. --database PATH).
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${NC_BUILD_DIR:-"$top/_build"}

"$top/build-aux/setup.sh"
meson install -C "$build_dir" --quiet --no-rebuild >/dev/null
glib-compile-schemas "$build_dir/root/share/glib-2.0/schemas"

export XDG_DATA_DIRS="$build_dir/root/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
export GSETTINGS_SCHEMA_DIR="$build_dir/root/share/glib-2.0/schemas"
exec "$build_dir/root/bin/netconduct" "$@"
