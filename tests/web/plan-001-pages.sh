# The plan on the web: every part shown, a part edited item by item (add,
# change, move, remove), bad input kept with nothing saved, every POST
# needing the CSRF token, triggers counted from the diary's tags, reviews,
# the printable card inside the site's CSP, and the person's words escaped
# on every page.
. "$(dirname "$0")/lib.sh"
export WAYMARK_TEST_NOW=2026-03-14T09:30:00
evil='<script>alert("x")</script> & '"'"'q'"'"''
"$WAYMARK" plan edit toolbox --add "$evil" --add "a walk" >/dev/null 2>&1
"$WAYMARK" plan edit triggers --add "money worries" --add "work" >/dev/null
"$WAYMARK" plan edit crisis.medicines --add '<img src=x onerror=alert(1)>' >/dev/null
"$WAYMARK" plan edit safety.on-my-own --add "$evil" >/dev/null
"$WAYMARK" checkin --mood 4 --tag "money worries,rain" --date 2026-03-13 >/dev/null
"$WAYMARK" checkin --mood 5 --tag "Money Worries" >/dev/null
"$WAYMARK" checkin --mood 5 --tag "money worries" --date 2026-03-01 >/dev/null
start_server
login
token=$(csrf)
plan() { curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/plan"; }
post() { curl -s -b "$T/jar" -w '\n%{http_code}' -X POST "$BASE$1" --data-urlencode "csrf=$token" "${@:2}"; }

for path in /plan "/plan/edit?part=toolbox" "/plan/edit?part=crisis" "/plan/edit?part=safety" /plan/card /help; do
	body=$(get "$path")
	check "$path: no raw <script> from the plan" lacks "$body" '<script>alert'
	check "$path: no raw <img> from the plan" lacks "$body" '<img src=x'
done
check "the plan page shows the item escaped" contains "$(get /plan)" '<li>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</li>'
check "the edit form holds the item escaped in its box" contains "$(get '/plan/edit?part=toolbox')" 'value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"'
check "every part is on the plan page" test "$(get /plan | grep -c 'class="plan-part"')" = 10
check "a trigger logged twice in the last 7 days says so" contains "$(get /plan)" '<span class="tag">money worries</span> <span class="count">logged 2 times in the last 7 days</span>'
check "a trigger not logged says so gently" contains "$(get /plan)" '<span class="tag">work</span> <span class="count none">not logged in the last 7 days</span>'
check "an unknown part: 400" test "$(status "$BASE/plan/edit?part=nonsense")" = 400

echo "# every POST needs the CSRF token"
check "POST /plan/edit without the token: 403" test "$(status -X POST -d "part=toolbox&i0=gone&op=save" "$BASE/plan/edit")" = 403
check "POST /plan/review without the token: 403" test "$(status -X POST -d "done=1" "$BASE/plan/review")" = 403
check "nothing changed" test "$(plan | jq -c '[.plan.toolbox, .plan.review]')" = "$(jq -cn --arg e "$evil" '[[$e, "a walk"], null]')"

echo "# editing a part item by item"
out=$(post /plan/edit -d part=toolbox --data-urlencode "i0=a walk by the sea" --data-urlencode "i0=a bath" \
	--data-urlencode "a0=music" -d op=add-0)
check "add: back to the part, at its list" test "$(tail -1 <<<"$out")" = 303
check "add: the typed change and the new item are saved" test "$(plan | jq -c .plan.toolbox)" = '["a walk by the sea","a bath","music"]'
post /plan/edit -d part=toolbox -d i0=one -d i0=two -d i0=three -d a0= -d op=down-0-1 >/dev/null
check "move down" test "$(plan | jq -c .plan.toolbox)" = '["two","one","three"]'
post /plan/edit -d part=toolbox -d i0=two -d i0=one -d i0=three -d a0= -d op=up-0-3 >/dev/null
check "move up" test "$(plan | jq -c .plan.toolbox)" = '["two","three","one"]'
post /plan/edit -d part=toolbox -d i0=two -d i0=three -d i0=one -d a0= -d op=remove-0-2 >/dev/null
check "remove" test "$(plan | jq -c .plan.toolbox)" = '["two","one"]'
post /plan/edit -d part=toolbox -d i0=two -d i0= -d a0= -d op=save >/dev/null
check "an emptied box is taken out on Save" test "$(plan | jq -c .plan.toolbox)" = '["two"]'
out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST --data-urlencode "csrf=$token" -d part=safety \
	-d i18=x -d a17= -d a18= -d a19= -d a20= -d a21= -d a22= -d a23= -d op=save "$BASE/plan/edit")
check "Save goes back to the plan, at the part" contains "$out" "Location: /plan?saved=safety#safety"
check "the plan says it was saved" contains "$(get '/plan?saved=safety')" "Saved: My safety plan."
post /plan/edit -d part=triggers --data-urlencode "i3=Money  Worries" -d i3=work --data-urlencode "a3=#Noise" -d a4= -d op=save >/dev/null
check "triggers are kept as diary tags" test "$(plan | jq -c .plan.triggers.tags)" = '["money worries","work","noise"]'

echo "# bad input"
long=$(printf 'x%.0s' $(seq 1 501))
out=$(post /plan/edit -d part=toolbox --data-urlencode "i0=kept words" --data-urlencode "a0=$long" -d op=save)
check "an item too long: 400" test "$(tail -1 <<<"$out")" = 400
check "an item too long: the message is beside the box" contains "$out" 'id="a0-error"'
check "an item too long: the other items are kept" contains "$out" 'value="kept words"'
out=$(post /plan/edit -d part=triggers -d i3=work --data-urlencode "i3=a trigger far too long to be one of the tags" -d a3= -d op=save)
check "a tag too long: 400 beside its box" contains "$out" 'id="i3-2-error"'
check "a tag too long: the box says it is invalid" contains "$out" 'aria-invalid="true" aria-describedby="i3-2-error"'
out=$(post /plan/edit -d part=toolbox -d a0= -d op=add-0)
check "Add with nothing written: 400, kindly" contains "$out" "there is nothing to add yet"
out=$(post /plan/edit -d part=toolbox -d op=up-99-1)
check "a button that names no list: 400" test "$(tail -1 <<<"$out")" = 400
check "none of those saved anything" test "$(plan | jq -c '[.plan.toolbox, .plan.triggers.tags]')" = '[["two"],["money worries","work","noise"]]'

echo "# reviews"
out=$(post /plan/review -d every=6)
check "a review every 6 months is saved" test "$(plan | jq .plan.review.every_months)" = 6
check "the plan says when the next review is" contains "$(get /plan)" "Waymark will suggest looking over it again on"
out=$(post /plan/review -d every=99)
check "a review every 99 months: 400" test "$(tail -1 <<<"$out")" = 400
out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST --data-urlencode "csrf=$token" -d every=6 -d done=1 "$BASE/plan/review")
check "'I have looked over it' notes today" test "$(plan | jq -r .plan.review.last)" = 2026-03-14
check "and says thank you" contains "$(get '/plan?reviewed=1')" "Thank you for taking the time"

echo "# the card"
card=$(get /plan/card)
hdrs=$(curl -s -D - -o /dev/null -b "$T/jar" "$BASE/plan/card")
check "the card is a page of the site" contains "$card" '<article class="card">'
check "the card has the crisis plan" contains "$card" '&lt;img src=x onerror=alert(1)&gt;'
check "the card has the help lines" contains "$card" "Samaritans"
check "the card has no inline style (the CSP forbids it)" lacks "$card" "<style"
check "the card has no style attributes" lacks "$card" "style="
check "the card is served under the strict CSP" contains "$hdrs" "style-src 'self'"
check "the JSON names the next review" test "$(plan | jq -r .plan.next_review)" = 2026-09-14
finish
