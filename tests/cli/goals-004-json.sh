# --json on goal new, log, list and show: the plan, its steps (numbered as
# people see them) and progress in every period, for scripts and for the
# web UI to chart. Here the clock is Saturday 2 January 2027, so the
# current week began on Monday 28 December 2026 (ISO week 53 of 2026).
. "$(dirname "$0")/lib.sh"
export WAYMARK_TEST_NOW=2027-01-02T10:00:00
"$WAYMARK" vault init >/dev/null 2>&1
json goal new --title "Swim" --target "2 swims per week" --deadline "31 January 2027" \
	--step "Buy goggles" --area "health" --json
echo '$ waymark goal log 1 --date 2026-12-21 --note "First swim" --json'
"$WAYMARK" goal log 1 --date 2026-12-21 --note "First swim" --json | jq 'del(.uid) | .goal |= "<the goal'"'"'s uid>"' 
"$WAYMARK" goal log 1 --date 2026-12-23 >/dev/null
"$WAYMARK" goal log 1 --date 2026-12-31 --note "Last swim of the year" >/dev/null
"$WAYMARK" goal log 1 --date 2027-01-01 --count 2 >/dev/null
"$WAYMARK" goal step done 1 1 >/dev/null
json goal show 1 --json
run goal show 1
json goal list --json
run goal list --json --bogus
