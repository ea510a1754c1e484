# Rescheduling costs nothing, and a goal can be paused, resumed, let go
# and brought back. The list groups goals as active, paused, done and
# dropped. No "failed", "overdue" or red anywhere.
. "$(dirname "$0")/lib.sh"
"$WAYMARK" goal new --title "Learn to swim" --deadline 2026-03-01 --step "Find a pool" \
	--if-missed "Be kind to myself and pick a new date" >/dev/null 2>&1
"$WAYMARK" goal new --title "Walk to the park" --target "3 per week" --deadline "in 2 months" >/dev/null
"$WAYMARK" goal new --title "Write to Gran" --deadline "in 2 weeks" >/dev/null
"$WAYMARK" goal new --title "Cook on Sundays" --target "1 per week" >/dev/null
run goal show 1
run goal list

echo "--- a new date for a deadline that passed"
run goal reschedule 1 in 3 months
run goal show 1
run goal reschedule swim "14 December 2026"

echo "--- pause, resume, drop"
run goal pause 2
run goal pause 2
run goal reschedule 2 2026-06-01
run goal resume 2
run goal resume 2
run goal drop 3
run goal pause 3
run goal done 4 --not-yet
run goal drop 4
run goal list
run goal resume 3
run goal list
json goal list --json
