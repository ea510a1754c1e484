# The "for my appointment" flag on the entry page: a form (no JavaScript)
# that sets and takes off the flag, shown on the entry and in the diary;
# a POST without the CSRF token or with a strange value changes nothing.
. "$(dirname "$0")/lib.sh"
export WAYMARK_TEST_NOW=2026-03-14T09:30:00
"$WAYMARK" vault init >/dev/null
"$WAYMARK" checkin --mood 4 --note "<b>ask</b> about sleep" >/dev/null
start_server
login
token=$(csrf)
flagged() { curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/checkins/1" | jq -c '.entry.for_appointment'; }

page=$(get /diary/1)
check "the entry offers the flag" contains "$page" 'action="/diary/1/flag"'
check "the button says what it does" contains "$page" "Flag for my appointment"
check "the note is escaped" contains "$page" "&lt;b&gt;ask&lt;/b&gt;"

code=$(curl -s -o /dev/null -w '%{http_code}' -b "$T/jar" -X POST "$BASE/diary/1/flag" -d flag=1)
check "without the CSRF token: 403" test "$code" = 403
check "without the CSRF token: not flagged" test "$(flagged)" = null
out=$(curl -s -w '\n%{http_code}' -b "$T/jar" -X POST "$BASE/diary/1/flag" -d "csrf=$token" -d flag=maybe)
check "a strange value: 400" test "$(tail -1 <<<"$out")" = 400
check "a strange value: not flagged" test "$(flagged)" = null

out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST "$BASE/diary/1/flag" -d "csrf=$token" -d flag=1)
check "flagging goes back to the entry" contains "$out" "Location: /diary/1?flagged=1"
check "flagged" test "$(flagged)" = true
page=$(get '/diary/1?flagged=1')
check "the entry says so" contains "$page" "Flagged for your appointment"
check "the entry offers to take it off" contains "$page" "Take off the appointment flag"
check "the diary shows it" contains "$(get /diary)" 'class="flagged"'
check "nothing else changed" test "$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/checkins/1" | jq -c '[.entry.mood, .entry.note]')" = '[4,"<b>ask</b> about sleep"]'

curl -s -o /dev/null -b "$T/jar" -X POST "$BASE/diary/1/flag" -d "csrf=$token" -d flag=0
check "unflagged" test "$(flagged)" = null
check "the API can flag too" test "$(curl -s -X PATCH -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
	-d '{"for_appointment": true}' "$BASE/api/v1/checkins/1" | jq -c .entry.for_appointment)" = true
finish
