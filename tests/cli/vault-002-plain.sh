# A plain vault: where it lives, adding a passphrase later, and help.
. "$(dirname "$0")/lib.sh"
run vault
run vault path
run --vault "$T/elsewhere.db" vault path
XDG_DATA_HOME="$T/xdg" WAYMARK_VAULT= run vault path
run vault check
run vault init
run checkin --mood 5 --note "written before the passphrase" --tag before-tag
printf 'short\n' >"$T/short"
WAYMARK_NEW_PASSPHRASE_FILE="$T/short" run vault passwd
printf 'long enough passphrase\n' >"$T/pass"
WAYMARK_NEW_PASSPHRASE_FILE="$T/pass" run vault passwd | sed -E 's/[0-9a-f]{4}(-[0-9a-f]{4}){7}/XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX/'
for f in "$T"/vault.db*; do
	printf '%s: %s\n' "$(basename "$f")" "$(grep -c -a -e 'written before' -e before-tag "$f")"
done
WAYMARK_PASSPHRASE_FILE="$T/pass" run diary
run vault frob
