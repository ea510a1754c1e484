# Listing, editing, searching and deleting.
. "$(dirname "$0")/lib.sh"
"$WAYMARK" checkin --mood 4 --tag work --note "Busy day at work" >/dev/null 2>&1
"$WAYMARK" checkin --mood 7 --tag walk,park --coped "a walk in the park" --helped a-little >/dev/null
"$WAYMARK" checkin --mood 5 --date 2026-03-13 --with "Alex, Sam" --note "Lunch with friends" >/dev/null
run diary list --from 2026-03-14
run diary search park
run diary search WORK busy
run diary search nothing-like-this
run diary edit 2 --mood 8 --tag walk --note "Sun came out"
run diary show 2
run diary edit 2 --note "" --coped "" --helped ""
run diary show 2
run diary edit 3 --date 2026-03-10 --time 13:00
json diary show 3 --json
run diary delete 1
run diary delete 1 --yes
run diary show 1
run diary
