# Missing answers are never filled in: a skipped question (Enter when asked,
# or - in --answers) keeps the response without a total, and history and
# the indicators leave it out.
. "$(dirname "$0")/lib.sh"
printf '%s\n' 1 2 "" x 3 0 0 0 0 0 \
	| run measure take phq9 --ask
run measure take gad7 --answers 1,1,-,1,1,1,1
printf '' | run measure take gad7 --ask
run measure history
printf '$ waymark measure history --json\n'
"$WAYMARK" measure history --json | jq -c '.entries[] | [.measure, .status, .total, .band, .answers]'
