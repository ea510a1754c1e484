# The goals calendar feed: an address a calendar app on this computer can
# subscribe to without a session, that answers only to its own secret,
# only on 127.0.0.1 or localhost, never while the vault is locked (saying
# so kindly, with no calendar in the reply), and with iCalendar that
# libical reads, holding every deadline and planned step. A new address
# stops the old one; a calendar checking in does not keep the vault open.
. "$(dirname "$0")/lib.sh"
export WAYMARK_TEST_AUTOLOCK_SECONDS=1
printf 'a long passphrase\n' >"$T/pass"
export WAYMARK_PASSPHRASE_FILE="$T/pass"
"$WAYMARK" vault init --passphrase >/dev/null
"$WAYMARK" goal new --title "Cook 2 healthy meals a week" --deadline 2027-05-21 \
	--step "Find recipes" --target "2 per week" >/dev/null
"$WAYMARK" goal step add 1 "Buy the ingredients" --by 2027-01-09 >/dev/null
"$WAYMARK" goal new --title "Walk to the park" --deadline 2027-02-14 >/dev/null
unset WAYMARK_PASSPHRASE_FILE
start_server
login
unlock() {
	local t
	t=$(get /unlock | grep -o 'name="csrf" value="[0-9a-f]*"' | sed 's/.*value="\([0-9a-f]*\)"/\1/')
	curl -s -o /dev/null -b "$T/jar" -X POST --data-urlencode "csrf=$t" \
		--data-urlencode "passphrase=a long passphrase" "$BASE/unlock"
}
unlock
token=$(csrf)
feed_code() { curl -s -o "$T/feed" -D "$T/headers" -w '%{http_code}' "$@"; }
# the same key with its last character changed
other() { local k=$1; [ "${k: -1}" = 0 ] && echo "${k%?}1" || echo "${k%?}0"; }
key_of() { get /goals | grep -o 'goals.ics?key=[0-9a-f]*' | head -1 | sed 's/.*key=//'; }

check "no address yet: the feed refuses" test "$(feed_code "$BASE/goals.ics")" = 403
check "no address yet: any key is refused" test "$(feed_code "$BASE/goals.ics?key=$(printf 'a%.0s' {1..64})")" = 403
check "the refusal holds no calendar" test "$(grep -c VCALENDAR "$T/feed")" = 0
check "the goals page offers to make an address" contains "$(get /goals)" "Make a calendar address"
check "making one" test "$(status -X POST --data-urlencode "csrf=$token" -d action=new "$BASE/goals/calendar")" = 303
key=$(key_of)
check "the goals page shows the address" test "${#key}" = 64
check "the address is on 127.0.0.1 at this port" contains "$(get /goals)" "value=\"http://127.0.0.1:$PORT/goals.ics?key=$key\""

check "the feed answers without a session" test "$(feed_code "$BASE/goals.ics?key=$key")" = 200
check "as text/calendar" grep -qi '^Content-Type: text/calendar' "$T/headers"
check "and is never cached" grep -qi '^Cache-Control: no-store' "$T/headers"
"$WAYMARK" test-ics "$T/feed" >"$T/events" 2>&1
check "libical reads it without a problem" test $? = 0
check "it holds every deadline and the planned step" test "$(cat "$T/events")" = "calendar: 3 events
2027-05-21 Goal deadline: Cook 2 healthy meals a week
2027-01-09 Goal step: Buy the ingredients
2027-02-14 Goal deadline: Walk to the park"
check "HEAD works too (calendar apps ask)" test "$(curl -s -o /dev/null -w '%{http_code}' -I "$BASE/goals.ics?key=$key")" = 200
check "localhost works" test "$(feed_code "http://localhost:$PORT/goals.ics?key=$key")" = 200
check "another Host is refused" test "$(feed_code -H 'Host: evil.example' "$BASE/goals.ics?key=$key")" = 421
check "a wrong key is refused" test "$(feed_code "$BASE/goals.ics?key=$(other "$key")")" = 403
check "a short key is refused" test "$(feed_code "$BASE/goals.ics?key=${key:0:10}")" = 403
check "the access token is not a feed key" test "$(feed_code "$BASE/goals.ics?key=$TOKEN")" = 403
check "the feed cannot be written to" test "$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/goals.ics?key=$key")" = 405

check "a new address" test "$(status -X POST --data-urlencode "csrf=$token" -d action=new "$BASE/goals/calendar")" = 303
new=$(key_of)
check "is a different one" test "$new" != "$key"
check "the old address stops working" test "$(feed_code "$BASE/goals.ics?key=$key")" = 403
check "the new one works" test "$(feed_code "$BASE/goals.ics?key=$new")" = 200
check "an unknown choice: 400" test "$(status -X POST --data-urlencode "csrf=$token" -d action=maybe "$BASE/goals/calendar")" = 400

echo "# locked: the feed rests, and says so kindly"
check "Lock" test "$(status -X POST --data-urlencode "csrf=$token" "$BASE/lock")" = 303
check "locked: the feed answers 423" test "$(feed_code "$BASE/goals.ics?key=$new")" = 423
check "locked: with a kind word" grep -q "Waymark is locked just now" "$T/feed"
check "locked: and no calendar" test "$(grep -c -e VCALENDAR -e 'Cook 2' "$T/feed")" = 0
check "locked: a wrong key is still just refused" test "$(feed_code "$BASE/goals.ics?key=$(other "$new")")" = 403
unlock
check "unlocked again: the feed is back" test "$(feed_code "$BASE/goals.ics?key=$new")" = 200

echo "# a calendar checking in does not keep the vault from locking itself"
check "lock after 5 (test) minutes" \
	test "$(status -X POST --data-urlencode "csrf=$token" -d autolock=5 "$BASE/settings")" = 303
for _ in 1 2 3 4 5 6 7; do
	last=$(feed_code "$BASE/goals.ics?key=$new")
	sleep 1
done
check "after that long with only the calendar asking, the feed rests" test "$last" = 423
unlock
token=$(csrf)
check "turning the address off" test "$(status -X POST --data-urlencode "csrf=$token" -d action=off "$BASE/goals/calendar")" = 303
check "off: the address no longer works" test "$(feed_code "$BASE/goals.ics?key=$new")" = 403
check "off: the page offers to make one again" contains "$(get /goals)" "Make a calendar address"
check "the feed secret is not in the page once off" lacks "$(get /goals)" "$new"
finish
