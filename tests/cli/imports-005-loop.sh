# Loop Habit Tracker: its "Export as CSV" ZIP (Habits.csv, Checkmarks.csv
# with Loop's codes and trailing commas, Scores.csv, a folder a habit with
# the notes on single days), or Checkmarks.csv alone. Habits become the
# person's own trackers; a tracker they have already, of another kind,
# stops the import with nothing written. Synthetic files, made here in the
# shapes of the real ones in ../shared/fixtures/imports/loop-habit-tracker.
. "$(dirname "$0")/lib.sh"
mkdir -p loop/"001 Meditate" loop/"002 Wake up early" loop/"003 Walk"
cat >loop/Habits.csv <<'CSV'
Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,Color,Unit,Target Type,Target Value,Archived?
001,Meditate,YES_NO,Did you meditate?,,1,1,#FF8F00,,,,false
002,Wake up early,YES_NO,"Up before 7, really?",,2,3,#00897B,,,,true
003,Walk,NUMERICAL,How far did you walk?,,1,1,#00897B,km,AT_LEAST,2,false
CSV
cat >loop/Checkmarks.csv <<'CSV'
Date,Meditate,Wake up early,Walk,
2026-03-06,-1,-1,-1,
2026-03-05,0,0,0,
2026-03-04,2,0,2500,
2026-03-03,0,1,0,
2026-03-02,0,3,3000,
2026-03-01,2,2,-1,
CSV
printf 'Date,Meditate,Wake up early,Walk,\n2026-03-06,0.0000,0.1000,0.0000,\n' >loop/Scores.csv
printf 'Date,Value,Notes\n2026-03-04,YES_MANUAL,"Felt calmer, really"\n2026-03-03,NO,Sick\n' >"loop/001 Meditate/Checkmarks.csv"
printf 'Date,Value,Notes\n' >"loop/002 Wake up early/Checkmarks.csv"
printf 'Date,Value,Notes\n2026-03-04,2500,"""Round the park"""\n' >"loop/003 Walk/Checkmarks.csv"
(cd loop && zip -qr "../Loop Habits CSV 2026-03-06.zip" .)
Z="Loop Habits CSV 2026-03-06.zip"

echo "# first the report alone"
run import loop "$Z" --dry-run
echo "vault: $(count) check-ins"
echo "# then for real"
run import loop "$Z"
"$WAYMARK" diary --json | jq -c '.[] | [.date, .time, .mood, .track, .note]'
run diary
run tracker list --all
echo "# the same file again adds nothing"
run import loop "$Z"
echo "vault: $(count) check-ins"

echo "# Checkmarks.csv alone: counts are worked out from the numbers"
rm -f "$WAYMARK_VAULT"*
run import loop loop/Checkmarks.csv
run tracker list --all

echo "# a tracker of another kind with the same name: nothing is written"
rm -f "$WAYMARK_VAULT"*
"$WAYMARK" tracker add walk --yes-no >/dev/null 2>&1
run import loop "$Z"
echo "vault: $(count) check-ins"
run tracker list --all

echo "# files that are not a whole export"
rm -f "$WAYMARK_VAULT"*
run import loop loop/Habits.csv
run import loop "loop/001 Meditate/Checkmarks.csv"
run import loop loop/Scores.csv
(cd loop && zip -q ../no-habits.zip Checkmarks.csv)
run import loop no-habits.zip
echo "vault: $(count)"

echo "# names with a comma and a quote, which Loop writes unquoted: from Habits.csv"
mkdir -p odd
printf 'Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,Color,Unit,Target Type,Target Value,Archived?\n001,"Read, 20 min",YES_NO,,,1,1,#FF8F00,,,,false\n002,"Read ""Dune""",YES_NO,,,1,1,#FF8F00,,,,false\n' >odd/Habits.csv
printf 'Date,Read, 20 min,Read "Dune",\n2026-03-02,2,0,\n2026-03-01,0,2,\n' >odd/Checkmarks.csv
(cd odd && zip -qr ../odd.zip .)
rm -f "$WAYMARK_VAULT"*
run import loop odd.zip --dry-run
run import loop odd/Checkmarks.csv

echo "# the whole export zipped again inside its folder: the notes still come"
mkdir -p again && cp -r loop "again/Loop Habits CSV 2026-03-06"
(cd again && zip -qr ../again.zip .)
"$WAYMARK" import loop again.zip 2>&1 | grep -E "^Brought in|notes you wrote|other file"
"$WAYMARK" diary --json | jq -c '[.[] | select(.note)] | length'

echo "# a tracker renamed since is not matched by its old key"
rm -f "$WAYMARK_VAULT"*
"$WAYMARK" tracker add Walk --count >/dev/null 2>&1
"$WAYMARK" tracker rename Walk Stroll >/dev/null
"$WAYMARK" import loop "$Z" >/dev/null 2>&1
run tracker list --all

echo "# more trackers than Waymark keeps: nothing written, and it says why"
rm -f "$WAYMARK_VAULT"*
{
	printf 'Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,Color,Unit,Target Type,Target Value,Archived?\n'
	for i in $(seq 1 41); do printf '%03d,Habit %d,YES_NO,,,1,1,#FF8F00,,,,false\n' "$i" "$i"; done
} >many-Habits.csv
{
	printf 'Date,'; for i in $(seq 1 41); do printf 'Habit %d,' "$i"; done; printf '\n'
	printf '2026-03-01,'; for i in $(seq 1 41); do printf '2,'; done; printf '\n'
} >many-Checkmarks.csv
mkdir -p many && cp many-Habits.csv many/Habits.csv && cp many-Checkmarks.csv many/Checkmarks.csv
(cd many && zip -qr ../many.zip .)
"$WAYMARK" import loop many.zip 2>&1 | tail -2
echo "vault: $(count) check-ins, $("$WAYMARK" tracker list --all 2>/dev/null | grep -c 'Habit') trackers"
