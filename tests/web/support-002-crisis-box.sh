# The crisis box on the web says what the CLI's box says, in the same
# order: the person's own safety-plan steps first, then 999, then the
# crisis lines open now, each one tap away. The person's words are
# escaped.
. "$(dirname "$0")/lib.sh"
export WAYMARK_TEST_NOW=2026-03-14T09:30:00
"$WAYMARK" plan edit safety.on-my-own --add "a cold shower" --add '<script>alert("plan")</script>' >/dev/null 2>&1
"$WAYMARK" plan edit safety.people --add "Sam 07700 900123" --add "Mum" --add "Jo" --add "Pat" >/dev/null
"$WAYMARK" plan edit safety.reasons --add "my cat Pip" >/dev/null
start_server
login
token=$(csrf)

out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST --data-urlencode "csrf=$token" -d mood=0 "$BASE/checkin")
id=$(grep -o 'saved=[0-9]*' <<<"$out" | cut -d= -f2)
check "a crisis check-in is saved" test -n "$id"
body=$(get "/?saved=$id")
box=$(sed -n '/<section class="crisis"/,/<\/section>/p' <<<"$body")
check "after a crisis check-in the box appears" contains "$box" "Things sound really hard right now."
line() { grep -n -F -- "$1" <<<"$box" | head -1 | cut -d: -f1; }
check "the safety plan comes first" test "$(line 'Your safety plan')" -lt "$(line 'call 999 or go to A&amp;E')"
check "999 comes before the lines open now" test "$(line 'call 999 or go to A&amp;E')" -lt "$(line 'Open now, to talk or text')"
check "the person's own steps, in plan order" contains "$box" "<li>Things I can do on my own: a cold shower; &lt;script&gt;alert(&quot;plan&quot;)&lt;/script&gt;</li>"
check "long lists end with 'and 1 more', as in the CLI" contains "$box" "People I can ask for help: Sam 07700 900123; Mum; Jo; and 1 more"
check "reasons for living are there" contains "$box" "My reasons for living: my cat Pip"
check "a step's words are never markup" lacks "$body" '<script>alert("plan")'
check "999 is one tap" contains "$box" '<a class="reach call" href="tel:999">Call 999</a>'
check "NHS 111 is open now and one tap" contains "$box" '<a class="reach" href="tel:111">NHS 111: call 111</a>'
check "Samaritans is open now and one tap" contains "$box" 'href="tel:116123"'
check "Shout is open now and one tap" contains "$box" 'href="sms:85258?body=SHOUT"'
check "the emergency line is not listed twice" test "$(grep -c 'tel:999' <<<"$box")" = 1
check "the Support page shows the same box" contains "$(get /help)" "Things I can do on my own: a cold shower"
cli_box=$("$WAYMARK" crisis)
for words in "Things I can do on my own: a cold shower" "NHS 111: call 111" "Samaritans: call 116 123" "Shout: text SHOUT to 85258"; do
	check "the CLI box says it too: $words" contains "$cli_box" "$words"
done
out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST --data-urlencode "csrf=$token" -d mood=1 "$BASE/checkin")
id=$(grep -o 'saved=[0-9]*' <<<"$out" | cut -d= -f2)
check "an ordinary check-in shows no crisis box" lacks "$(get "/?saved=$id")" '<section class="crisis"'
curl -s -o /dev/null -b "$T/jar" -X POST --data-urlencode "csrf=$token" --data-urlencode "note=I want to end my life" \
	-d date=2026-03-14 -d time=09:00 "$BASE/diary/$id/edit"
check "an entry edited to crisis words shows the box with the steps" contains "$(get "/diary/$id?saved=1")" "Things I can do on my own"
finish

