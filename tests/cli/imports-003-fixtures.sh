# Every real export in ../shared/fixtures/imports, read in place. These are
# people's real diaries: this test prints only counts, dates, mood numbers
# and tag counts, never their words. For each file: check-ins brought in,
# how many have a mood, rows left out, the first (newest) entry's date,
# time and mood and its tag count; then a second import adds nothing.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
F="$ROOT/../shared/fixtures/imports"
. "$(dirname "$0")/lib.sh"
# some fixtures are from 2026, after the usual test clock
export WAYMARK_TEST_NOW=2026-12-01T09:30:00
if [ ! -d "$F" ]; then echo "the fixtures are missing: $F"; exit 1; fi

one() { # APP FILE [OPTIONS...]: one fresh vault per file
	local app=$1 file=$2 name out rc
	shift 2
	name=$(basename "$file")
	rm -f "$WAYMARK_VAULT"*
	out=$("$WAYMARK" import "$app" "$file" "$@" 2>&1)
	rc=$?
	printf '%s (%s): exit %d, %s' "$name" "$app" "$rc" \
		"$(grep -oE '^Brought in [0-9]+ check-ins?' <<<"$out" | grep -oE '[0-9]+') brought in, "
	printf '%s left out; ' "$(sed -n '/^Not brought in/,/^$/p' <<<"$out" | grep -cE '^  - (row|the entry on row|entry|day) ')"
	"$WAYMARK" diary --json 2>/dev/null | jq -r '"\(length) stored, \(map(select(.mood != null)) | length) with a mood, \(map(.tags // [] | length) | add) tags; newest \(.[0].date) \(.[0].time) mood \(.[0].mood) with \(.[0].tags // [] | length) tags"'
	out=$("$WAYMARK" import "$app" "$file" "$@" 2>&1)
	echo "  again: $(grep -oE '^Brought in .*' <<<"$out" | sed -E 's/were already here.*/already here/')"
}

for f in "$F"/daylio/*.csv; do one daylio "$f"; done
# the CRLF original of one export
sed 's/$/\r/' "$F/daylio/staticf0x__daylio-parser__test_data.csv" >crlf.csv
one daylio crlf.csv
# the .daylio backup: a zip holding the base64 of the JSON
base64 "$F/daylio-backup-json/Guekka__DaylioBackupTools__english.json" >backup.daylio
zip -q english.daylio backup.daylio
one daylio english.daylio
one daylio "$F/daylio-backup-json/Guekka__DaylioBackupTools__english.json"
one bearable "$F"/bearable/*.csv
for f in "$F"/pixels/*.json; do one pixels "$f"; done
one imoodjournal "$F"/imoodjournal/*.csv
# the mood mapping on a real file: its custom moods given numbers
one daylio "$F/daylio/CampbellMG__MiniMoods__issue-3-comment__sample-8col.csv" --mood irritable=3 --mood ok=5
# Loop Habit Tracker: each export's files zipped as Loop's "Export as CSV"
# does, and the top Checkmarks.csv alone; then how many trackers were made
# and how many values and notes the check-ins hold
L="$F/loop-habit-tracker"
loop_counts() {
	echo "  $("$WAYMARK" tracker list --all 2>/dev/null | grep -c .) trackers ($("$WAYMARK" tracker list --all 2>/dev/null | grep -c 'a count') counts), $("$WAYMARK" diary --json 2>/dev/null | jq '[.[] | .track // {} | length] | add') values, $("$WAYMARK" diary --json 2>/dev/null | jq '[.[] | select(.note)] | length') with a note"
}
mkdir -p iso/"001 Meditate" iso/"002 Wake up early" rah
cp "$L/iSoron__uhabits__csv_export__Habits.csv" iso/Habits.csv
cp "$L/iSoron__uhabits__csv_export__Checkmarks.csv" iso/Checkmarks.csv
cp "$L/iSoron__uhabits__csv_export__Scores.csv" iso/Scores.csv
cp "$L/iSoron__uhabits__csv_export__001_Meditate__Checkmarks.csv" "iso/001 Meditate/Checkmarks.csv"
cp "$L/iSoron__uhabits__csv_export__002_Wake_up_early__Checkmarks.csv" "iso/002 Wake up early/Checkmarks.csv"
cp "$L/iSoron__uhabits__csv_export__002_Wake_up_early__Scores.csv" "iso/002 Wake up early/Scores.csv"
(cd iso && zip -qr ../uhabits.zip .)
cp "$L/rahullath__meshOlake__Habits.csv" rah/Habits.csv
cp "$L/rahullath__meshOlake__Checkmarks.csv" rah/Checkmarks.csv
(cd rah && zip -qr ../meshOlake.zip .)
one loop uhabits.zip
loop_counts
one loop meshOlake.zip
loop_counts
one loop "$L/iSoron__uhabits__csv_export__Checkmarks.csv"
loop_counts
one loop "$L/rahullath__meshOlake__Checkmarks.csv"
loop_counts
# the other files of an export, each alone, are refused kindly
for f in Habits.csv Scores.csv 001_Meditate__Checkmarks.csv 002_Wake_up_early__Checkmarks.csv 002_Wake_up_early__Scores.csv; do
	"$WAYMARK" import loop "$L/iSoron__uhabits__csv_export__$f" >/dev/null 2>&1
	echo "$f alone: exit $?"
done
"$WAYMARK" import loop "$L/rahullath__meshOlake__Habits.csv" >/dev/null 2>&1
echo "meshOlake Habits.csv alone: exit $?"
