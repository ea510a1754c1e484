# waymark insights on a synthetic diary with a planted pattern: work days
# are lower and walk days higher; and on an almost empty diary, it says
# there is not enough yet rather than guessing.
. "$(dirname "$0")/lib.sh"
"$WAYMARK" checkin --mood 5 --tag work --coped "a walk" --helped a-lot >/dev/null 2>&1
run insights
rm -f "$WAYMARK_VAULT"*
bash "$TESTS_CLI/../../bench/gen-diary.sh" 200 2 2026-03-14 >"$T/d.json"
"$WAYMARK" import --json "$T/d.json" >/dev/null 2>&1
run insights --days 365
"$WAYMARK" insights --json | jq -c '{days_with_mood, shown: [.findings[] | select(.shown) | {factor, outcome, estimate}], coping: [.coping[] | .coped], early_warning}'
run insights --days 3
