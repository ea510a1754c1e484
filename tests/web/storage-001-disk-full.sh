# A vault that cannot be written: the disk is full, or the vault file is
# read-only. The form comes back (503) with a clear message and every word
# still in it, the API answers 503 with the message, and nothing is
# written. The full disk is SQLite's own size limit (WAYMARK_TEST_DISK_FULL,
# see src/db/db.c), which runs anywhere; when this machine lets us mount a
# small tmpfs (root), a really full filesystem is tried too. Read-only is
# read-only to the server's user: as root, the server runs as nobody.
. "$(dirname "$0")/lib.sh"
long=$(printf 'a long day %.0s' $(seq 1 420))
"$WAYMARK" vault init >/dev/null
"$WAYMARK" checkin --mood 6 --note "a calm day" >/dev/null

# post_checkin: the Today form, with a long note (so that the vault would
# have to grow) and other typing; prints the page then the status
post_checkin() {
	curl -s -b "$T/jar" -w '\n%{http_code}' -X POST "$BASE/checkin" --data-urlencode "csrf=$token" \
		-d mood=4 --data-urlencode "note=$long" --data-urlencode "win=made tea" \
		--data-urlencode "tags=work, rain" -d date=2026-03-01 -d time=09:00
}

# ---- the disk is full (SQLite's limit) ----
WAYMARK_TEST_DISK_FULL=1 start_server
login
token=$(csrf)
out=$(post_checkin)
check "disk full: 503" test "$(tail -1 <<<"$out")" = 503
check "disk full: says so" contains "$out" "the disk is full; free some space and try again"
check "disk full: says nothing was saved yet" contains "$out" "Nothing was saved yet"
check "disk full: the long note is still in the form" contains "$out" "$long"
check "disk full: the win is still in the form" contains "$out" 'value="made tea"'
check "disk full: the tags are still in the form" contains "$out" 'value="work, rain"'
check "disk full: the chosen mood is still chosen" contains "$out" 'value="4" checked'
check "disk full: nothing written" test "$(entries)" = 1
out=$(curl -s -b "$T/jar" -w '\n%{http_code}' -X POST "$BASE/diary/1/edit" --data-urlencode "csrf=$token" \
	-d mood=5 --data-urlencode "note=$long" -d date=2026-03-01 -d time=09:00)
check "disk full, editing: 503 with the typing kept" test "$(tail -1 <<<"$out")" = 503
check "disk full, editing: the note is kept" contains "$out" "$long"
check "disk full, editing: the entry is unchanged" test "$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/checkins/1" | jq -r .entry.note)" = "a calm day"
out=$(curl -s -w '\n%{http_code}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
	--data-binary "$(jq -nc --arg n "$long" '{mood: 4, note: $n}')" "$BASE/api/v1/checkins")
check "disk full, API: 503" test "$(tail -1 <<<"$out")" = 503
check "disk full, API: the message" test "$(head -n -1 <<<"$out" | jq -r .error.message)" = "the disk is full; free some space and try again"
check "disk full: the diary can still be read" contains "$(get /diary)" "a calm day"
check "disk full: still one check-in" test "$(entries)" = 1
stop_server "disk full"

# ---- a real full filesystem, where one can be mounted ----
mkdir "$T/disk"
trap 'umount "$T/disk" 2>/dev/null; cleanup' EXIT
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=512k tmpfs "$T/disk" 2>/dev/null; then
	export WAYMARK_VAULT="$T/disk/vault.db"
	"$WAYMARK" vault init >/dev/null
	"$WAYMARK" checkin --mood 6 --note "a calm day" >/dev/null
	start_server
	rm -f "$T/jar"
	login
	token=$(csrf)
	dd if=/dev/zero of="$T/disk/filler" bs=4k 2>/dev/null
	out=$(post_checkin)
	check "tmpfs full: 503" test "$(tail -1 <<<"$out")" = 503
	check "tmpfs full: says the disk is full" contains "$out" "the disk is full; free some space and try again"
	check "tmpfs full: the note is still in the form" contains "$out" "$long"
	rm -f "$T/disk/filler"
	check "tmpfs with space again: nothing was written" test "$(entries)" = 1
	out=$(post_checkin)
	check "tmpfs with space again: the same form saves" test "$(tail -1 <<<"$out")" = 303
	stop_server "tmpfs full"
	check "tmpfs: the vault is whole" bash -c '"$WAYMARK" vault check >/dev/null'
	umount "$T/disk"
else
	N=$((N + 1))
	echo "ok $N - a full tmpfs # skip cannot mount one here (SQLite's limit above stands in)"
fi

# ---- the vault file is read-only ----
export WAYMARK_VAULT="$T/ro/vault.db"
mkdir "$T/ro"
"$WAYMARK" vault init >/dev/null
"$WAYMARK" checkin --mood 6 --note "a calm day" >/dev/null
chmod 755 "$T"
cp "$WAYMARK" "$T/waymark"
chmod 755 "$T/waymark"
[ "$(id -u)" = 0 ] && chown -R nobody "$T/ro"
chmod 400 "$T/ro/vault.db"
if [ "$(id -u)" = 0 ]; then
	start_server setpriv --reuid=nobody --regid=nogroup --clear-groups "$T/waymark"
else
	start_server "$T/waymark"
fi
rm -f "$T/jar"
login
token=$(csrf)
check "read-only: Today opens" contains "$(get /)" "How are you right now?"
check "read-only: the diary can be read" contains "$(get /diary)" "a calm day"
out=$(post_checkin)
check "read-only: 503" test "$(tail -1 <<<"$out")" = 503
check "read-only: says the vault cannot be written to" contains "$out" "your vault cannot be written to (its file is read-only); reading it still works"
check "read-only: the note is still in the form" contains "$out" "$long"
check "read-only: nothing written" test "$(entries)" = 1
stop_server "read-only"
finish
