# Making the set your own: rename, add, hide, show and move areas. History
# is kept through a rename (ratings refer to an area's stable id), hidden
# areas keep their ratings, and a focus area points to starting a goal.
. "$(dirname "$0")/lib.sh"
run areas rate Money=3 Hope=4 --date 2026-02-01
run areas rename Money "Bills and debts" --about "Keeping up with rent, bills and what I owe"
run areas add "Faith" --about "My church and the people there"
run areas add "My dog"
run areas move faith 1
run areas hide "Daily routine"
run areas hide work
run areas list
run areas rate bills=6 faith=8 "my dog=9" --date 2026-03-01
run areas history
run areas compare
run areas show "daily routine"
printf '$ waymark areas list --json\n'
"$WAYMARK" areas list --json | jq -c '.areas[] | [.position, .id, .name, .hidden, .own, .latest]'
run areas focus
run areas focus bills
run areas focus
run areas --help
run areas rate --help
