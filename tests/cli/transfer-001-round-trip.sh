# export --json writes every record; import --json reads it back into any
# vault without loss, and a second import adds nothing.
. "$(dirname "$0")/lib.sh"
"$WAYMARK" checkin --mood 6 --slept 23:30-07:10 --quality 4 --with "Sam, Alex" --coped "a walk" \
	--helped a-lot --tag work,rain --note $'two lines\nwith "quotes" & <angles>' --win "tea" >/dev/null 2>&1
"$WAYMARK" checkin --mood 2 --date 2026-03-01 --time 22:40 --alone --before "an argument" >/dev/null
"$WAYMARK" checkin --note $'caf\u00e9 \u2615' --date 2026-02-28 >/dev/null
run export --json "$T/one.json"
jq '{format, version, generator, records: (.records | length), kinds: [.records[].kind] | unique}' "$T/one.json"

printf 'another passphrase\n' >"$T/pass"
WAYMARK_PASSPHRASE_FILE="$T/pass" WAYMARK_VAULT="$T/enc.db" "$WAYMARK" vault init --passphrase >/dev/null
export WAYMARK_PASSPHRASE_FILE="$T/pass"
WAYMARK_VAULT="$T/enc.db" run import --json "$T/one.json" --dry-run
WAYMARK_VAULT="$T/enc.db" run import --json "$T/one.json"
WAYMARK_VAULT="$T/enc.db" run import --json "$T/one.json"
WAYMARK_VAULT="$T/enc.db" run export --json "$T/two.json"
if diff <(jq 'del(.exported)' "$T/one.json") <(jq 'del(.exported)' "$T/two.json"); then
	echo "round trip: identical"
fi
WAYMARK_VAULT="$T/enc.db" run diary
unset WAYMARK_PASSPHRASE_FILE

echo "--- bad files: clear message, nothing written"
printf '{"format": "waymark-export", "version": 1, "records": [' >"$T/cut.json"
printf 'not json at all' >"$T/junk.json"
printf '\x00\x01\x02binary' >"$T/binary.json"
jq '.records[1].data.mood = 11' "$T/one.json" >"$T/bad-mood.json"
jq '.version = 7' "$T/one.json" >"$T/future.json"
jq '.records[0].kind = "dream"' "$T/one.json" >"$T/kind.json"
for f in cut junk binary bad-mood future kind; do
	WAYMARK_VAULT="$T/fresh.db" run import --json "$T/$f.json"
done
WAYMARK_VAULT="$T/fresh.db" run import --json "$T/missing.json"
[ -e "$T/fresh.db" ] || echo "no vault was made by the bad imports"
run export
run export --json "$T/no-such-dir/x.json"
