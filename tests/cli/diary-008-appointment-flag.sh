# Flagging a check-in "for my appointment": diary edit --flag / --unflag,
# shown in the list and in full, kept in JSON and through export/import;
# the flag alone is not something to save.
. "$(dirname "$0")/lib.sh"
"$WAYMARK" checkin --mood 4 --note "Ask about sleep, it keeps waking me at 4" >/dev/null 2>&1
"$WAYMARK" checkin --mood 6 --date 2026-03-13 >/dev/null
run diary edit 1 --flag
run diary show 1
run diary list
"$WAYMARK" diary show 1 --json | jq '{mood, note, for_appointment}'
run diary edit 2 --flag --mood 7
"$WAYMARK" export --json "$T/all.json" >/dev/null
jq '[.records[] | select(.kind == "checkin") | .data.for_appointment]' "$T/all.json"
WAYMARK_VAULT="$T/other.db" "$WAYMARK" import --json "$T/all.json" >/dev/null 2>&1
WAYMARK_VAULT="$T/other.db" "$WAYMARK" diary --json | jq '[.[] | .for_appointment]'
run diary edit 1 --unflag
"$WAYMARK" diary show 1 --json | jq .for_appointment
run diary edit 1 --flag --unflag
run diary edit 9 --flag
