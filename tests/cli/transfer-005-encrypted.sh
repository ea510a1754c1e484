# export --encrypt: every export can be locked with a passphrase of its
# own (docs/encrypted-files.md); import --json recognises an encrypted
# export and asks for it. A wrong passphrase, a flipped byte, a file cut
# short or one with more after its end are refused, and nothing is saved.
. "$(dirname "$0")/lib.sh"
"$WAYMARK" checkin --mood 6 --note "a private note" --tag walk >/dev/null 2>&1
"$WAYMARK" checkin --mood 3 --date 2026-03-01 >/dev/null
"$WAYMARK" measure take phq9 --answers 1,1,0,0,1,0,0,0,0 >/dev/null
printf 'an export passphrase\n' >"$T/pass"
printf 'not the passphrase\n' >"$T/wrong"
printf 'short\n' >"$T/short"
export WAYMARK_EXPORT_PASSPHRASE_FILE="$T/pass"
run export --json "$T/all.enc" --encrypt
run export --csv "$T/diary.enc" --encrypt
run export --fhir "$T/fhir.enc" --encrypt
head -c 18 "$T/all.enc"
for f in all diary fhir; do
	grep -c "private note\|Little interest" "$T/$f.enc"
done
echo "--- the right passphrase"
WAYMARK_VAULT="$T/other.db" run import --json "$T/all.enc" --dry-run
WAYMARK_VAULT="$T/other.db" run import --json "$T/all.enc"
WAYMARK_VAULT="$T/other.db" "$WAYMARK" diary --json | jq -c '[.[] | [.date, .mood, .note]]'
echo "--- the wrong passphrase, and none"
WAYMARK_EXPORT_PASSPHRASE_FILE="$T/wrong" WAYMARK_VAULT="$T/third.db" run import --json "$T/all.enc"
unset WAYMARK_EXPORT_PASSPHRASE_FILE
WAYMARK_VAULT="$T/third.db" run import --json "$T/all.enc" </dev/null
export WAYMARK_EXPORT_PASSPHRASE_FILE="$T/pass"
echo "--- a flipped byte, a file cut short, something added"
size=$(stat -c %s "$T/all.enc")
cp "$T/all.enc" "$T/flipped.enc"
printf '\x55' | dd of="$T/flipped.enc" bs=1 seek=$((size - 30)) conv=notrunc status=none
WAYMARK_VAULT="$T/third.db" run import --json "$T/flipped.enc"
head -c $((72 + 17 + 10)) "$T/all.enc" >"$T/cut.enc"
WAYMARK_VAULT="$T/third.db" run import --json "$T/cut.enc"
head -c 72 "$T/all.enc" >"$T/header-only.enc"
WAYMARK_VAULT="$T/third.db" run import --json "$T/header-only.enc"
[ -e "$T/third.db" ] || echo "no vault was made by the refused imports"
echo "--- a passphrase too short to protect the file"
WAYMARK_EXPORT_PASSPHRASE_FILE="$T/short" run export --json "$T/weak.enc" --encrypt
[ -e "$T/weak.enc" ] || echo "nothing was written"
echo "--- through a pipe"
"$WAYMARK" export --json - --encrypt | WAYMARK_VAULT="$T/other.db" "$WAYMARK" import --json - --dry-run
