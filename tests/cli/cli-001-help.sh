# Every command and subcommand answers --help (exit 0, no vault needed);
# unknown commands and options get a kind pointer to the help.
. "$(dirname "$0")/lib.sh"
run
run help
run help checkin
for c in checkin crisis diary export help import report ui vault version; do
	"$WAYMARK" "$c" --help >"$T/out" 2>&1
	printf '%-8s --help: exit %s, %s\n' "$c" "$?" "$(head -1 "$T/out")"
done
for c in list show edit delete search; do
	"$WAYMARK" diary "$c" --help >"$T/out" 2>&1
	printf 'diary %-6s --help: exit %s, %s\n' "$c" "$?" "$(head -1 "$T/out")"
done
for c in init passwd backup check path; do
	"$WAYMARK" vault "$c" --help >"$T/out" 2>&1
	printf 'vault %-6s --help: exit %s, %s\n' "$c" "$?" "$(head -1 "$T/out")"
done
[ -e "$WAYMARK_VAULT" ] || echo "no vault was made by asking for help"
run diary --help
run frobnicate
run --frobnicate
run help frobnicate
run --vault
run version
