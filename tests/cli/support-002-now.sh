# `waymark support --now` and --at: only who can be reached at that moment
# and is right for the person, crisis lines first, in UK time whatever the
# machine's time zone.
. "$(dirname "$0")/lib.sh"
echo "--- Saturday morning"
run support --at "2026-03-14 09:30"
echo "--- a carer on a Monday afternoon: the advice line closes in 20 minutes"
run support --at "2026-03-16 15:40" --age 50 --for carers
echo "--- one minute to midnight, and midnight, for a young man"
run support --at "2026-03-14 23:59" --age 20 --for men
run support --at "2026-03-15 00:00" --age 20 --for men
echo "--- Easter Monday is a bank holiday in England, not in Scotland"
run support --at "2026-04-06 10:00" --age 40
run support --at "2026-04-06 10:00" --age 40 --nation scotland
echo "--- the day the clocks go forward: 12:15 in New York is 17:15 BST, so CALM is open"
TZ=America/New_York WAYMARK_TEST_NOW=2026-03-29T12:15:00 run support --now --age 40 --for men
echo "--- the day they go back: 12:15 in New York is 16:15 GMT, so CALM opens in 45 min"
TZ=America/New_York WAYMARK_TEST_NOW=2026-10-25T12:15:00 "$WAYMARK" support --now --json |
	jq -c '.at, [.channels[] | select(.line == "calm") | .state, .next.time, .minutes][0:3]'
echo "--- the machine in New York: the same UK moment gives the same answer"
run support --at "2026-03-14 09:30" >"$T/london.txt"
TZ=America/New_York run support --at "2026-03-14 09:30" >"$T/ny.txt"
cmp -s "$T/london.txt" "$T/ny.txt" && echo "identical"
echo "--- and 'now' there (09:30 in New York) is 13:30 in the UK"
TZ=America/New_York run support --now --age 40 --for women
echo "--- JSON"
"$WAYMARK" support --at "2026-03-14 22:40" --age 20 --json |
	jq -c '{at, nation, bank_holiday, uncertain}, (.channels[] | [.line, .state, .minutes, .next.time])'
"$WAYMARK" support --json | jq -c 'length, [.[].id]'
