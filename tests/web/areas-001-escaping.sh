# Hostile text in an area's name, its description, a note and the person's
# own area comes back escaped on every life-areas page (and on the recovery
# page, which names the sets), never as markup.
. "$(dirname "$0")/lib.sh"
export WAYMARK_TEST_NOW=2026-03-14T09:30:00 XDG_DATA_HOME="$T/data"
evil='<script>alert("x")</script> & '"'"'q'"'"
"$WAYMARK" vault init >/dev/null
"$WAYMARK" areas rename Money "$evil" --about '<img src=x onerror=alert(1)>' >/dev/null
"$WAYMARK" areas add '<b>bold</b> area' >/dev/null
"$WAYMARK" areas rate "$evil=4" "<b>bold</b> area=6" --note "$evil=<script>note()</script>" \
	--date 2026-03-01 >/dev/null
"$WAYMARK" areas rate "$evil=5" --date 2026-03-10 >/dev/null
"$WAYMARK" areas focus "$evil" >/dev/null
ids=($("$WAYMARK" areas history --json | jq -r '.ratings[].id'))
start_server
login
for path in /areas /areas/history /areas/edit "/areas?focus=1" "/areas/history?saved=${ids[1]}" \
	"/areas/history?from=${ids[1]}&to=${ids[0]}" /recovery; do
	body=$(get "$path")
	check "$path: 200" test "$(status "$BASE$path")" = 200
	check "$path: no raw <script> from a name or note" lacks "$body" '<script>'
	check "$path: no raw <img> from a description" lacks "$body" '<img src=x'
	check "$path: no raw <b> from an own area" lacks "$body" '<b>bold'
done
body=$(get /areas)
check "the rating form shows the name escaped" contains "$body" '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;'
check "the rating form shows the description escaped" contains "$body" '&lt;img src=x onerror=alert(1)&gt;'
check "the focus shows the name escaped" contains "$body" '<strong>&lt;script&gt;alert'
body=$(get /areas/history)
check "the notes show the note escaped" contains "$body" '&lt;script&gt;note()&lt;/script&gt;'
check "the wheel's titles are escaped" contains "$body" '<title>7. &lt;script&gt;alert'
body=$(get /areas/edit)
check "the rename box holds the name escaped in its value" contains "$body" 'value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"'
check "the description box holds it escaped" contains "$body" '>&lt;img src=x onerror=alert(1)&gt;</textarea>'
body=$(get "/areas?set=%3Cscript%3E")
check "an unknown set is a kind 400, not an echo" test "$(status "$BASE/areas?set=%3Cscript%3E")" = 400
check "the unknown set's name comes back escaped" lacks "$body" '<script>'
finish
