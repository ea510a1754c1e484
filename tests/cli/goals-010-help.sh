# Every goal command answers --help (exit 0, no vault needed), and the
# guided command explains itself.
. "$(dirname "$0")/lib.sh"
for c in new list show log step done reschedule pause resume drop edit ics; do
	"$WAYMARK" goal "$c" --help >"$T/out" 2>&1
	printf 'goal %-10s --help: exit %s, %s\n' "$c" "$?" "$(head -1 "$T/out")"
done
"$WAYMARK" due --help >"$T/out" 2>&1
printf 'due --help: exit %s, %s\n' "$?" "$(head -1 "$T/out")"
[ -e "$WAYMARK_VAULT" ] || echo "no vault was made by asking for help"
run goal --help
run help goal
run goal new --help
run due --help
