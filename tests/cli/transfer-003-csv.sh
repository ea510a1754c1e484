# export --csv: one row per check-in, oldest first, trackers as columns by
# name; every field quoted by libcsv (commas, quotes and line breaks in a
# note stay in their cell); CRLF row ends, shown here as ^M by cat -A.
. "$(dirname "$0")/lib.sh"
"$WAYMARK" tracker add Energy --scale 1-5 >/dev/null 2>&1
"$WAYMARK" tracker add "Took my medication" --yes-no >/dev/null
"$WAYMARK" checkin --mood 6 --slept 23:30-07:10 --quality 4 --with "Sam, Alex" --coped "a walk" \
	--helped a-lot --tag work,rain --note $'two lines, with\n"quotes" & <angles>' --win "tea" \
	--track energy=3 --track "took my medication=yes" >/dev/null
"$WAYMARK" checkin --mood 2 --date 2026-03-01 --time 22:40 --alone --before "an argument" \
	--track "took my medication=no" >/dev/null
"$WAYMARK" checkin --note $'caf\u00e9 \u2615' --date 2026-02-28 >/dev/null
"$WAYMARK" diary edit "$("$WAYMARK" diary --json | jq '.[] | select(.date == "2026-03-01") | .id')" --flag >/dev/null
run export --csv "$T/diary.csv"
cat -A "$T/diary.csv"
run export --csv
run export --csv "$T/x.csv" --json "$T/x.json"
[ -e "$T/x.csv" ] || echo "nothing was written for the mixed-up command"
rm -f "$WAYMARK_VAULT"
WAYMARK_VAULT="$T/empty.db" "$WAYMARK" vault init >/dev/null
echo "--- no check-ins yet: only the header, to standard output"
WAYMARK_VAULT="$T/empty.db" "$WAYMARK" export --csv - | cat -A
