#!/bin/bash
# P4: resident memory of `waymark ui` with a 10-year diary open and
# unlocked, after the diary, Today, the mood chart and a year of insights
# have been shown. Goal: at most 20 MB.
set -u
BUILD=${1:-build}
WAYMARK=${WAYMARK:-$PWD/$BUILD/waymark}
T=$(mktemp -d)
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER; rm -rf "$T"' EXIT
export TZ=Europe/London WAYMARK_VAULT="$T/vault.db"
bash "$(dirname "$0")/gen-diary.sh" 3650 2 >"$T/diary.json"
printf 'benchmark passphrase\n' >"$T/pass"
WAYMARK_PASSPHRASE_FILE="$T/pass" "$WAYMARK" vault init --passphrase >/dev/null
WAYMARK_PASSPHRASE_FILE="$T/pass" "$WAYMARK" import --json "$T/diary.json" >/dev/null
"$WAYMARK" ui --port 0 --no-browser >"$T/ui.out" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do grep -q token= "$T/ui.out" && break; sleep 0.05; done
URL=$(grep -o 'http://127\.0\.0\.1:[0-9]*/?token=[0-9a-f]*' "$T/ui.out")
BASE=${URL%%/?token=*}
curl -s -c "$T/jar" -o /dev/null "$URL"
token=$(curl -s -b "$T/jar" "$BASE/unlock" | grep -o 'name="csrf" value="[0-9a-f]*"' | sed 's/.*value="\([0-9a-f]*\)"/\1/')
curl -s -o /dev/null -b "$T/jar" -X POST --data-urlencode "csrf=$token" \
	--data-urlencode "passphrase=benchmark passphrase" "$BASE/unlock"
for p in / /diary /mood "/insights?days=365" "/insights?days=all" /diary?page=20; do
	curl -s -o /dev/null -b "$T/jar" "$BASE$p"
done
rss=$(awk '/VmRSS/ { print $2 }' "/proc/$SERVER/status")
hwm=$(awk '/VmHWM/ { print $2 }' "/proc/$SERVER/status")
printf '%-44s %7.1f MB (peak %.1f MB, goal 20 MB)\n' "P4 waymark ui memory, 10-year vault" \
	"$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$(awk -v k="$hwm" 'BEGIN { print k / 1024 }')"
