# Things done at a check-in (the daily maintenance list on the web, --done
# here): folded like tags, kept once each, shown, searched, replaced by an
# edit, refused kindly when too long, and carried through export/import.
. "$(dirname "$0")/lib.sh"
run checkin --mood 6 --done "Take my tablets" --done "  a  long WALK " --done "take my TABLETS" \
	--done "tea, then a shower"
run diary show 1
run checkin --done "Went outside"
long=$(printf 'x%.0s' $(seq 1 501))
run checkin --mood 5 --done "$long"
run checkin --mood 5 --done $'two\nlines'
echo "check-ins: $(count)"
run diary search walk
run diary edit 1 --done "stretches"
run diary show 1
json diary show 1 --json
"$WAYMARK" export --json "$T/out.json" >/dev/null
WAYMARK_VAULT="$T/other.db" "$WAYMARK" import --json "$T/out.json" >/dev/null 2>&1
WAYMARK_VAULT="$T/other.db" "$WAYMARK" diary --json | jq -c 'map(.done)'
