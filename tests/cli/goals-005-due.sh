# `waymark due`: what is due today and in the rest of this week, short
# enough for a login script, always exit 0. The clock is Saturday 14 March
# 2026, so this week ends tomorrow, Sunday 15 March.
. "$(dirname "$0")/lib.sh"
echo "--- no vault at all"
run due
[ -e "$WAYMARK_VAULT" ] || echo "no vault was made"
add() { "$WAYMARK" goal new "$@" >/dev/null 2>&1 || echo "could not add: $*"; }
add --title "Hand in the form" --deadline today
add --title "Phone my sister" --deadline tomorrow
add --title "Learn to swim" --deadline 2026-03-01
add --title "Take my tablets" --target "once a day"
add --title "Walk to the park" --target "3 walks per week" --deadline "in 2 months"
add --title "See a friend" --target "4 per month"
add --title "Sort out my room" --step "Bags for the charity shop" --deadline "in 1 month"
add --title "Resting goal" --deadline today
"$WAYMARK" goal step add 7 "Clear the desk" --by 2026-03-12 >/dev/null
"$WAYMARK" goal step add 7 "Hoover" --by today >/dev/null
"$WAYMARK" goal step add 7 "Put up a shelf" --by tomorrow >/dev/null
"$WAYMARK" goal step add 7 "Paint the door" --by "in 2 weeks" >/dev/null
"$WAYMARK" goal log 5 --date 2026-03-10 >/dev/null
"$WAYMARK" goal pause 8 >/dev/null
run due
json due --json

echo "--- once things are done, they are no longer due"
"$WAYMARK" goal log 4 >/dev/null
"$WAYMARK" goal log 5 --count 2 >/dev/null
"$WAYMARK" goal step done 7 2 >/dev/null
"$WAYMARK" goal done 1 --had-reward >/dev/null
"$WAYMARK" goal reschedule 3 "in 3 weeks" >/dev/null
run due

echo "--- on Monday, the whole week is ahead"
WAYMARK_TEST_NOW=2026-03-16T08:00:00 run due

echo "--- every goal finished or put aside: nothing due"
for g in 2 3 4 5 6 7; do "$WAYMARK" goal drop "$g" >/dev/null; done
run due
