# An encrypted vault is unlocked in the browser; its key lives only in the
# server's memory; Lock forgets it.
. "$(dirname "$0")/lib.sh"
export WAYMARK_TEST_AUTOLOCK_SECONDS=1
printf 'a long passphrase\n' >"$T/pass"
WAYMARK_PASSPHRASE_FILE="$T/pass" "$WAYMARK" vault init --passphrase >/dev/null
WAYMARK_PASSPHRASE_FILE="$T/pass" "$WAYMARK" checkin --mood 5 --note "locked away" >/dev/null
start_server
login
loc=$(curl -s -D - -o /dev/null -b "$T/jar" "$BASE/diary" | grep -i '^Location')
check "locked: pages send you to unlock" contains "$loc" "/unlock?next=%2Fdiary"
check "locked: the unlock page shows no diary text" lacks "$(get /unlock)" "locked away"
check "locked: Need help now still works" contains "$(get /help)" "116 123"
check "locked: the API says 423" test "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/checkins")" = 423
token=$(get /unlock | grep -o 'name="csrf" value="[0-9a-f]*"' | sed 's/.*value="\([0-9a-f]*\)"/\1/')
out=$(curl -s -w '\n%{http_code}' -b "$T/jar" -X POST --data-urlencode "csrf=$token" \
	--data-urlencode "passphrase=not it at all" -d next=/diary "$BASE/unlock")
check "a wrong passphrase: 400 and a kind message" contains "$out" "does not open this vault"
check "a wrong passphrase leaves it locked" test "$(status "$BASE/diary")" = 303
out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST --data-urlencode "csrf=$token" \
	--data-urlencode "passphrase=a long passphrase" -d next=/diary "$BASE/unlock")
check "the passphrase unlocks and goes where you were going" contains "$out" "Location: /diary"
check "unlocked: the diary shows the entry" contains "$(get /diary)" "locked away"
out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST --data-urlencode "csrf=$token" \
	--data-urlencode "passphrase=a long passphrase" -d next=//evil.example "$BASE/unlock")
check "unlock never sends you to another site" contains "$out" "Location: /"$'\r'
check "Lock forgets the key" test "$(status -X POST --data-urlencode "csrf=$token" "$BASE/lock")" = 303
check "after Lock the diary is locked again" test "$(status "$BASE/diary")" = 303
echo "# it locks itself after the time the person chose"
curl -s -o /dev/null -b "$T/jar" -X POST --data-urlencode "csrf=$token" \
	--data-urlencode "passphrase=a long passphrase" "$BASE/unlock"
check "the auto-lock time can be set" \
	test "$(status -X POST --data-urlencode "csrf=$token" -d autolock=5 "$BASE/settings")" = 303
check "the settings page shows the choice" contains "$(get /settings)" '<option value="5" selected>'
check "a time not on the list is refused" \
	test "$(status -X POST --data-urlencode "csrf=$token" -d autolock=7 "$BASE/settings")" = 400
sleep 6.5 # five "minutes" counted in seconds, and a little more
check "after that long without use, the diary is locked" test "$(status "$BASE/diary")" = 303
check "no diary text in the vault's files" test "$(cat "$T"/vault.db* | grep -c -a 'locked away')" = 0
finish
