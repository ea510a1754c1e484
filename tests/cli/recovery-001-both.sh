# Both recoveries on one time line, beside the person's own words for what
# recovery means to them: written, shown, changed and removed.
. "$(dirname "$0")/lib.sh"
run recovery
"$WAYMARK" recovery statement --help >"$T/out" 2>&1
printf 'recovery statement --help: exit %s, %s\n' "$?" "$(head -1 "$T/out")"
[ -e "$WAYMARK_VAULT" ] || echo "looking made no vault"
run recovery statement
run recovery statement "   "
run recovery statement Being able to enjoy Sundays with my kids again, symptoms or not.
run recovery statement
"$WAYMARK" areas rate Money=3 Hope=4 "People=6" --date 2026-01-05 >/dev/null
"$WAYMARK" measure take phq9 --answers 3,3,3,3,3,1,0,0,0 --date 2026-01-05 >/dev/null
"$WAYMARK" measure take gad7 --answers 2,2,2,2,0,0,0 --date 2026-01-05 >/dev/null
"$WAYMARK" areas rate --set chime Connectedness=4 Hope=3 --date 2026-02-02 >/dev/null
"$WAYMARK" measure take phq9 --answers 1,1,1,1,0,0,0,0,0 >/dev/null
"$WAYMARK" measure take gad7 --answers 1,1,1,0,0,0,0 >/dev/null
"$WAYMARK" areas rate Money=5 Hope=7 People=6 >/dev/null
run recovery
printf '$ waymark recovery --json\n'
"$WAYMARK" recovery --json | jq -c '.statement.text, (.timeline[] | [.date, .kind, .set // .measure, .mean // .total, .band]),
	(.areas[] | [.set, .ratings, .distance.total_change]), (.measures[] | [.measure, .first.total, .latest.total, .change, .reliable_change]),
	.talking_therapies_style.reliable_recovery'
printf 'Living well, with or without symptoms.\n' | run recovery statement --ask
run recovery statement
run recovery statement --clear
run recovery statement --clear
run recovery --help
