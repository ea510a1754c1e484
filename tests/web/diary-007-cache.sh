# Pages may be served again from memory, but never stale: a write from the
# command line, a write in the browser, locking, or another session all
# get a fresh page.
. "$(dirname "$0")/lib.sh"
printf 'a long passphrase\n' >"$T/pass"
WAYMARK_PASSPHRASE_FILE="$T/pass" "$WAYMARK" vault init --passphrase >/dev/null
WAYMARK_PASSPHRASE_FILE="$T/pass" "$WAYMARK" checkin --mood 5 --note "the first entry" >/dev/null
start_server
login
token=$(get /unlock | grep -o 'name="csrf" value="[0-9a-f]*"' | sed 's/.*value="\([0-9a-f]*\)"/\1/')
curl -s -o /dev/null -b "$T/jar" -X POST --data-urlencode "csrf=$token" \
	--data-urlencode "passphrase=a long passphrase" "$BASE/unlock"
one=$(get /diary)
two=$(get /diary)
check "the same page twice is the same" test "$one" = "$two"
WAYMARK_PASSPHRASE_FILE="$T/pass" "$WAYMARK" checkin --mood 6 --note "written in a terminal" >/dev/null
check "a check-in from the command line shows at once" contains "$(get /diary)" "written in a terminal"
curl -s -o /dev/null -b "$T/jar" -X POST --data-urlencode "csrf=$token" -d mood=7 \
	--data-urlencode "note=written in the browser" "$BASE/checkin"
check "a check-in from the browser shows at once" contains "$(get /diary)" "written in the browser"
curl -s -o /dev/null -c "$T/jar2" "$URL"
other=$(curl -s -b "$T/jar2" "$BASE/diary")
check "another session gets its own page (its own form token)" \
	test "$(grep -o 'name="csrf" value="[0-9a-f]*"' <<<"$other" | head -1)" != "$(grep -o 'name="csrf" value="[0-9a-f]*"' <<<"$(get /diary)" | head -1)"
curl -s -o /dev/null -b "$T/jar" -X POST --data-urlencode "csrf=$token" "$BASE/lock"
check "after Lock, the diary is not served from memory" test "$(status "$BASE/diary")" = 303
check "after Lock, no diary text comes back" lacks "$(get /diary)" "the first entry"
finish
