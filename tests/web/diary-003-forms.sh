# Forms: bad input comes back with the message beside the field and every
# word still there, with nothing written; good input is saved; edit,
# delete and undo work without JavaScript.
. "$(dirname "$0")/lib.sh"
"$WAYMARK" vault init >/dev/null
start_server
login
token=$(csrf)
post() { curl -s -b "$T/jar" -w '\n%{http_code}' -X POST "$BASE$1" --data-urlencode "csrf=$token" "${@:2}"; }

out=$(post /checkin -d mood=11 --data-urlencode "note=my own words, kept" -d date=2026-01-02 -d time=09:00)
check "mood 11: 400" test "$(tail -1 <<<"$out")" = 400
check "mood 11: the message is beside the field" contains "$out" 'id="mood-error"'
check "mood 11: the note is still in the form" contains "$out" 'my own words, kept'
check "mood 11: nothing written" test "$(entries)" = 0

out=$(post /checkin -d mood=5 -d date=2026-02-30 -d time=09:00 --data-urlencode "win=made tea")
check "30 February: 400 naming the date" contains "$out" 'id="date-error"'
check "30 February: the win is still there" contains "$out" 'value="made tea"'
out=$(post /checkin -d mood=5 -d date=2026-01-02 -d time=25:99)
check "time 25:99: 400 naming the time" contains "$out" 'id="time-error"'
out=$(post /checkin -d bed=23:00 -d date=2026-01-02 -d time=09:00)
check "bed time without wake time: 400 naming sleep" contains "$out" 'id="slept-error"'
out=$(post /checkin -d company=with -d date=2026-01-02 -d time=09:00)
check "with someone but no names: 400" contains "$out" 'id="with-error"'
out=$(post /checkin -d helped=a-lot -d date=2026-01-02 -d time=09:00)
check "helped without coped: 400" contains "$out" 'id="coped-error"'
out=$(post /checkin -d date=2026-01-02 -d time=09:00)
check "an empty check-in: 400" test "$(tail -1 <<<"$out")" = 400
check "none of those wrote anything" test "$(entries)" = 0

out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST "$BASE/checkin" --data-urlencode "csrf=$token" \
	-d mood=6 -d bed=23:30 -d wake=07:10 -d quality=4 -d company=with --data-urlencode "with=Sam, Alex" \
	--data-urlencode "coped=a walk" -d helped=a-lot --data-urlencode "tags=Work, rain" \
	--data-urlencode $'note=line one\nline two' -d date=2026-01-02 -d time=09:00)
check "a full check-in is saved (303 to Today)" contains "$out" "Location: /?saved=1"
json=$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/checkins/1")
check "every field arrived" test "$(jq -c '.entry | [.mood, .sleep.bed, .sleep.wake, .sleep.quality, .with, .coped, .helped, .tags, .note, .date, .time]' <<<"$json")" \
	= '[6,"23:30","07:10",4,["Sam","Alex"],"a walk","a-lot",["work","rain"],"line one\nline two","2026-01-02","09:00"]'
check "Today then says it was saved" contains "$(get '/?saved=1')" "Saved. Thank you for checking in."

out=$(post /diary/1/edit -d mood=7 --data-urlencode "note=changed" -d date=2026-01-02 -d time=09:00)
check "edit: saved and back to the entry" test "$(tail -1 <<<"$out")" = 303
check "edit: mood and note changed" test "$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/checkins/1" | jq -c '[.entry.mood, .entry.note, .entry.with]')" = '[7,"changed",null]'
out=$(post /diary/1/edit -d mood=abc --data-urlencode "note=keep me" -d date=2026-01-02 -d time=09:00)
check "edit with bad input: 400 and the typing kept" contains "$out" "keep me"
check "edit with bad input changed nothing" test "$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/checkins/1" | jq -r .entry.note)" = changed

out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST "$BASE/diary/1/delete" --data-urlencode "csrf=$token")
check "delete: goes to the diary with an undo" contains "$out" "Location: /diary?deleted=1"
check "delete: the entry is gone from the diary" test "$(entries)" = 0
check "delete: the diary offers Undo" contains "$(get '/diary?deleted=1')" 'action="/diary/1/undo"'
check "undo: brings it back" test "$(status -X POST --data-urlencode "csrf=$token" "$BASE/diary/1/undo")" = 303
check "undo: the entry is back" test "$(entries)" = 1
check "an entry that does not exist: 404" test "$(status "$BASE/diary/99")" = 404
finish
