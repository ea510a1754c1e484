# `goal ics FILE` writes an iCalendar file (built with libical) of every
# deadline and every dated step still to do, of active and paused goals:
# all-day events a calendar app can import. Done and dropped goals, and
# steps already done, are left out.
. "$(dirname "$0")/lib.sh"
add() { "$WAYMARK" goal new "$@" >/dev/null 2>&1 || echo "could not add: $*"; }
add --title "Cook 2 healthy meals a week" --deadline "in 6 months" --target "2 per week"
add --title "Learn to swim; then, maybe, dive" --deadline 2028-02-29
add --title "Write to Gran" --deadline "in 2 weeks"
add --title "Rest" --deadline "in 1 week"
add --title "Sort out my room"
"$WAYMARK" goal step add 5 "Clear the desk" --by 2026-03-20 >/dev/null
"$WAYMARK" goal step add 5 "Hoover" --by 2026-03-21 >/dev/null
"$WAYMARK" goal step add 5 "Someday, paint the door" >/dev/null
"$WAYMARK" goal step done 5 2 >/dev/null
"$WAYMARK" goal done 3 --had-reward >/dev/null
"$WAYMARK" goal pause 2 >/dev/null
"$WAYMARK" goal drop 4 >/dev/null
run goal ics "$T/goals.ics"
echo "events: $(grep -c '^BEGIN:VEVENT' "$T/goals.ics")"
grep -E '^(DTSTART|SUMMARY)' "$T/goals.ics" | tr -d '\r'
head -1 "$T/goals.ics" | od -c | head -1
echo "--- to standard output"
run goal ics - | tr -d '\r' | grep -E '^(BEGIN|END|VERSION|PRODID|X-WR-CALNAME|UID)' | sed 's/^UID:[0-9a-f]*-/UID:<goal uid>-/'
echo "--- bad"
run goal ics
run goal ics "$T/no-such-folder/goals.ics"
