# A check-in given entirely as options, then read back.
. "$(dirname "$0")/lib.sh"
run checkin --mood 6 --slept 23:30-07:10 --quality 4 --before "a phone call from work" \
	--with Sam --coped "a walk" --helped a-lot --tag work,rain --tag "Long Walk" \
	--note "Felt calmer after the walk" --win "Made breakfast"
run checkin --mood 3 --date 2026-03-12 --time 21:15 --alone --note "Quiet evening"
run checkin --note "Just a note, no mood"
run diary
run diary show 1
json diary show 1 --json
json diary --json --limit 1
