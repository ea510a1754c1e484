# Two `plan edit`s at the same moment (two terminals, or a terminal and the
# web UI) both count: each reads, changes and saves the plan in one
# transaction, so neither puts back the plan as it was before the other's
# change. Found by tests/crash/kill-test.sh, which lost about one plan edit
# in ten when two ran at once.
. "$(dirname "$0")/lib.sh"
"$WAYMARK" vault init >/dev/null
for i in $(seq 1 12); do
	"$WAYMARK" plan edit triggers --add "worry $i a" >/dev/null 2>&1 &
	a=$!
	"$WAYMARK" plan edit triggers --add "worry $i b" >/dev/null 2>&1 &
	b=$!
	wait "$a" "$b"
	"$WAYMARK" plan review --every $((i % 12 + 1)) >/dev/null 2>&1 &
	a=$!
	"$WAYMARK" plan edit toolbox --add "thing $i" >/dev/null 2>&1 &
	b=$!
	wait "$a" "$b"
done
echo "triggers kept: $("$WAYMARK" plan show --json | jq '.triggers.tags | length') of 24"
echo "toolbox items kept: $("$WAYMARK" plan show --json | jq '.toolbox | length') of 12"
echo "months between reviews: $("$WAYMARK" plan show --json | jq .review.every_months) (the last asked for)"
