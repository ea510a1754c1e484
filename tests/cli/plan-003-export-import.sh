# The plan and my people go out with export and come back with import,
# into an encrypted vault, without loss.
. "$(dirname "$0")/lib.sh"
"$WAYMARK" plan edit triggers --add "money worries" >/dev/null 2>&1
"$WAYMARK" plan edit crisis.helps --add 'a quiet room & "no fuss"' >/dev/null
"$WAYMARK" plan edit safety.reasons --add "my cat Pip" >/dev/null
"$WAYMARK" plan review --every 3 --done >/dev/null
"$WAYMARK" people add Sam --role friend --phone "07700 900123" --remind-weeks 3 >/dev/null
"$WAYMARK" checkin --mood 6 --tag "money worries" >/dev/null
run export --json "$T/one.json"
jq -c '[.records[] | {kind, date, time}]' "$T/one.json"
jq '.records[] | select(.kind == "plan") | .data' "$T/one.json"
printf 'another passphrase\n' >"$T/pass"
export WAYMARK_PASSPHRASE_FILE="$T/pass"
WAYMARK_VAULT="$T/enc.db" "$WAYMARK" vault init --passphrase >/dev/null
WAYMARK_VAULT="$T/enc.db" run import --json "$T/one.json"
WAYMARK_VAULT="$T/enc.db" run import --json "$T/one.json"
WAYMARK_VAULT="$T/enc.db" "$WAYMARK" export --json "$T/two.json" >/dev/null
if diff <(jq 'del(.exported)' "$T/one.json") <(jq 'del(.exported)' "$T/two.json"); then
	echo "round trip: identical"
fi
WAYMARK_VAULT="$T/enc.db" run plan show crisis
WAYMARK_VAULT="$T/enc.db" run people
unset WAYMARK_PASSPHRASE_FILE
echo "--- a bad plan in a file: nothing is imported"
jq '(.records[] | select(.kind == "plan") | .data.crisis.pets) = ["Pip"]' "$T/one.json" >"$T/bad.json"
WAYMARK_VAULT="$T/fresh.db" run import --json "$T/bad.json"
jq '(.records[] | select(.kind == "person") | .data.remind_weeks) = 0' "$T/one.json" >"$T/bad2.json"
WAYMARK_VAULT="$T/fresh.db" run import --json "$T/bad2.json"
[ -e "$T/fresh.db" ] || echo "no vault was made"
