# The Support page ("Need help now?"): reachable with no vault and when
# locked; crisis lines first; open and closed states at a fixed UK time
# (WAYMARK_TEST_NOW); age and group filters; bad filters keep what was
# typed; bank holidays; the JSON answer.
. "$(dirname "$0")/lib.sh"

# restart SERVER at another moment (UK clock)
restart_at() {
	kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
	SERVER=
	export WAYMARK_TEST_NOW=$1
	start_server
	login
}

export WAYMARK_TEST_NOW=2026-03-14T16:40:00 # a Saturday, GMT
start_server
login
body=$(get /help)
check "no vault yet: the Support page still opens" test "$(status "$BASE/help")" = 200
check "no vault was made by looking" test ! -e "$WAYMARK_VAULT"
check "it says what time it is in the UK" contains "$body" "It is Saturday 14 March 2026, 16:40 (UK time)."
check "the crisis box is first, with 999" contains "$(sed -n '/<main/,/now-h/p' <<<"$body")" 'href="tel:999"'
check "Samaritans is one tap away" contains "$body" 'href="tel:116123"'
check "Shout is one tap away, with the word to send" contains "$body" 'href="sms:85258?body=SHOUT"'
check "no safety plan steps without a vault" lacks "$body" "Your safety plan"
check "crisis lines come before other support" \
	test "$(grep -n 'Crisis lines, open now' <<<"$body" | cut -d: -f1)" -lt "$(grep -n 'Other support, open now' <<<"$body" | cut -d: -f1)"
check "SANEline (16:30-22:30) is open until 22:30" contains "$body" 'SANEline: call 0300 304 7000</a> <span class="state state-open">open until 22:30'
check "CALM (from 17:00) opens at 17:00" contains "$body" 'CALM: call 0800 58 58 58</a> <span class="state state-opens-later">opens at 17:00'
check "Support Line's hours vary" contains "$body" 'state-hours-vary">hours vary'
check "the Rethink advice line (weekdays) is counted as closed" contains "$body" "1 more way to get in touch is closed at this time"
check "every line is listed with its hours" contains "$body" "Mon-Fri"
check "the Silver Line is listed for everyone" contains "$body" "The Silver Line"

body=$(get "/help?age=20&for=men")
check "age 20, men: says the list is filtered" contains "$body" "Only lines right for you (age 20, men) are shown."
check "age 20, men: CALM is shown" contains "$body" "CALM: call 0800 58 58 58"
check "age 20, men: the Silver Line (55 and over) is not" lacks "$body" "The Silver Line"
check "age 20, men: the choice is kept in the form" contains "$body" '<option value="men" selected>'
body=$(get "/help?age=60")
check "age 60: the Silver Line is shown" contains "$body" "The Silver Line"
check "age 60: Papyrus (under 35s) is not" lacks "$body" "Papyrus"
check "age 60: The Mix (under 25s) is not" lacks "$body" "The Mix"

out=$(curl -s -w '\n%{http_code}' -b "$T/jar" "$BASE/help?age=twenty")
check "a bad age: 400" test "$(tail -1 <<<"$out")" = 400
check "a bad age: the message sits beside the field" contains "$out" 'id="age-error"'
check "a bad age: the field says it is invalid" contains "$out" 'aria-invalid="true" aria-describedby="age-error"'
check "a bad age: what was typed is kept" contains "$out" 'value="twenty"'
check "a bad age: every line is still shown" contains "$out" "Samaritans: call 116 123"
check "a bad age: the crisis box is still there" contains "$out" 'href="tel:999"'
out=$(curl -s -w '\n%{http_code}' -b "$T/jar" "$BASE/help?for=dogs")
check "an unknown group: 400 beside the field" contains "$out" 'id="for-error"'
out=$(curl -s -b "$T/jar" -G "$BASE/help" --data-urlencode 'age=<script>alert(1)</script>')
check "typed text is escaped, never markup" lacks "$out" "<script>alert(1)"
check "typed text comes back escaped" contains "$out" 'value="&lt;script&gt;alert(1)&lt;/script&gt;"'

json=$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/support/now?age=20&for=men")
check "the API answers at the same moment" test "$(jq -r '.at.date + " " + .at.time' <<<"$json")" = "2026-03-14 16:40"
check "the API lists CALM as opening later" test "$(jq -r '[.channels[] | select(.line == "calm")][0].state' <<<"$json")" = "opens-later"
check "the API refuses a bad age with 400" test "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/support/now?age=x")" = 400

restart_at 2026-03-14T21:40:00
body=$(get /help)
check "21:40: Papyrus closes in 20 min" contains "$body" 'Papyrus HOPELINEUK: call 0800 068 41 41</a> <span class="state state-open">open, closes in 20 min'
restart_at 2026-03-14T23:30:00
body=$(get /help)
check "23:30: CALM (until midnight) is still open" contains "$body" 'CALM: call 0800 58 58 58</a> <span class="state state-open">open, closes in 30 min'
check "23:30: SANEline is closed (counted, not listed as open)" lacks "$body" 'SANEline: call 0300 304 7000</a> <span class="state state-open'
restart_at 2026-12-25T12:00:00
check "Christmas Day: a bank holiday, and it says so" contains "$(get /help)" "Today is a bank holiday in England and Wales"
check "Scotland's bank holidays when chosen" contains "$(get '/help?nation=scotland')" "Today is a bank holiday in Scotland"
restart_at 2031-06-02T12:00:00
check "a year the file does not cover: says it cannot tell" contains "$(get /help)" "Waymark only knows the bank holidays for 2025 to 2028"
finish
