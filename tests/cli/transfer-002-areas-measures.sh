# Life-area ratings, the person's own areas, their focus, questionnaire
# answers (with a safety response recorded) and their recovery statement
# all go out with export --json and come back with import --json, into a
# plain or encrypted vault, without loss. Bad records are refused with a
# message naming them, and nothing is written.
. "$(dirname "$0")/lib.sh"
"$WAYMARK" areas rate Money=3 Hope=4 --note "Money=rent went up" --date 2026-01-05 >/dev/null 2>&1
"$WAYMARK" areas rename Money "Bills and debts" >/dev/null
"$WAYMARK" areas add "My dog" --about "Walks and company" >/dev/null
"$WAYMARK" areas hide work >/dev/null
"$WAYMARK" areas rate bills=6 "my dog=9" >/dev/null
"$WAYMARK" areas rate --set chime Connectedness=5 >/dev/null
"$WAYMARK" areas focus bills >/dev/null
"$WAYMARK" measure take phq9 --answers 3,3,3,3,3,1,0,0,1,2 --date 2026-01-05 >/dev/null
"$WAYMARK" measure take gad7 --answers 2,2,2,2,0,0,0 --date 2026-01-05 >/dev/null
"$WAYMARK" measure take gad7 --answers 1,-,1,0,0,0,0 >/dev/null
"$WAYMARK" recovery statement "Sundays with my kids, symptoms or not." >/dev/null
run export --json "$T/one.json"
jq -c '[.records[].kind] | group_by(.) | map([.[0], length])' "$T/one.json"

printf 'another passphrase\n' >"$T/pass"
WAYMARK_PASSPHRASE_FILE="$T/pass" WAYMARK_VAULT="$T/enc.db" "$WAYMARK" vault init --passphrase >/dev/null
export WAYMARK_PASSPHRASE_FILE="$T/pass"
WAYMARK_VAULT="$T/enc.db" run import --json "$T/one.json"
WAYMARK_VAULT="$T/enc.db" run import --json "$T/one.json"
WAYMARK_VAULT="$T/enc.db" run export --json "$T/two.json"
if diff <(jq 'del(.exported)' "$T/one.json") <(jq 'del(.exported)' "$T/two.json"); then
	echo "round trip: identical"
fi
# the same views in both vaults (numbers like 'rating 3' are each vault's own)
view() { "$WAYMARK" "$@" --json | jq 'del(.. | .id?)'; }
if diff <(view recovery) <(WAYMARK_VAULT="$T/enc.db" view recovery) &&
   diff <(view areas history) <(WAYMARK_VAULT="$T/enc.db" view areas history) &&
   diff <(view measure history) <(WAYMARK_VAULT="$T/enc.db" view measure history); then
	echo "the views read the same in both vaults"
fi
WAYMARK_VAULT="$T/enc.db" run areas list
unset WAYMARK_PASSPHRASE_FILE

echo "--- bad records: clear message, nothing written"
bad() { jq "$2" "$T/one.json" >"$T/$1.json"; }
bad score11 '(.records[] | select(.kind == "area-rating") | .data.scores[0].score) |= 11'
bad total '(.records[] | select(.kind == "measure") | select(.data.measure == "gad7" and .data.status == "complete") | .data.total) |= 12'
bad answer4 '(.records[] | select(.kind == "measure") | select(.data.measure == "phq9") | .data.answers["3"]) |= 4'
bad safety '(.records[] | select(.kind == "measure") | select(.data.measure == "phq9") | .data) |= del(.safety_response)'
bad prorated '(.records[] | select(.kind == "measure") | select(.data.status == "incomplete") | .data) |= (.status = "complete" | .total = 4)'
bad set '(.records[] | select(.kind == "area-set") | .data.set) |= "stars"'
bad focus '(.records[] | select(.kind == "area-focus") | .data) |= del(.area)'
bad statement '(.records[] | select(.kind == "recovery-statement") | .data.text) |= ""'
for f in score11 total answer4 safety prorated set focus statement; do
	WAYMARK_VAULT="$T/fresh.db" run import --json "$T/$f.json"
done
[ -e "$T/fresh.db" ] || echo "no vault was made by the bad imports"
