# Bad ratings get a clear, kind message, exit 2, and nothing is written:
# not even an empty vault. Every command answers --help without a vault.
. "$(dirname "$0")/lib.sh"
run areas rate Money=11
run areas rate Money=0
run areas rate Money=six
run areas rate Wealth=3
run areas rate h=3
run areas rate Money
run areas rate Money=3 money=4
run areas rate Money=3 --note "Hope=no rating for it"
run areas rate Money=3 --date 2026-03-15
run areas rate --set stars Money=3
run areas rate --set chime Money=3
run areas rate
run areas frobnicate
run areas rename Money
run areas move Money 12
run areas focus Wealth
for c in rate history compare focus list rename add hide show move; do
	"$WAYMARK" areas "$c" --help >"$T/out" 2>&1
	printf 'areas %-8s --help: exit %s, %s\n' "$c" "$?" "$(head -1 "$T/out")"
done
[ -e "$WAYMARK_VAULT" ] || echo "no vault was made by the bad input or by asking for help"
run areas rate Money=5
run areas compare 7
run areas compare one
run areas rename Money "Where I live"
run areas hide Money --set chime
printf '$ waymark areas history --json | jq ".ratings | length"\n'
"$WAYMARK" areas history --json | jq '.ratings | length'
