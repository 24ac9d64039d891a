#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by run.sh and test.sh: installs what is missing (Debian 12 or
# Ubuntu 24.04), then configures and builds NetConduct in _build/.
# Environment: NC_BUILD_DIR (default _build), NC_SKIP_DEPS=1 to skip apt.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${NC_BUILD_DIR:-"$top/_build"}

packages="meson ninja-build pkg-config gcc gettext appstream desktop-file-utils
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev libwebkitgtk-6.0-dev
  libjson-glib-dev libicu-dev libsqlite3-dev libsodium-dev
  xvfb xauth dbus fonts-noto-core python3 poppler-utils xdotool
  fonts-noto-color-emoji groff-base unbound dnsmasq-base bind9-dnsutils
  python3-dbusmock python3-gi python3-dbus util-linux
  libmalcontent-0-dev gir1.2-malcontent-0
  libspeechd-dev speech-dispatcher speech-dispatcher-espeak-ng espeak-ng"

install_missing() {
  missing=""
  for p in $packages; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in
      *"ok installed"*) ;;
      *) missing="$missing $p" ;;
    esac
  done
  [ -z "$missing" ] && return 0

  echo "NetConduct: installing what is missing:$missing"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
}

if [ "${NC_SKIP_DEPS:-0}" != 1 ]; then
  if command -v dpkg-query >/dev/null 2>&1; then
    install_missing
  else
    echo "NetConduct: not a Debian-based system; install the packages listed in README.md yourself." >&2
  fi
fi

if [ ! -f "$build_dir/build.ninja" ]; then
  meson setup "$build_dir" "$top" --prefix="$build_dir/root" ${NC_MESON_ARGS:-}
fi
meson compile -C "$build_dir"
