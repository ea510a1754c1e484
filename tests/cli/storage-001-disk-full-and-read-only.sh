# A full disk, a read-only vault file and a read-only folder: a clear
# message, exit 1, nothing written (not half an import either), and what
# the person typed echoed back as a command that saves it once that is
# sorted. Reading still works where it can.
#
# The full disk is SQLite's own size limit (WAYMARK_TEST_DISK_FULL=1, see
# src/db/db.c): the vault may not grow by a page, the same SQLITE_FULL a
# full disk gives, and it needs no mount, so it runs as root or not and in
# CI. tests/web/storage-001-disk-full.sh checks the web UI, and a real
# full filesystem when one can be mounted. Read-only means read-only to
# the person running Waymark: root is never refused, so as root the
# commands run as nobody (setpriv), from a copy of the binary nobody can
# reach.
. "$(dirname "$0")/lib.sh"
chmod 755 "$T"
long=$(printf 'a long day %.0s' $(seq 1 420))
short() { sed -E 's/(a long day ){3,}a long day/a long day (x420)/g; s/(a\\ long\\ day\\ ){3,}/a\\ long\\ day\\ (x420)\\ /g'; }
"$WAYMARK" vault init >/dev/null
"$WAYMARK" checkin --date 2026-03-13 --time 20:00 --mood 6 --note "a calm day" >/dev/null

echo "== the disk is full"
WAYMARK_TEST_DISK_FULL=1 run checkin --mood 4 --with "Sam, Alex" --tag "work, it's raining" --note "$long" | short
WAYMARK_TEST_DISK_FULL=1 run diary edit 1 --note "$long" | short
item=$(printf 'a walk by the river %.0s' $(seq 1 24))
WAYMARK_TEST_DISK_FULL=1 run plan edit toolbox --add "$item" --add "$item 2" --add "$item 3" \
	--add "$item 4" --add "$item 5" --add "$item 6" --add "$item 7" --add "$item 8" --add "$item 9" |
	sed -E 's/(a walk by the river ){3,}/(a walk by the river x24) /g; s/(a\\ walk\\ by\\ the\\ river\\ ){3,}/(a\\ walk\\ by\\ the\\ river\\ x24)\\ /g'
# a goal's progress: entries are small, so a few fit in the space the vault
# already has; the first that does not is refused
gid=$("$WAYMARK" goal new --title "Walk twice a week" --json | jq -r .id)
note=$(printf 'a good walk %.0s' $(seq 1 160))
for i in 1 2 3 4; do
	if ! WAYMARK_TEST_DISK_FULL=1 "$WAYMARK" goal log "$gid" --note "$note" >/dev/null 2>&1; then
		WAYMARK_TEST_DISK_FULL=1 run goal log "$gid" --note "$note" |
			sed -E 's/(a good walk ){3,}/(a good walk x160) /g; s/(a\\ good\\ walk\\ ){3,}/(a\\ good\\ walk\\ x160)\\ /g'
		break
	fi
done
"$WAYMARK" export --json "$T/export.json" >/dev/null
jq --arg n "$long" '.records[0].uid = "0123456789abcdef0123456789abcdef" | .records[0].data.note = $n
	| .records += [.records[0] | .uid = "fedcba9876543210fedcba9876543210"]' "$T/export.json" >"$T/two.json"
WAYMARK_TEST_DISK_FULL=1 run import --json "$T/two.json"
echo "check-ins: $(count)"
WAYMARK_TEST_DISK_FULL=1 run diary --limit 1
run vault check

# as_other ARGS...: waymark as someone the read-only files refuse
cp "$WAYMARK" "$T/waymark"
chmod 755 "$T/waymark"
as_other() {
	if [ "$(id -u)" = 0 ]; then
		setpriv --reuid=nobody --regid=nogroup --clear-groups "$T/waymark" "$@"
	else
		"$T/waymark" "$@"
	fi
}
ro_run() {
	printf '$ waymark'
	printf ' %q' "$@"
	printf '\n'
	as_other "$@" 2>&1 | sed "s|$T|\$T|g" | short
	echo "[exit ${PIPESTATUS[0]}]"
}
mkdir "$T/ro"
export WAYMARK_VAULT="$T/ro/vault.db"
"$WAYMARK" vault init >/dev/null
"$WAYMARK" checkin --date 2026-03-13 --time 20:00 --mood 6 --note "a calm day" >/dev/null
[ "$(id -u)" = 0 ] && chown -R nobody "$T/ro"

echo "== the vault file is read-only"
chmod 400 "$T/ro/vault.db"
ro_run checkin --mood 4 --note "written on a read-only vault"
ro_run diary
chmod 600 "$T/ro/vault.db"
ro_run checkin --date 2026-03-14 --time 08:00 --mood 5 --note "writable again"

echo "== the folder is read-only"
chmod 500 "$T/ro"
ro_run checkin --mood 4 --note "written in a read-only folder"
ro_run diary
chmod 700 "$T/ro"
echo "check-ins: $(count)"
