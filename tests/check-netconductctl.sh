#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs netconductctl ($1) through every subcommand and bad input on a
# temporary database; speaks TAP.
set -u

ctl=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LANGUAGE=C LC_ALL=C.UTF-8
export NETCONDUCT_DATABASE="$tmp/env.db"
export NETCONDUCT_POLICY_DIR="$tmp/no-policy"
db="$tmp/main.db"
. "$(dirname "$0")/tap-helpers.sh"

c() { "$ctl" --database "$db" "$@"; }

ok "no command is a usage error" 2 "$ctl"
ok "unknown command" 2 c frobnicate
check "unknown command is named" "grep -q frobnicate '$tmp/err'"
ok "help" 0 c --help
check "help lists the commands" "grep -q 'decide' '$tmp/out' && grep -q 'profile' '$tmp/out'"

ok "profile add" 0 c profile add An --age 6-9 --avatar face-smile
ok "profile add with language" 0 c profile add "Bình" --age 13-15 --language vi
ok "profile add duplicate" 1 c profile add An --age 10-12
check "duplicate explained" "grep -q 'exists already' '$tmp/err'"
ok "profile add bad age" 2 c profile add Lan --age 5-7
ok "profile add without age" 2 c profile add Lan
ok "profile add unknown option" 2 c profile add Lan --age 6-9 --colour red
ok "profile list" 0 c profile list --names
check "both profiles listed" "grep -qx An '$tmp/out' && grep -qx 'Bình' '$tmp/out'"
ok "profile set" 0 c profile set An daily-limit=30 social=false hours=mon-fri=7-19,sat-sun=8-20 blocked-categories=adult,gambling
ok "profile list details" 0 c profile list
check "set values shown" "grep -q 'daily-limit: 30' '$tmp/out' && grep -q 'hours sat: 8-20' '$tmp/out' && grep -q 'blocked-categories: adult,gambling' '$tmp/out'"
ok "profile set bad value" 2 c profile set An social=maybe
ok "profile set unknown key" 2 c profile set An colour=red
ok "profile set bad hours" 2 c profile set An hours=mon=20-7
ok "profile set unknown profile" 1 c profile set Nobody social=true
ok "profile remove unknown" 1 c profile remove Nobody

ok "pin set from stdin" 0 sh -c "echo 73915428 | '$ctl' --database '$db' pin set"
ok "pin never from argv" 2 c pin set 73915428
ok "pin too short" 2 sh -c "echo 12 | '$ctl' --database '$db' pin set"
ok "pin empty stdin" 2 sh -c "'$ctl' --database '$db' pin set </dev/null"
ok "pin status" 0 c pin status
check "pin is set" "grep -q '^set' '$tmp/out'"
check "PIN not in clear in the files" "! cat '$tmp'/main.db* | grep -aq 73915428"

ok "list add everyone" 0 c list add allow vi.wikipedia.org
ok "list add profile" 0 c list add block Games.Example. --profile An
ok "list add bad host" 1 c list add block "not a host" --profile An
ok "list add bad kind" 2 c list add maybe x.example
ok "list show" 0 c list show --profile An
check "host normalized" "grep -q 'block	games.example' '$tmp/out'"
ok "list remove" 0 c list remove block games.example --profile An
ok "list remove missing" 1 c list remove block games.example --profile An
printf '# casinos\n0.0.0.0 casino.example\n||bet.example^\nplain.example\n' >"$tmp/list.txt"
ok "list import" 0 c list import "$tmp/list.txt" --category gambling --name Casinos
check "import counted" "grep -q 'Imported 3' '$tmp/out'"
ok "list import unknown category" 2 c list import "$tmp/list.txt" --category sweets
: >"$tmp/empty.txt"
ok "list import empty file" 1 c list import "$tmp/empty.txt" --category gambling
ok "list import missing file" 1 c list import "$tmp/missing.txt" --category gambling
ok "list categories" 0 c list categories
check "imported list shown" "grep -q 'Casinos' '$tmp/out'"

ok "time set" 0 c time set "Bình" --daily 90 --hours 6-22
ok "time set bad limit" 2 c time set "Bình" --daily 5000
ok "time set nothing" 2 c time set "Bình"
ok "time extend" 0 c time extend "Bình" 15
ok "time extend unlimited" 0 c time extend An unlimited
ok "time extend bad" 2 c time extend An 0
ok "time show" 0 c time show "Bình"
check "time shown" "grep -q 'daily-limit: 90' '$tmp/out' && grep -q 'extension-today: 15' '$tmp/out' && grep -q 'hours sun: 6-22' '$tmp/out'"

ok "open all hours for the decisions" 0 c profile set An hours=0-24
ok "open all hours for the teen too" 0 c profile set "Bình" hours=0-24
ok "decide blocked for 6-9" 0 c decide https://example.org/ --profile An
check "decide JSON" "python3 -c 'import json,sys; d=json.load(open(\"$tmp/out\")); assert d[\"action\"]==\"block\" and d[\"url\"]==\"https://example.org/\" and \"reason\" in d and \"category\" in d'"
ok "decide allowed host" 0 c decide https://vi.wikipedia.org/wiki/Vi%E1%BB%87t_Nam --profile An
check "allow list wins" "python3 -c 'import json; d=json.load(open(\"$tmp/out\")); assert d[\"action\"]==\"allow\", d'"
ok "decide imported category" 0 c decide https://casino.example/ --profile "Bình"
check "imported list blocks" "python3 -c 'import json; d=json.load(open(\"$tmp/out\")); assert d[\"action\"]==\"block\" and d[\"category\"]==\"gambling\", d'"
ok "decide without profile" 2 c decide https://example.org/
ok "decide unknown profile" 2 c decide https://example.org/ --profile Nobody

ok "export" 0 c export "$tmp/export.json"
check "export is JSON without the PIN hash" "python3 -c 'import json; d=json.load(open(\"$tmp/export.json\")); assert \"pin_hash\" not in d and len(d[\"profiles\"])==2'"
ok "export with pin hash" 0 c export --with-pin-hash "$tmp/full.json"
check "hash exported, not the PIN" "grep -q 'argon2id' '$tmp/full.json' && ! grep -q 73915428 '$tmp/full.json'"
ok "import into a new database" 0 "$ctl" --database "$tmp/copy.db" import "$tmp/full.json"
ok "export the copy" 0 "$ctl" --database "$tmp/copy.db" export --with-pin-hash "$tmp/full2.json"
check "round trip is exact" "cmp -s '$tmp/full.json' '$tmp/full2.json'"
ok "imported PIN works" 0 sh -c "'$ctl' --database '$tmp/copy.db' pin status"
check "imported PIN set" "grep -q '^set' '$tmp/out'"
"$ctl" --database "$tmp/copy.db" time extend An 30 >/dev/null
ok "import again over existing profiles" 0 "$ctl" --database "$tmp/copy.db" import "$tmp/full.json"
ok "time kept for a profile named in the file" 0 "$ctl" --database "$tmp/copy.db" time show An
check "extension survived the import" "grep -q 'extension-today: 30' '$tmp/out'"
echo '{"format":"netconduct-settings","version":1,"profiles":[{"name":"Z","age":"bad"}]}' >"$tmp/bad.json"
ok "import invalid profile" 2 "$ctl" --database "$tmp/copy.db" import "$tmp/bad.json"
echo '{' >"$tmp/broken.json"
ok "import broken JSON" 2 "$ctl" --database "$tmp/copy.db" import "$tmp/broken.json"
echo '{"format":"something-else","version":1}' >"$tmp/other.json"
ok "import foreign JSON" 2 "$ctl" --database "$tmp/copy.db" import "$tmp/other.json"
ok "copy unchanged after failed imports" 0 "$ctl" --database "$tmp/copy.db" export --with-pin-hash "$tmp/full3.json"
check "nothing half-imported" "cmp -s '$tmp/full.json' '$tmp/full3.json'"

ok "environment variable names the database" 0 "$ctl" profile add Env --age adult
check "env database written" "test -f '$tmp/env.db' && ! '$ctl' --database '$db' profile list --names | grep -qx Env"
ok "--database=PATH form" 0 "$ctl" --database="$tmp/env.db" profile list --names
check "same database" "grep -qx Env '$tmp/out'"

mkdir -p "$tmp/policy"
printf '[settings]\nretention-days=30\n[profiles]\nsocial-allowed=false\n[lists]\nblock=tiktok.com\n' >"$tmp/policy/10-school.ini"
NETCONDUCT_POLICY_DIR="$tmp/policy" ok "status on a managed machine" 0 c status
check "locked settings shown" "grep -q 'retention-days' '$tmp/out' && grep -q '10-school.ini' '$tmp/out' && grep -q 'block tiktok.com' '$tmp/out'"
NETCONDUCT_POLICY_DIR="$tmp/policy" ok "locked profile field refused" 1 c profile set "Bình" social=true
check "administrator named" "grep -q 'administrator' '$tmp/err'"
ok "profile remove" 0 c profile remove An
ok "status" 0 c status
check "status counts profiles" "grep -q 'Profiles: 1' '$tmp/out'"

echo "1..$n"
[ "$failed" -eq 0 ]
