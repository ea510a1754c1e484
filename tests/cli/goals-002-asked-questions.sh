# `goal new` asks the plan's questions in the seed's order, one at a time
# (--ask reads the answers from a pipe; goals-009 uses a real terminal).
# Bad answers are explained and asked again, Enter skips, steps are asked
# until an empty line, and the gentle SMART check offers a change before
# saving but never refuses.
. "$(dirname "$0")/lib.sh"
printf '%s\n' \
	"" "Walk to the park and back" \
	"Fresh air helps my mood" \
	"" \
	"Shoes by the door" \
	"next tuesdayish" "in 2 weeks" \
	"I want to make it a habit" \
	"Walk to the end of the road" "Walk to the park gate" "" \
	"lots" "3 a week" \
	"A film night" \
	"Start again, gently" \
	"health" \
	| run goal new --ask
run goal show 1

echo "--- no deadline and nothing to count: offered a change, and taken up"
printf '%s\n' "Tidy the kitchen" "" "" "" "" "" "" "" "" "" \
	y "tomorrow" \
	y "" "Clear the table" "" \
	| run goal new --ask
run goal show 2

echo "--- the same, but kept as it is: still saved"
printf '%s\n' "Rest more" "" "" "" "" "" "" "" "" "" n n \
	| run goal new --ask
run goal list

echo "--- nothing but end of input: nothing saved"
printf '' | run goal new --ask
run goal list
