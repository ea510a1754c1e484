# Rating life areas by options: names in any case, the start of a name or
# of a word in it; notes; the CHIME set; then the list, the history (text
# and JSON) and the distance travelled.
. "$(dirname "$0")/lib.sh"
run areas
run areas rate Money=4 "where=7" mental=5 --note "money=rent went up" --date 2026-03-01
run areas rate MONEY=6 "Where I live=8" looking=6 hope=3 "People close to me=7"
run areas rate --set chime Connectedness=6 Hope=4 identity=5
run areas
run areas history
run areas history --set chime
printf '$ waymark areas history --json\n'
"$WAYMARK" areas history --json | jq -c '.set, .name, (.areas[] | [.id, .name, .hidden]),
	(.ratings[] | del(.uid, .created, .updated))'
run areas compare
run areas compare 2026-03-01 2
printf '$ waymark areas compare --json\n'
"$WAYMARK" areas compare --json | jq -c '.set, .from, .to, .compared, .total_change, .mean_change, (.areas[] | [.name, .from, .to, .change])'
run areas compare --set chime
printf '$ waymark areas rate --json Money=5\n'
"$WAYMARK" areas rate --json Money=5 | jq -c 'del(.uid, .created, .updated)'
