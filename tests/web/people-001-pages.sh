# My people on the web: add, change, "I was in touch today" in one tap,
# remove with Undo; bad input keeps what was typed and writes nothing;
# every POST needs the CSRF token; hostile names are escaped everywhere,
# on Today's gentle reminders too.
. "$(dirname "$0")/lib.sh"
export WAYMARK_TEST_NOW=2026-03-14T09:30:00
evil='<script>alert("x")</script> & '"'"'q'"'"''
"$WAYMARK" people add "$evil" --role friend --phone "07700 900123" --email 'a"b@example.org' \
	--helps '<img src=x onerror=alert(1)>' --remind-weeks 2 --contacted 2026-02-01 >/dev/null 2>&1
start_server
login
token=$(csrf)
people() { curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/people"; }
post() { curl -s -b "$T/jar" -w '\n%{http_code}' -X POST "$BASE$1" --data-urlencode "csrf=$token" "${@:2}"; }

for path in /people /people/new /people/1/edit / "/people?contacted=1" "/?contacted=1"; do
	body=$(get "$path")
	check "$path: no raw <script> from the name" lacks "$body" '<script>alert'
	check "$path: no raw <img> from what they help with" lacks "$body" '<img src=x'
done
check "the list shows the name escaped" contains "$(get /people)" '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;'
check "the phone is a tel: link of digits" contains "$(get /people)" 'href="tel:07700900123"'
check "the email link is encoded" contains "$(get /people)" 'href="mailto:a%22b%40example.org"'
check "Today shows the reminder the person asked for" contains "$(get /)" "It has been 5 weeks since you were in touch with &lt;script&gt;"
check "the API gives the exact name" test "$(people | jq -r '.people[0].name')" = "$evil"

echo "# every POST needs the CSRF token"
for path in /people /people/1/edit /people/1/contacted /people/1/delete /people/1/undo; do
	check "POST $path without the token: 403" test "$(status -X POST -d "name=Someone" "$BASE$path")" = 403
done
check "none of those changed anything" test "$(people | jq -c '[.people[] | [.name, .contacted]]')" = "$(jq -cn --arg n "$evil" '[[$n, "2026-02-01"]]')"

echo "# bad input"
out=$(post /people --data-urlencode "name=Sam" --data-urlencode "email=not an address" --data-urlencode "helps=lifts, kept")
check "a bad email: 400" test "$(tail -1 <<<"$out")" = 400
check "a bad email: the message is beside the field" contains "$out" 'id="email-error"'
check "a bad email: the field is marked" contains "$out" 'aria-invalid="true" aria-describedby="email-error"'
check "a bad email: the rest of the typing is kept" contains "$out" 'value="lifts, kept"'
check "a bad email: the name is kept" contains "$out" 'value="Sam"'
out=$(post /people --data-urlencode "name=  " --data-urlencode "phone=07700 900456")
check "no name: 400 beside the name" contains "$out" 'id="name-error"'
out=$(post /people --data-urlencode "name=$evil")
check "a name someone already has: 400 beside the name" contains "$out" 'id="name-error"'
check "a name someone already has: the typed name is kept, escaped" contains "$out" 'value="&lt;script&gt;alert(&quot;x&quot;)'
out=$(post /people --data-urlencode "name=Jo" -d contacted=2026-03-20)
check "a contact in the future: 400 beside the day" contains "$out" 'id="contacted-error"'
out=$(post /people --data-urlencode "name=Jo" -d remind=99)
check "a reminder of 99 weeks: 400 beside the reminder" contains "$out" 'id="remind-error"'
out=$(post /people --data-urlencode "name=Jo" -d role=boss)
check "an unknown role: 400 beside the role" contains "$out" 'id="role-error"'
out=$(post /people --data-urlencode "name=Jo" -d phone=call-me-maybe)
check "a phone that is not a number: 400 beside the phone" contains "$out" 'id="phone-error"'
check "none of those wrote anything" test "$(people | jq '.people | length')" = 1

echo "# adding, changing, in touch, removing"
out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST --data-urlencode "csrf=$token" --data-urlencode "name=Dr Patel" \
	-d role=gp --data-urlencode "phone=0161 496 0000" -d remind=0 "$BASE/people")
check "adding someone goes back to the list" contains "$out" "Location: /people?saved="
id=$(people | jq '.people[] | select(.name == "Dr Patel") | .id')
check "they are in the care team" contains "$(get /people)" "Your care team"
check "the list says they were saved" contains "$(get "/people?saved=$id")" "Saved what you hold about Dr Patel."
out=$(post "/people/$id/edit" --data-urlencode "name=Dr Patel" -d role=gp --data-urlencode "phone=0161 496 0001" \
	--data-urlencode "helps=my medication" -d remind=4)
check "a change is saved (303)" test "$(tail -1 <<<"$out")" = 303
check "the change is there" test "$(people | jq -c --argjson id "$id" '.people[] | select(.id == $id) | [.phone, .helps, .remind_weeks]')" = '["0161 496 0001","my medication",4]'
out=$(post "/people/$id/edit" --data-urlencode "name=Dr Patel" --data-urlencode "email=a b@c" --data-urlencode "helps=changed words")
check "a bad change: 400 and the typing kept" contains "$out" 'value="changed words"'
check "a bad change wrote nothing" test "$(people | jq -r --argjson id "$id" '.people[] | select(.id == $id) | .helps')" = "my medication"
check "an unknown person: 404" test "$(status "$BASE/people/999/edit")" = 404
out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST --data-urlencode "csrf=$token" -d back=today "$BASE/people/1/contacted")
check "one tap on Today goes back to Today" contains "$out" "Location: /?contacted=1"
check "it is noted as today" test "$(people | jq -r '.people[] | select(.id == 1) | .contacted')" = 2026-03-14
check "Today says it was noted" contains "$(get '/?contacted=1')" "Noted: you were in touch today with"
check "and the reminder has gone" lacks "$(get /)" "It has been"
check "the list says today" contains "$(get /people)" "Saturday 14 March 2026 (today)"
out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST --data-urlencode "csrf=$token" "$BASE/people/$id/delete")
check "remove goes to the list with an Undo" contains "$out" "Location: /people?deleted=$id"
check "they are gone from the list" test "$(people | jq '.people | length')" = 1
check "the list offers Undo" contains "$(get "/people?deleted=$id")" "action=\"/people/$id/undo\""
check "Undo brings them back" test "$(status -X POST --data-urlencode "csrf=$token" "$BASE/people/$id/undo")" = 303
check "they are back" test "$(people | jq '.people | length')" = 2
curl -s -o /dev/null -b "$T/jar" -X POST --data-urlencode "csrf=$token" "$BASE/people/$id/delete"
post /people --data-urlencode "name=dr patel" >/dev/null
out=$(post "/people/$id/undo")
check "Undo when someone else now has the name: 400, kindly" contains "$out" "already have someone called"
check "and only the new one is there" test "$(people | jq -c '[.people[].name] | sort')" = "$(jq -cn --arg n "$evil" '[$n, "dr patel"] | sort')"
finish
