# The wellness and crisis plan: edit parts with options or line by line,
# show them back; triggers are stored exactly as check-in tags are.
. "$(dirname "$0")/lib.sh"
run plan
run plan edit toolbox --add "a walk by the canal" --add "ringing Sam" --add "music"
run plan edit triggers --add "#Money   Worries" --add Arguments
run plan edit triggers --add "money worries"
run plan edit triggers.actions --add "talk it through with Sam before deciding anything"
printf -- '- sertraline 100mg in the morning\n\n- no penicillin: I am allergic\n' >"$T/meds.txt"
run plan edit crisis.medicines --set-file "$T/meds.txt"
run plan edit toolbox --remove 2 --add "a long bath"
echo "--- line by line (as on a terminal)"
printf 'my chest gets tight and I stop answering messages\n\na cold shower\nthe breathing app\n-1\nthe breathing app, then a cold shower\n\n\nSam 07700 900123\n' |
	run plan edit safety --ask
run plan show
run plan show safety
json plan show triggers --json
echo "--- the plan's triggers and a check-in's tags are the same strings"
"$WAYMARK" checkin --mood 4 --tag "money worries, rain" >/dev/null
"$WAYMARK" plan show triggers --json | jq -c '.lists[0].items'
"$WAYMARK" diary --json | jq -c '.[0].tags'
echo "--- reviews"
run plan review
run plan review --every 6 --done
WAYMARK_TEST_NOW=2026-09-14T10:00:00 run plan show when-well
WAYMARK_TEST_NOW=2026-09-14T10:00:00 "$WAYMARK" plan show | head -4
