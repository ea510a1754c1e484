# A person's own measure file is shown as text, never markup: hostile
# wording in its title, items, options, bands and attribution, and in the
# name of a file that was left out, comes back escaped on every
# questionnaire page and on the recovery page.
. "$(dirname "$0")/lib.sh"
export WAYMARK_TEST_NOW=2026-03-14T09:30:00 XDG_DATA_HOME="$T/data"
mkdir -p "$XDG_DATA_HOME/waymark/measures"
cat >"$XDG_DATA_HOME/waymark/measures/calm3.json" <<'JSON'
{
  "format": "waymark-measure", "version": 1, "id": "calm3", "name": "CALM<b>3",
  "title": "A made-up <script>alert(1)</script> check", "about": "About <img src=x onerror=alert(2)>",
  "licence": "user-supplied", "copyright": "Notice <script>alert(3)</script> & co",
  "instructions": "Over the last week <script>alert(4)</script>?",
  "options": [ { "value": 0, "label": "No <script>alert(5)</script>" }, { "value": 1, "label": "Yes" } ],
  "items": [ { "id": "1", "text": "I felt <script>alert(6)</script>" }, { "id": "2", "text": "Calm \"quoted\" & 'single'" } ],
  "score": { "method": "sum", "higher_is": "better" },
  "bands": [ { "from": 0, "label": "low <script>alert(7)</script>" }, { "from": 1, "label": "high" } ]
}
JSON
printf '{ "format": "nope" }' >"$XDG_DATA_HOME/waymark/measures/<script>bad.json"
"$WAYMARK" vault init >/dev/null
"$WAYMARK" measure take calm3 --answers 1,0 --date 2026-03-01 >/dev/null 2>&1
"$WAYMARK" measure take calm3 --answers 1,1 --date 2026-03-10 >/dev/null 2>&1
id=$("$WAYMARK" measure history --json 2>/dev/null | jq -r '.entries[0].id')
start_server
login
for path in /measures "/measures/take?m=calm3" "/measures/$id" "/measures/$id?saved=1" /measures/history /recovery; do
	body=$(get "$path")
	check "$path: 200" test "$(status "$BASE$path")" = 200
	check "$path: no raw <script> from the file" lacks "$body" '<script>'
	check "$path: no raw <img> from the file" lacks "$body" '<img src=x'
	check "$path: no raw <b> from the name" lacks "$body" 'CALM<b>'
done
body=$(get /measures)
check "the file left out is named, escaped" contains "$body" '&lt;script&gt;bad.json'
body=$(get "/measures/take?m=calm3")
check "the title is escaped" contains "$body" 'A made-up &lt;script&gt;alert(1)&lt;/script&gt; check'
check "an option is escaped" contains "$body" '<span>No &lt;script&gt;alert(5)&lt;/script&gt;</span>'
check "quotes in an item are escaped" contains "$body" 'Calm &quot;quoted&quot; &amp; &#39;single&#39;'
check "the attribution is escaped" contains "$body" 'Notice &lt;script&gt;alert(3)&lt;/script&gt; &amp; co'
body=$(get /measures/history)
check "a band label in the chart is escaped" contains "$body" '>low &lt;script&gt;alert(7)&lt;/script&gt;</text>'
out=$(curl -s -b "$T/jar" -w '\n%{http_code}' -X POST "$BASE/measures/take" -d "m=%3Cscript%3E")
check "a made-up measure name in a POST without CSRF: refused" test "$(tail -1 <<<"$out")" = 403
out=$(curl -s -b "$T/jar" -w '\n%{http_code}' -X POST "$BASE/measures/take" --data-urlencode "csrf=$(csrf)" -d "m=%3Cscript%3E")
check "an unknown measure name: 400" test "$(tail -1 <<<"$out")" = 400
check "its name comes back escaped" lacks "$out" '<script>'
finish
