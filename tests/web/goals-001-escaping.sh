# Hostile text in every answer of a goal comes back escaped on every goals
# page (and on Today and in the diary, through the hooks), and exact in
# the JSON.
. "$(dirname "$0")/lib.sh"
evil='<script>alert("x")</script> & '"'"'q'"'"' <img src=x onerror=alert(1)>'
today=$(date +%F)
"$WAYMARK" goal new --title "$evil" --why "$evil" --achievable "$evil" --prepare "$evil" \
	--deadline "in 6 months" --deadline-note "$evil" --step "$evil" --reward "$evil" \
	--if-missed "$evil" --area "$evil" --target '2 <b>"meals"&amp; per week' >/dev/null 2>&1
"$WAYMARK" goal step add 1 "$evil" --by today >/dev/null 2>&1
"$WAYMARK" goal log 1 --note "$evil" >/dev/null 2>&1
"$WAYMARK" goal new --title "$evil, the second" --deadline 2026-01-01 --if-missed "$evil" >/dev/null 2>&1
"$WAYMARK" checkin --mood 5 --note "a day with progress" >/dev/null 2>&1
start_server
login
token=$(csrf)
log_id=$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/goals/1" | jq '.entries[0].id')
pages="/goals /goals/new /goals/1 /goals/1/edit /goals/1?saved=new /goals/1?logged=$log_id
	/goals/1?step=done /goals/1?paused=1 /goals/3 / /diary"
for path in $pages; do
	body=$(get "$path")
	check "$path: no raw <script> from the goal" lacks "$body" '<script>alert'
	check "$path: no raw <img> from the goal" lacks "$body" '<img src=x'
done
body=$(get /goals/1)
check "the goal page shows the title escaped" contains "$body" '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;'
check "the goal page shows what is counted escaped" contains "$body" '&lt;b&gt;&quot;meals&quot;&amp;amp;'
check "the goal page shows the answers (why, steps, note, area...)" \
	test "$(grep -o '&lt;img src=x' <<<"$body" | wc -l)" -ge 8
check "the edit form holds the why escaped in its textarea" contains "$(get /goals/1/edit)" \
	'<textarea id="why" name="why" rows="3">&lt;script&gt;'
check "Today shows the step due, escaped" contains "$(get /)" 'class="due"'
check "the diary shows the progress under the day, escaped" contains "$(get /diary)" 'class="goal-events"'
check "a passed deadline shows the person's own words, escaped" contains "$(get /goals/3)" \
	'<blockquote class="own-words"><p>&lt;script&gt;'

out=$(curl -s -w '\n%{http_code}' -b "$T/jar" -X POST "$BASE/goals/new" --data-urlencode "csrf=$token" \
	--data-urlencode "title=$evil" -d deadline=whenever --data-urlencode "why=$evil")
check "a form sent back with bad input: 400" test "$(tail -1 <<<"$out")" = 400
check "a form sent back keeps the hostile text, escaped" contains "$out" 'value="&lt;script&gt;alert(&quot;x&quot;)'
check "a form sent back has no raw <script>" lacks "$out" '<script>alert'

"$WAYMARK" goal done 1 >/dev/null 2>&1
body=$(get "/goals/1?done=1")
check "the celebration shows the reward escaped" contains "$body" '<blockquote class="own-words"><p>&lt;script&gt;'
check "the celebration has no raw <script>" lacks "$body" '<script>alert'

json=$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/goals/1")
check "the API holds the exact title" test "$(jq -r .goal.title <<<"$json")" = "$evil"
check "the API holds the exact note" test "$(jq -r '.entries[0].note' <<<"$json")" = "$evil"
check "</script> cannot end a script block in the JSON" contains "$json" '<\/script>'
finish
