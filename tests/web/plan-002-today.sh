# The plan on Today: the daily maintenance list as checkboxes on the
# check-in (stored in the check-in, so the diary knows), kept through bad
# input and an edit; and a gentle "look over your plan" after a crisis
# check-in, which "I have looked over it" puts away.
. "$(dirname "$0")/lib.sh"
WAYMARK_TEST_NOW=2026-03-01T10:00:00 "$WAYMARK" plan edit daily --add "Take my tablets" \
	--add '<b>walk</b> & "stretch"' >/dev/null 2>&1
WAYMARK_TEST_NOW=2026-03-01T10:00:00 "$WAYMARK" plan edit safety.reasons --add "my cat Pip" >/dev/null
export WAYMARK_TEST_NOW=2026-03-14T09:30:00
start_server
login
token=$(csrf)
entry() { curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/checkins/$1"; }
post() { curl -s -b "$T/jar" -w '\n%{http_code}' -X POST "$BASE$1" --data-urlencode "csrf=$token" "${@:2}"; }

today=$(get /)
check "Today offers the daily list" contains "$today" '<legend>Your daily list</legend>'
check "each item is a checkbox to tick" contains "$today" '<input type="checkbox" name="done" id="done-1" value="Take my tablets">'
check "the items are escaped" contains "$today" 'value="&lt;b&gt;walk&lt;/b&gt; &amp; &quot;stretch&quot;"'
check "no raw markup from the plan" lacks "$today" '<b>walk</b>'
check "no review reminder yet" lacks "$today" "Look over your plan"

out=$(post /checkin -d mood=11 -d "done=Take my tablets" --data-urlencode "note=kept note")
check "bad input: 400" test "$(tail -1 <<<"$out")" = 400
check "bad input: the ticked box stays ticked" contains "$out" 'value="Take my tablets" checked>'
check "bad input: the other box stays unticked" contains "$out" 'value="&lt;b&gt;walk&lt;/b&gt; &amp; &quot;stretch&quot;">'
out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST --data-urlencode "csrf=$token" -d mood=6 -d "done=Take my tablets" "$BASE/checkin")
id=$(grep -o 'saved=[0-9]*' <<<"$out" | cut -d= -f2)
check "a check-in with a ticked item is saved" test -n "$id"
check "the check-in holds what was done" test "$(entry "$id" | jq -c .entry.done)" = '["take my tablets"]'
check "the entry page shows it" contains "$(get "/diary/$id")" '<dt>Done</dt><dd><ul class="done-list"><li>take my tablets</li>'
edit=$(get "/diary/$id/edit")
check "the edit form has it ticked" contains "$edit" 'value="Take my tablets" checked>'
out=$(post "/diary/$id/edit" -d mood=6 --data-urlencode 'done=<b>walk</b> & "stretch"' -d date=2026-03-14 -d time=09:30)
check "an edit can change what was done" test "$(entry "$id" | jq -c .entry.done)" = '["<b>walk</b> & \"stretch\""]'
out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST --data-urlencode "csrf=$token" -d "done=A short walk" "$BASE/checkin")
id2=$(grep -o 'saved=[0-9]*' <<<"$out" | cut -d= -f2)
check "ticking alone is enough for a check-in" test "$(entry "$id2" | jq -c .entry.done)" = '["a short walk"]'
check "something done that is not on the list shows ticked when editing" contains "$(get "/diary/$id2/edit")" 'value="a short walk" checked>'
check "the API takes done too" test "$(curl -s -H "Authorization: Bearer $TOKEN" -H "X-CSRF-Token: $token" -b "$T/jar" \
	-H 'Content-Type: application/json' -d '{"done": ["Tea, then a shower"]}' "$BASE/api/v1/checkins" | jq -c .entry.done)" = '["tea, then a shower"]'
check "the API refuses done that is not a list" test "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H "X-CSRF-Token: $token" -b "$T/jar" \
	-H 'Content-Type: application/json' -d '{"done": "walk"}' "$BASE/api/v1/checkins")" = 400

echo "# after a crisis check-in"
curl -s -o /dev/null -b "$T/jar" -X POST --data-urlencode "csrf=$token" -d mood=0 "$BASE/checkin"
today=$(get /)
check "Today suggests looking over the plan, gently" contains "$today" "You have been through a hard time lately."
check "with a way to the plan" contains "$today" '<a class="button" href="/plan">Look over your plan</a>'
out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST --data-urlencode "csrf=$token" -d back=today -d done=1 "$BASE/plan/review")
check "'I have looked over it' goes back to Today" contains "$out" "Location: /"$'\r'
check "and the suggestion is gone" lacks "$(get /)" "You have been through a hard time lately."
finish
