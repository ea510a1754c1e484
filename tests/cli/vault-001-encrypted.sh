# An encrypted vault: set up with a passphrase, nothing readable in its
# files (WAL included), a wrong passphrase changes nothing, the recovery
# key opens it, and a flipped byte is found by `vault check`.
. "$(dirname "$0")/lib.sh"
mask() { sed -E 's/[0-9a-f]{4}(-[0-9a-f]{4}){7}/XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX/'; }
printf 'correct horse battery\n' >"$T/pass"
printf 'not the passphrase\n' >"$T/wrong"
export WAYMARK_PASSPHRASE_FILE="$T/pass"
run vault init --passphrase | mask
"$WAYMARK" vault init --passphrase >/dev/null 2>&1; echo "second init: exit $?"
run checkin --mood 4 --tag zebra-crossing --note "my most private sentence" --with Jordan

echo "--- plain text in the vault's files (should be none):"
for f in "$T"/vault.db*; do
	for word in "private sentence" zebra-crossing Jordan; do
		grep -c -a -- "$word" "$f" | sed "s|^|$(basename "$f") $word: |"
	done
done

WAYMARK_PASSPHRASE_FILE="$T/wrong" run diary
before=$(sha256sum "$T/vault.db" | cut -c1-16)
WAYMARK_PASSPHRASE_FILE="$T/wrong" run checkin --mood 5
after=$(sha256sum "$T/vault.db" | cut -c1-16)
[ "$before" = "$after" ] && echo "vault unchanged by the wrong passphrase"
unset WAYMARK_PASSPHRASE_FILE
run diary </dev/null
export WAYMARK_PASSPHRASE_FILE="$T/pass"
run diary
run vault check

echo "--- change the passphrase"
printf 'a brand new passphrase\n' >"$T/new"
WAYMARK_NEW_PASSPHRASE_FILE="$T/new" run vault passwd
WAYMARK_PASSPHRASE_FILE="$T/new" run diary search private

echo "--- forgotten passphrase: the recovery key"
"$WAYMARK" --vault "$T/second.db" vault init --passphrase >"$T/init.out"
grep -oE '[0-9a-f]{4}(-[0-9a-f]{4}){7}' "$T/init.out" >"$T/recovery"
WAYMARK_VAULT="$T/second.db" "$WAYMARK" checkin --mood 6 --note "in the second vault" >/dev/null
printf '0000-0000-0000-0000-0000-0000-0000-0000\n' >"$T/badkey"
WAYMARK_VAULT="$T/second.db" WAYMARK_RECOVERY_KEY_FILE="$T/badkey" WAYMARK_NEW_PASSPHRASE_FILE="$T/new" \
	run vault passwd --recovery-key
WAYMARK_VAULT="$T/second.db" WAYMARK_RECOVERY_KEY_FILE="$T/recovery" WAYMARK_NEW_PASSPHRASE_FILE="$T/new" \
	run vault passwd --recovery-key
WAYMARK_VAULT="$T/second.db" WAYMARK_PASSPHRASE_FILE="$T/new" run diary search second

echo "--- backup"
WAYMARK_PASSPHRASE_FILE="$T/new" run vault backup "$T/backup.db"
WAYMARK_PASSPHRASE_FILE="$T/new" run vault backup "$T/backup.db"
WAYMARK_VAULT="$T/backup.db" WAYMARK_PASSPHRASE_FILE="$T/new" run diary search private

echo "--- a flipped byte is detected, not silently read"
WAYMARK_PASSPHRASE_FILE="$T/new" "$WAYMARK" checkin --mood 7 --note "second entry" >/dev/null
sqlite3 "$T/vault.db" "UPDATE records SET body = substr(body, 1, 40) || zeroblob(1) || substr(body, 42) WHERE id = 2" 
WAYMARK_PASSPHRASE_FILE="$T/new" run vault check
WAYMARK_PASSPHRASE_FILE="$T/new" run diary show 2
