#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# What a child with their own (non-root) account cannot do to the
# administrator's policy or to an administrator's netconductctl; speaks TAP.
#   $1  netconductctl
#   $2  the build's policy folder (meson option policy_dir)
# The child's side runs as uid 65534 (setpriv). The build's folder is
# filled inside a private mount namespace (an overlay over its nearest
# existing parent), so nothing on the machine changes; without unshare and
# overlayfs those cases are skipped with a message.
set -u

ctl=$1
build_policy_dir=$2
tmp=$(mktemp -d)
trap 'chmod -R u+rwX "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
chmod 755 "$tmp"
export LANGUAGE=C LC_ALL=C.UTF-8
unset NETCONDUCT_DATABASE
child="setpriv --reuid=65534 --regid=65534 --clear-groups"
. "$(dirname "$0")/tap-helpers.sh"

skip() {
  n=$((n + 1))
  echo "ok $n # SKIP $1"
}

if [ "$(id -u)" -ne 0 ]; then
  echo "1..0 # SKIP needs root to run the child's side as another uid"
  exit 0
fi

# ---- a typo fails closed, named by file and line (root may point the folder) ----
mkdir -p "$tmp/typo"
printf '[profiles]\n# lab computers\ndaily-limit-minutes=thirty\nsocial-allowed=false\n' >"$tmp/typo/20-lab.ini"
ok "status with a typo in the policy" 0 env NETCONDUCT_POLICY_DIR="$tmp/typo" "$ctl" --database "$tmp/typo.db" status
check "typo named by file and line" "grep -q '20-lab.ini:3: .thirty. is not a valid value for profile.daily-limit-minutes' '$tmp/out'"
check "typo gives the strictest limit, not 'no limit'" "grep -q 'profile.daily-limit-minutes=1\$' '$tmp/out'"

# ---- database rows and imports cannot make netconductctl delete files ----
db="$tmp/admin/nc.db"
mkdir -p "$tmp/admin"
printf '#!/bin/sh\nNETCONDUCT_POLICY_DIR="%s" exec "%s" --database "%s" "$@"\n' "$tmp/none" "$ctl" "$db" >"$tmp/c"
chmod +x "$tmp/c"
c="$tmp/c"
printf 'casino.example\n' >"$tmp/list.txt"
ok "a real list imports" 0 "$c" list import "$tmp/list.txt" --category gambling --name Casinos
lists="$tmp/admin/lists"
echo precious >"$tmp/victim"
ln -s "$tmp/victim" "$lists/link.ncset"
mkfifo "$lists/fifo.ncset"
mkdir "$tmp/admin/x"
echo precious >"$tmp/admin/x/victim2"
# Rows a child could write into a database they own.
python3 - "$db" "$tmp/victim" "$lists/../x/victim2" "$lists/link.ncset" "$lists/fifo.ncset" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for name, path in zip(('abs', 'dotdot', 'link', 'fifo'), sys.argv[2:]):
    db.execute("INSERT INTO category_lists (name, category, source_path, domain_count, compiled_path) "
               "VALUES (?, 1, '', 1, ?)", (name, path))
db.commit()
EOF
"$c" profile add Minh --age 13-15 >/dev/null 2>&1
"$c" time set Minh --hours mon-sun=0-24 >/dev/null 2>&1   # whatever the hour the test runs at
ok "decide with crafted rows, without hanging on the FIFO" 0 timeout 20 "$c" decide https://news.example/ --profile Minh
check "crafted rows are not read (fail closed)" "grep -q 'not one of NetConduct' '$tmp/err' && grep -q '\"no-policy\"' '$tmp/out'"
for id in 2 3 4 5; do
  ok "list drop of crafted row $id is refused" 1 timeout 20 "$c" list drop $id
  check "refusal is clear ($id)" "grep -q 'left alone' '$tmp/err'"
done
check "victim outside the folder survives" "test -f '$tmp/victim' && grep -q precious '$tmp/victim'"
check "victim behind .. survives" "test -f '$tmp/admin/x/victim2'"
check "symlink not followed nor removed" "test -L '$lists/link.ncset'"
check "FIFO left alone" "test -p '$lists/fifo.ncset'"
ok "our own list drops" 0 "$c" list drop 1
check "our own file went" "! ls '$lists'/gambling-*.ncset >/dev/null 2>&1"

# Import: the same rows through a settings file.
"$c" export "$tmp/good.json" >/dev/null 2>&1
for target in "$tmp/victim" "$lists/../x/victim2" "$lists/link.ncset" "$lists/fifo.ncset"; do
  python3 - "$tmp/good.json" "$tmp/evil.json" "$target" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
d['category_lists'] = [{'name': 'evil', 'category': 'gambling', 'source_path': '',
                        'domain_count': 1, 'compiled_path': sys.argv[3]}]
json.dump(d, open(sys.argv[2], 'w'))
EOF
  ok "import of a crafted path is refused ($(basename "$target"))" 2 timeout 20 "$c" import "$tmp/evil.json"
  check "import refusal names the path" "grep -q 'not one of NetConduct' '$tmp/err'"
done
ok "nothing imported" 0 "$c" list categories
check "no evil list" "! grep -q evil '$tmp/out'"
check "victim survives the imports" "grep -q precious '$tmp/victim'"

# ---- the child's own account: the build's policy folder, not theirs ----
ancestor=$build_policy_dir
while [ ! -d "$ancestor" ]; do ancestor=$(dirname "$ancestor"); done
mkdir -p "$tmp/child" "$tmp/empty" "$tmp/upper" "$tmp/work"
cdb="$tmp/child/nc.db"
env NETCONDUCT_POLICY_DIR="$tmp/none" "$ctl" --database "$cdb" profile add Minh --age 13-15 >/dev/null
env NETCONDUCT_POLICY_DIR="$tmp/none" "$ctl" --database "$cdb" time set Minh --hours mon-sun=0-24 >/dev/null
env NETCONDUCT_POLICY_DIR="$tmp/none" "$ctl" --database "$cdb" list add allow facebook.com --profile Minh >/dev/null
chown -R 65534:65534 "$tmp/child" "$tmp/empty"

cat >"$tmp/ns.sh" <<EOF
set -e
mount -t overlay overlay -o lowerdir='$ancestor',upperdir='$tmp/upper',workdir='$tmp/work' '$ancestor'
mkdir -p '$build_policy_dir'
printf '[profiles]\nsocial-allowed=false\n' >'$build_policy_dir/10-school.ini'
chmod 644 '$build_policy_dir/10-school.ini'
printf '[profiles]\nallow-list-only=false\n' >'$build_policy_dir/30-secret.ini'
chmod 600 '$build_policy_dir/30-secret.ini'
set +e
# The child points the folder at an empty one of their own.
$child env NETCONDUCT_POLICY_DIR='$tmp/empty' '$ctl' --database '$cdb' decide https://www.facebook.com/ --profile Minh >'$tmp/decide.json' 2>'$tmp/decide.err'
echo \$? >'$tmp/decide.rc'
$child env NETCONDUCT_POLICY_DIR='$tmp/empty' NETCONDUCT_WEB_EXTENSIONS_DIR='$tmp/empty' '$ctl' --database '$cdb' status >'$tmp/status.out' 2>'$tmp/status.err'
echo \$? >'$tmp/status.rc'
$child env NETCONDUCT_POLICY_DIR='$tmp/empty' '$ctl' --database '$cdb' profile set Minh social=true >/dev/null 2>'$tmp/set.err'
echo \$? >'$tmp/set.rc'
# Root may still point it elsewhere (tests, trying a policy).
env NETCONDUCT_POLICY_DIR='$tmp/empty' '$ctl' --database '$tmp/root.db' status >'$tmp/root.out' 2>&1
EOF
if ! command -v unshare >/dev/null || ! unshare -m sh -c "mount -t tmpfs tmpfs '$tmp/work' && umount '$tmp/work'" 2>/dev/null; then
  skip "no private mount namespace here: the child's side is not run"
elif [ "$ancestor" = / ]; then
  skip "policy_dir has no existing parent but /: the child's side is not run"
elif ! unshare -m sh "$tmp/ns.sh" 2>"$tmp/ns.err"; then
  skip "overlayfs over $ancestor is not available: $(head -1 "$tmp/ns.err")"
else
  cp "$tmp/decide.json" "$tmp/out"; cp "$tmp/decide.err" "$tmp/err"
  check "child's decide ran" "test \"\$(cat '$tmp/decide.rc')\" -eq 0"
  check "child's empty folder ignored: social-allowed=false from the build's folder beats their allow list" \
    "python3 -c \"import json; d=json.load(open('$tmp/out')); assert d['action']=='block' and d['reason']=='social-not-allowed' and d['locked'] is True, d\""
  cp "$tmp/status.out" "$tmp/out"; cp "$tmp/status.err" "$tmp/err"
  check "child's status names the build's folder" "grep -q 'Policy folder: $build_policy_dir\$' '$tmp/out'"
  check "child's status shows the locked value" "grep -q 'profile.social-allowed=false' '$tmp/out'"
  check "a file the child cannot read is named" "grep -q '30-secret.ini: The file cannot be opened (Permission denied)' '$tmp/out'"
  check "and fails closed: allow-list-only strictest" "grep -q 'profile.allow-list-only=true' '$tmp/out'"
  check "and fails closed: 1 minute a day" "grep -q 'profile.daily-limit-minutes=1\$' '$tmp/out'"
  check "the child cannot change a locked field" "test \"\$(cat '$tmp/set.rc')\" -eq 1 && grep -q administrator '$tmp/set.err'"
  cp "$tmp/root.out" "$tmp/out"
  check "root may still move the folder" "grep -q 'Policy folder: $tmp/empty\$' '$tmp/out' && ! grep -q 'profile.social-allowed' '$tmp/out'"
fi

echo "1..$n"
[ "$failed" -eq 0 ]
