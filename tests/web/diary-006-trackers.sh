# The person's own trackers on the Today form: shown, saved, checked, kept.
. "$(dirname "$0")/lib.sh"
"$WAYMARK" tracker add Energy --scale 1-5 >/dev/null 2>&1
"$WAYMARK" tracker add "Took my medication" --yes-no >/dev/null
"$WAYMARK" tracker add Exercise --count --unit minutes >/dev/null
"$WAYMARK" tracker add Old --yes-no >/dev/null
"$WAYMARK" tracker retire Old >/dev/null
start_server
login
token=$(csrf)
body=$(get /)
check "Today asks for a scale tracker as choices" contains "$body" 'name="track-energy" id="track-energy-5"'
check "Today asks yes or no" contains "$body" 'id="track-took-my-medication-yes"'
check "Today asks for a count in a number box" contains "$body" 'type="number" inputmode="numeric" id="track-exercise"'
check "a retired tracker is not asked for" lacks "$body" 'track-old'
post() { curl -s -b "$T/jar" -w '\n%{http_code}' -X POST "$BASE$1" --data-urlencode "csrf=$token" "${@:2}"; }
out=$(post /checkin -d track-energy=4 -d track-took-my-medication=yes -d track-exercise=25 -d date=2026-01-02 -d time=09:00)
check "a check-in of trackers alone is saved" test "$(tail -1 <<<"$out")" = 303
check "the values arrived" test "$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/checkins/5" | jq -c .entry.track)" = '{"energy":4,"exercise":25,"took-my-medication":1}'
out=$(post /checkin -d track-exercise=-3 --data-urlencode "note=keep this" -d date=2026-01-02 -d time=09:00)
check "a bad count: 400 beside its field" contains "$out" 'id="track-exercise-error"'
check "a bad count: the note is kept" contains "$out" 'keep this'
check "a bad count: the bad value is kept" contains "$out" 'value="-3"'
body=$(get /diary/5)
check "the entry page names the tracker" contains "$body" '<dt>Exercise</dt><dd>25 minutes</dd>'
out=$(post /diary/5/edit -d track-energy=2 -d date=2026-01-02 -d time=09:00)
check "edit: clearing a tracker and changing another" test "$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/checkins/5" | jq -c .entry.track)" = '{"energy":2}'
finish
