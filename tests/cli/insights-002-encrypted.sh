# Insights are worked out in memory from the opened records, so an
# encrypted vault gives exactly the same results as a plain one.
. "$(dirname "$0")/lib.sh"
bash "$TESTS_CLI/../../bench/gen-diary.sh" 120 2 2026-03-14 >"$T/d.json"
printf 'a long passphrase\n' >"$T/pass"
WAYMARK_VAULT="$T/plain.db" "$WAYMARK" import --json "$T/d.json" >/dev/null 2>&1
WAYMARK_VAULT="$T/enc.db" WAYMARK_PASSPHRASE_FILE="$T/pass" "$WAYMARK" vault init --passphrase >/dev/null
WAYMARK_VAULT="$T/enc.db" WAYMARK_PASSPHRASE_FILE="$T/pass" "$WAYMARK" import --json "$T/d.json" >/dev/null
WAYMARK_VAULT="$T/plain.db" "$WAYMARK" insights --json >"$T/plain.out"
WAYMARK_VAULT="$T/enc.db" WAYMARK_PASSPHRASE_FILE="$T/pass" "$WAYMARK" insights --json >"$T/enc.out"
if cmp -s "$T/plain.out" "$T/enc.out"; then echo "plain and encrypted: identical"; else diff "$T/plain.out" "$T/enc.out" | head; fi
jq -c '{days_with_mood, findings: (.findings | length), shown: ([.findings[] | select(.shown)] | length)}' "$T/enc.out"
echo "tags in the encrypted vault's file: $(grep -c -a -e '"tags"' -e 'walk' "$T/enc.db")"
