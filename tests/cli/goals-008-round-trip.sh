# Goals and their progress survive `export --json` then `import --json`
# into a new (encrypted) vault: the plan, steps, state, reward and every
# progress entry, which names its goal by uid, not by number.
. "$(dirname "$0")/lib.sh"
"$WAYMARK" goal new --title "Cook 2 healthy meals a week" --why $'Good for me\nand for my mood' \
	--deadline "in 6 months" --deadline-note "Six months feels fair" --target "2 meals per week" \
	--step "Find recipes" --step "Shop with my support worker" --reward "A film" \
	--if-missed "Start again, kindly" --area "physical health" >/dev/null 2>&1
"$WAYMARK" goal new --title "Walk to the park" --target "once a day" >/dev/null
"$WAYMARK" checkin --mood 6 --note "a check-in among the goals" >/dev/null
"$WAYMARK" goal log 1 --date 2026-03-02 --note "Curry" >/dev/null
"$WAYMARK" goal log 1 --date 2026-03-05 >/dev/null
"$WAYMARK" goal log 2 --count 3 >/dev/null
"$WAYMARK" goal step done 1 1 >/dev/null
"$WAYMARK" goal done 2 --had-reward >/dev/null
run export --json "$T/one.json"
jq '[.records[].kind] | group_by(.) | map({(.[0]): length}) | add' "$T/one.json"

printf 'a passphrase for the copy\n' >"$T/pass"
WAYMARK_PASSPHRASE_FILE="$T/pass" WAYMARK_VAULT="$T/copy.db" "$WAYMARK" vault init --passphrase >/dev/null
export WAYMARK_PASSPHRASE_FILE="$T/pass" WAYMARK_VAULT="$T/copy.db"
run import --json "$T/one.json"
run import --json "$T/one.json"
run export --json "$T/two.json"
if diff <(jq 'del(.exported)' "$T/one.json") <(jq 'del(.exported)' "$T/two.json"); then
	echo "round trip: identical"
fi
run goal list
run goal show cook

echo "--- a goal body the import does not accept: nothing written"
jq '(.records[] | select(.kind == "goal") | .data.target.per) |= "year"' "$T/one.json" >"$T/bad.json"
WAYMARK_VAULT="$T/fresh.db" run import --json "$T/bad.json"
jq '(.records[] | select(.kind == "goal_log") | .data.goal) |= "not-a-uid"' "$T/one.json" >"$T/bad2.json"
WAYMARK_VAULT="$T/fresh.db" run import --json "$T/bad2.json"
[ -e "$T/fresh.db" ] || echo "no vault was made by the bad imports"

echo "--- records without a date (allowed by the format) count from when they were written"
jq '.records[] |= (if .kind == "checkin" then . else (.date = null | .time = null) end)' "$T/one.json" >"$T/undated.json"
WAYMARK_VAULT="$T/undated.db" run import --json "$T/undated.json"
WAYMARK_VAULT="$T/undated.db" run goal list
