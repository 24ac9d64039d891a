#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs, upgrades and purges the Debian package on a fresh Debian 12 root
# made by debootstrap, and checks family mode inside it at each step.
#
#   build-aux/check-debian-package.sh ROOT PACKAGE.deb
#
# ROOT is made with `debootstrap --variant=minbase bookworm ROOT` when it
# does not exist yet (about 5 minutes; needs deb.debian.org). Run as root.
# Not in the test suite: it downloads the package's dependencies (~300 MB).
# Prints "ok N - ..." lines and exits non-zero at the first failure.
set -eu

root=${1:?usage: check-debian-package.sh ROOT PACKAGE.deb}
deb=${2:?usage: check-debian-package.sh ROOT PACKAGE.deb}
mirror=${NC_DEBIAN_MIRROR:-http://deb.debian.org/debian}
n=0

ok () { n=$((n + 1)); echo "ok $n - $*"; }
fail () { echo "not ok - $*"; exit 1; }
in_root () { chroot "$root" "$@"; }

cleanup () {
  in_root sh -c 'kill $(cat /run/dbus/pid 2>/dev/null) 2>/dev/null' || true
  umount "$root/proc" 2>/dev/null || true
}
trap cleanup EXIT

[ "$(id -u)" = 0 ] || fail "run as root (chroot, apt)"
[ -f "$deb" ] || fail "no package at $deb: build it with dpkg-buildpackage -us -uc -b"

if [ ! -x "$root/bin/sh" ]; then
  debootstrap --variant=minbase bookworm "$root" "$mirror" >/dev/null
fi
cat > "$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
mount -t proc proc "$root/proc"
in_root apt-get update -qq >/dev/null

# 1. Install on the fresh root.
cp "$deb" "$root/tmp/netconduct.deb"
DEBIAN_FRONTEND=noninteractive in_root apt-get install -y -qq /tmp/netconduct.deb >/dev/null \
  || fail "apt-get install of the package"
ok "installs on a fresh Debian 12 root"

for f in /usr/bin/netconduct /usr/bin/netconductctl /usr/libexec/netconduct-familyd \
         /usr/share/dbus-1/system.d/io.github.netconduct.Family1.conf \
         /usr/share/dbus-1/system-services/io.github.netconduct.Family1.service \
         /usr/share/polkit-1/actions/io.github.netconduct.Family.policy \
         /lib/systemd/system/netconduct-familyd.service \
         /usr/lib/sysusers.d/netconduct.conf /usr/lib/tmpfiles.d/netconduct.conf; do
  [ -e "$root$f" ] || fail "$f missing"
done
ok "service, D-Bus policy, activation file, polkit actions, unit, sysusers and tmpfiles in place"

in_root getent passwd netconduct >/dev/null || fail "no netconduct system user"
state=$(in_root stat -c '%U %a' /var/lib/netconduct) || fail "no /var/lib/netconduct"
[ "$state" = "netconduct 700" ] || fail "/var/lib/netconduct is '$state', not 'netconduct 700'"
ok "system user and a state folder only it can read ($state)"

# 2. The service, started by D-Bus activation on the root's system bus
#    (no systemd in a chroot: dbus-daemon runs Exec= as User=).
in_root mkdir -p /run/dbus
in_root dbus-daemon --system --fork || fail "the system bus does not start"
in_root netconductctl --database /root/home.db profile add Child --age 10-12 >/dev/null \
  || fail "a home-mode profile"
in_root netconductctl --database /root/home.db list add block blocked.example --profile Child >/dev/null
in_root netconductctl family enable --database /root/home.db >/dev/null || fail "netconductctl family enable"
status=$(in_root netconductctl family status) || fail "netconductctl family status"
echo "$status" | grep -q "family-mode: on" || fail "status does not say family mode is on: $status"
echo "$status" | grep -q "profile: Child" || fail "the home-mode profile was not moved: $status"
db=$(in_root stat -c '%U %a' /var/lib/netconduct/family.db) || fail "no family.db"
[ "$db" = "netconduct 600" ] || fail "family.db is '$db', not 'netconduct 600'"
in_root useradd -m nc-child 2>/dev/null || true
in_root netconductctl family add-child nc-child --profile Child >/dev/null \
  || fail "netconductctl family add-child"
in_root netconductctl family status | grep -q nc-child || fail "the child is not in the status"
ok "activated service answers; family.db is $db; a child account is mapped"
in_root sh -c 'kill $(cat /run/dbus/pid); rm -f /run/dbus/pid'
pkill -f "$root/usr/libexec/netconduct-familyd" 2>/dev/null || true
sleep 1

# 3. Upgrade to a newer version of the same build: the mapping survives.
work=$(mktemp -d)
dpkg-deb -R "$deb" "$work/pkg"
sed -i 's/^Version: .*/&+upgrade1/' "$work/pkg/DEBIAN/control"
dpkg-deb -b "$work/pkg" "$root/tmp/netconduct-upgrade.deb" >/dev/null
rm -rf "$work"
DEBIAN_FRONTEND=noninteractive in_root apt-get install -y -qq /tmp/netconduct-upgrade.deb >/dev/null \
  || fail "upgrade"
in_root dpkg-query -W -f '${Version}' netconduct | grep -q upgrade1 || fail "version not upgraded"
in_root dbus-daemon --system --fork
in_root netconductctl family status | grep -q nc-child || fail "the child's mapping was lost in the upgrade"
in_root sh -c 'kill $(cat /run/dbus/pid); rm -f /run/dbus/pid'
pkill -f "$root/usr/libexec/netconduct-familyd" 2>/dev/null || true
sleep 1
ok "upgrades in place; the child's mapping survives"

# 4. Purge: every file of the package and the family database go.
files=$(in_root dpkg -L netconduct | grep -v '^/\.$')
DEBIAN_FRONTEND=noninteractive in_root apt-get purge -y -qq netconduct >/dev/null || fail "purge"
for f in $files; do
  [ -d "$root$f" ] && continue
  [ -e "$root$f" ] && fail "$f left after purge"
done
[ -e "$root/var/lib/netconduct" ] && fail "/var/lib/netconduct left after purge"
in_root dpkg -s netconduct >/dev/null 2>&1 && fail "package still known to dpkg"
ok "purges cleanly: no file of the package and no family database left"
echo "1..$n"
