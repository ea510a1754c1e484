# Bad input gets a clear, kind message, exit 2, and nothing is written:
# not even an empty vault. The gentle SMART check, by contrast, never
# refuses: it saves and suggests.
. "$(dirname "$0")/lib.sh"
digest() { "$WAYMARK" export --json - 2>/dev/null | sha256sum | cut -c1-16; }

run goal new --title "Walk more" --deadline "next tuesdayish"
run goal new --title "Walk more" --target lots
run goal new --title "Walk more" --target 2
run goal new --title "Walk more" --target "2 per year"
run goal new --title "Walk more" --target "0 per week"
run goal new --title "Walk more" --target "500000 a day"
run goal new --title "Walk more" --deadline 2026-02-30
run goal new --title "Walk more" --deadline "31 June"
run goal new --target "2 per week"
run goal new --title "   "
run goal new --title $'two\nlines'
run goal new --title "Walk more" --bogus
run goal new --title "Walk more" extra words
run goal new
[ -e "$WAYMARK_VAULT" ] || echo "no vault was made by the bad goals"
run goal list
run due

echo "--- a goal to be wrong about"
"$WAYMARK" goal new --title "Walk to the park" --target "3 per week" --deadline "in 2 months" \
	--step "Find my shoes" --area health >/dev/null 2>&1
"$WAYMARK" goal new --title "Walk the dog" --deadline "in 1 month" --step "Buy a lead" >/dev/null
before=$(digest)
run goal show 99
run goal show swim
run goal show walk
run goal show 1 2
run goal show
run goal log 99
run goal log 1 --date 2026-03-15
run goal log 1 --date "last tuesday"
run goal log 1 --count 0
run goal log 1 --count lots
run goal log 1 "a note without --note"
run goal log 1 --note $'bell\a'
run goal reschedule 1 "next tuesdayish"
run goal reschedule 1 2026-03-01
run goal reschedule 1
run goal step done 1 5
run goal step done 1 one
run goal step add 1
run goal step add 1 "Tie laces" --by "someday"
run goal step frobnicate 1
run goal edit 1 --target lots
run goal edit 1 --title ""
run goal edit 1
run goal pause 2 3
run goal frobnicate
after=$(digest)
[ "$before" = "$after" ] && echo "nothing was written by any of them"

echo "--- the SMART check suggests, and saves anyway"
run goal new --title "Read every day" --deadline 2026-03-01 --target "10 a day"
"$WAYMARK" goal log 1 --date 2026-03-02 >/dev/null
"$WAYMARK" goal log 1 --date 2026-03-10 >/dev/null
run goal new --title "Walk to the shops" --area Health --target "4 walks per week" --deadline "in 3 months"
run goal new --title "Feel better"
run goal edit 7 --target "30 per day"
run goal edit 7 --target "once a week"
run goal list
