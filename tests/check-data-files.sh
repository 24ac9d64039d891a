#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the built desktop file and AppStream metainfo, speaking TAP.
desktop="$1"
metainfo="$2"
echo "1..4"
n=0
check() {
  n=$((n + 1))
  name="$1"; shift
  if out=$("$@" 2>&1); then
    echo "ok $n - $name"
  else
    echo "not ok $n - $name"
    echo "$out" | sed 's/^/# /'
  fi
}
check "desktop-file-validate accepts the desktop file" desktop-file-validate "$desktop"
check "appstreamcli accepts the metainfo" appstreamcli validate --no-net --explain "$metainfo"
check "the desktop file has a Vietnamese name" grep -q '^Name\[vi\]=' "$desktop"
check "the metainfo has a Vietnamese summary" grep -q 'summary xml:lang="vi"' "$metainfo"
