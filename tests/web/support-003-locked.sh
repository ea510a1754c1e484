# A locked vault keeps its safety plan to itself: the Support page and
# its crisis box still show 999 and the lines open now, and say where the
# person's own steps are.
. "$(dirname "$0")/lib.sh"
export WAYMARK_TEST_NOW=2026-03-14T09:30:00
printf 'a long passphrase\n' >"$T/pass"
WAYMARK_PASSPHRASE_FILE="$T/pass" "$WAYMARK" vault init --passphrase >/dev/null
WAYMARK_PASSPHRASE_FILE="$T/pass" "$WAYMARK" plan edit safety.reasons --add "my sister" >/dev/null
start_server
login
body=$(get /help)
check "locked: the Support page opens" test "$(status "$BASE/help")" = 200
check "locked: the plan's words stay locked away" lacks "$body" "my sister"
check "locked: it says the plan is in the locked diary, with a way in" contains "$body" 'it is in your locked diary. <a href="/unlock">'
check "locked: 999 and the lines open now are there" contains "$body" 'href="tel:116123"'
check "locked: the plan pages send you to unlock" test "$(status "$BASE/plan")" = 303
check "locked: the people pages send you to unlock" test "$(status "$BASE/people")" = 303
token=$(get /unlock | grep -o 'name="csrf" value="[0-9a-f]*"' | sed 's/.*value="\([0-9a-f]*\)"/\1/')
curl -s -o /dev/null -b "$T/jar" -X POST --data-urlencode "csrf=$token" \
	--data-urlencode "passphrase=a long passphrase" "$BASE/unlock"
check "unlocked: the box shows the person's own steps" contains "$(get /help)" "My reasons for living: my sister"
finish
