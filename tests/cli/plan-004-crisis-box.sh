# The crisis response shows the person's own safety-plan steps first, then
# the crisis lines open now, with 999 always there; it works with no vault.
. "$(dirname "$0")/lib.sh"
echo "--- no vault at all"
run crisis
[ -e "$WAYMARK_VAULT" ] || echo "no vault was made"
echo "--- a safety plan"
"$WAYMARK" plan edit safety.on-my-own --add "a cold shower" --add "the breathing app" >/dev/null 2>&1
"$WAYMARK" plan edit safety.people --add "Sam 07700 900123" --add "Mum 07700 900456" \
	--add "Jo at the drop-in" --add "my neighbour Pat" >/dev/null
"$WAYMARK" plan edit safety.professionals --add "crisis team 0300 555 0100" >/dev/null
"$WAYMARK" plan edit safety.reasons --add "my cat Pip" --add "seeing the sea again" >/dev/null
run checkin --mood 0
run crisis
echo "--- the same in another time zone, in the middle of the night"
TZ=America/New_York WAYMARK_TEST_NOW=2026-03-14T23:10:00 run crisis >"$T/ny.txt"
run crisis | cmp -s - "$T/ny.txt" && echo "identical"
echo "--- an encrypted vault: unlocked for a check-in, never asked for by 'crisis'"
printf 'a long passphrase\n' >"$T/pass"
WAYMARK_VAULT="$T/enc.db" WAYMARK_PASSPHRASE_FILE="$T/pass" "$WAYMARK" vault init --passphrase >/dev/null
WAYMARK_VAULT="$T/enc.db" WAYMARK_PASSPHRASE_FILE="$T/pass" "$WAYMARK" plan edit safety.reasons --add "my sister" >/dev/null
WAYMARK_VAULT="$T/enc.db" WAYMARK_PASSPHRASE_FILE="$T/pass" run checkin --mood 2 --note "I want to die"
WAYMARK_VAULT="$T/enc.db" run crisis </dev/null
