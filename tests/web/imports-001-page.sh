# The /import page: choose a file (multipart upload), see the report, change
# a mood, keep what was typed when a number is wrong, bring the entries in,
# and find that a second time adds nothing. Hostile text stays text, and a
# POST without the CSRF token changes nothing. Synthetic files only.
D=$(cd "$(dirname "$0")/../data/imports" && pwd)
. "$(dirname "$0")/lib.sh"
export WAYMARK_TEST_NOW=2026-03-14T09:30:00
"$WAYMARK" vault init >/dev/null
start_server
login
token=$(csrf)
up() { curl -s -b "$T/jar" -w '\n%{http_code}' -X POST "$BASE/import" -F "csrf=$token" "$@"; }

page=$(get /import)
check "the page offers the apps" contains "$page" 'value="imoodjournal"'
check "the form sends files" contains "$page" 'enctype="multipart/form-data"'

out=$(up -F app=daylio -F action=preview -F "file=@$D/daylio-synthetic.csv")
check "preview: 200" test "$(tail -1 <<<"$out")" = 200
check "preview: counts" contains "$out" "<li>6 check-ins, from 2026-01-31 to 2026-02-03</li>"
check "preview: a custom mood has a box" contains "$out" 'name="label-4" value="ok but sleepy"'
check "preview: what is left out is said" contains "$out" "row 7 has 6 fields where 8 were expected"
check "preview: hostile-looking text is escaped" contains "$out" "&#39;a very long activity name"
check "preview: wrote nothing" test "$(entries)" = 0
data=$(grep -o 'name="data" value="[^"]*"' <<<"$out" | sed 's/.*value="//; s/"$//')

out=$(up -F app=daylio -F action=import -F "data=$data" -F filename=daylio-synthetic.csv \
	-F "label-3=Calm [-]" -F "mood-3=6" -F "label-4=ok but sleepy" -F "mood-4=12")
check "a mood of 12: 400" test "$(tail -1 <<<"$out")" = 400
check "a mood of 12: the message is beside it" contains "$out" 'id="mood-4-error"'
check "a mood of 12: the other typed number is kept" contains "$out" 'name="mood-3" value="6"'
check "a mood of 12: the 12 is kept" contains "$out" 'name="mood-4" value="12"'
check "a mood of 12: wrote nothing" test "$(entries)" = 0

out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST "$BASE/import" -F "csrf=$token" -F app=daylio \
	-F action=import -F "data=$data" -F filename=daylio-synthetic.csv -F "label-4=ok but sleepy" -F "mood-4=4")
check "bring them in: 303 with the counts" contains "$out" "Location: /import?added=6&already=0"
check "six check-ins" test "$(entries)" = 6
check "the chosen mood was used" test "$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/checkins" | jq '[.entries[] | select(.mood == 4)] | length')" = 2
check "the page says what happened" contains "$(get '/import?added=6&already=0')" "Already here and left as they were: 0"
out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST "$BASE/import" -F "csrf=$token" -F app=daylio \
	-F action=import -F "file=@$D/daylio-synthetic.csv")
check "again: nothing added" contains "$out" "Location: /import?added=0&already=6"
check "again: still six" test "$(entries)" = 6

out=$(up -F app=daylio -F action=preview)
check "no file: 400 with a message" contains "$out" "please choose the file to bring in"
printf 'name,age\n<script>alert(1)</script>,30\n' >"$T/bad.csv"
out=$(up -F app=daylio -F action=preview -F "file=@$T/bad.csv")
check "a file that is not an export: 400" test "$(tail -1 <<<"$out")" = 400
check "a file that is not an export: says why" contains "$out" "this does not look like a Daylio export"
printf 'full_date,date,weekday,time,mood,activities,note_title,note\n2026-01-01,1 January,Thursday,10:00,<script>x</script>,"<img src=x>","",""\n' >"$T/hostile.csv"
out=$(up -F app=daylio -F action=preview -F "file=@$T/hostile.csv")
check "hostile mood names are escaped" contains "$out" "&lt;script&gt;x&lt;/script&gt;"
check "no raw script from the file" lacks "$out" "<script>x"
out=$(curl -s -o /dev/null -w '%{http_code}' -b "$T/jar" -X POST "$BASE/import" -F app=daylio -F action=import -F "file=@$D/daylio-synthetic.csv")
check "without the CSRF token: 403" test "$out" = 403
check "still six after all that" test "$(entries)" = 6

# Loop Habit Tracker: a ZIP upload; its habits become trackers
check "the page offers Loop" contains "$page" 'value="loop"'
mkdir -p "$T/loop/001 Read"
printf 'Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,Color,Unit,Target Type,Target Value,Archived?\n001,Read,YES_NO,Did you read?,,1,1,#FF8F00,,,,false\n002,Steps,NUMERICAL,Steps?,,1,1,#00897B,steps,AT_LEAST,5000,false\n' >"$T/loop/Habits.csv"
printf 'Date,Read,Steps,\n2026-03-02,2,6500000,\n2026-03-01,0,0,\n' >"$T/loop/Checkmarks.csv"
printf 'Date,Value,Notes\n2026-03-02,YES_MANUAL,"<b>Good book</b>"\n' >"$T/loop/001 Read/Checkmarks.csv"
(cd "$T/loop" && zip -qr ../loop.zip .)
out=$(up -F app=loop -F action=preview -F "file=@$T/loop.zip")
check "Loop preview: 200" test "$(tail -1 <<<"$out")" = 200
check "Loop preview: the habits become trackers" contains "$out" "Read (yes or no), Steps (a count)"
check "Loop preview: the note is counted" contains "$out" "1 note you wrote"
check "Loop preview: wrote nothing" test "$(entries)" = 6
out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST "$BASE/import" -F "csrf=$token" -F app=loop \
	-F action=import -F "file=@$T/loop.zip")
check "Loop: one check-in brought in" contains "$out" "Location: /import?added=1&already=0"
got=$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/checkins" | jq -c '.entries[] | select(.date == "2026-03-02") | [.track, .note]')
check "Loop: the values and the note" test "$got" = '[{"read":1,"steps":6500},"Read: <b>Good book</b>"]'
page=$(get /diary)
check "Loop: the note is text on the diary page" contains "$page" "&lt;b&gt;Good book&lt;/b&gt;"
finish
