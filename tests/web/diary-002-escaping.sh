# A note holding <script>, quotes and & comes back escaped on every page,
# and as well-formed JSON from the API.
. "$(dirname "$0")/lib.sh"
evil='<script>alert("x")</script> & '"'"'q'"'"' <img src=x onerror=alert(1)>'
"$WAYMARK" checkin --mood 4 --note "$evil" --tag '<b>tag</b>' --with '"Sam"' \
	--coped '<i>walk</i>' --win '&amp;' >/dev/null 2>&1
start_server
login
for path in / /diary /diary/1 /diary/1/edit "/diary?q=script" /mood "/?saved=1" "/diary/1?saved=1"; do
	body=$(get "$path")
	check "$path: no raw <script> from the note" lacks "$body" '<script>alert'
	check "$path: no raw <img> from the note" lacks "$body" '<img src=x'
done
body=$(get /diary/1)
check "the entry page shows the note escaped" contains "$body" '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;'
check "the tag is escaped" contains "$body" '&lt;b&gt;tag&lt;/b&gt;'
check "an & in text is escaped once" contains "$body" '&amp;amp;'
body=$(get /diary/1/edit)
check "the edit form holds the note escaped in its textarea" contains "$body" '&lt;script&gt;alert(&quot;x&quot;)'
check "the edit form holds the name escaped in its value" contains "$body" 'value="&quot;Sam&quot;"'
json=$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/checkins/1")
hdrs=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/checkins/1")
check "the API answers JSON" contains "$hdrs" "Content-Type: application/json"
check "the API response is well-formed JSON holding the exact note" \
	test "$(jq -r .entry.note <<<"$json")" = "$evil"
check "quotes are escaped in the JSON" contains "$json" 'alert(\"x\")'
check "</script> cannot end a script block in the JSON" contains "$json" '<\/script>'
finish
