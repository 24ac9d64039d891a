# SPDX-License-Identifier: GPL-3.0-or-later
# tap-helpers.sh — sourced by the shell checks; speaks TAP.
# Needs $tmp (a scratch folder); counts in $n and $failed.
n=0
failed=0

ok() {   # ok NAME EXPECTED-STATUS COMMAND...
  name=$1; want=$2; shift 2
  n=$((n + 1))
  "$@" >"$tmp/out" 2>"$tmp/err"
  got=$?
  if [ "$got" -eq "$want" ]; then
    echo "ok $n - $name"
  else
    echo "not ok $n - $name (exit $got, wanted $want)"
    sed 's/^/# /' "$tmp/out" "$tmp/err"
    failed=$((failed + 1))
  fi
}

check() {   # check NAME SHELL-CONDITION
  n=$((n + 1))
  if sh -c "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; sed 's/^/# /' "$tmp/out" "$tmp/err"; failed=$((failed + 1)); fi
}
