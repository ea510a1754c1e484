# waymark report --html and the questions to ask: the web page holds the
# chosen sections only, escapes the person's words, and questions are
# added, listed (and as JSON), removed and travel through export/import.
D=$(cd "$(dirname "$0")/../data/report" && pwd)
. "$(dirname "$0")/lib.sh"
run report question list
run report question add "Can I change the time I take my tablets?"
run report question add Is there a "<b>group</b>" near me?
run report question
"$WAYMARK" report question list --json | jq -c '[.[] | {text, date, time}]'
run report question remove 1
run report question list
run report --sections questions --html "$T/q.html"
grep -o '<li>[^<]*</li>' "$T/q.html"
grep -c "<b>group" "$T/q.html"
echo "--- export and import carry the questions"
"$WAYMARK" export --json "$T/all.json" >/dev/null
jq -c '[.records[] | select(.kind == "report-question") | .data]' "$T/all.json"
WAYMARK_VAULT="$T/other.db" "$WAYMARK" import --json "$T/all.json" >/dev/null 2>&1
WAYMARK_VAULT="$T/other.db" run report question list
echo "--- a whole report as a web page"
. "$D/fill.sh"
run report --sections mood,measures,areas --html "$T/report.html"
for s in report-mood report-sleep report-measures report-goals report-plan report-notes report-areas report-questions; do
	printf '%-18s %s\n' "$s" "$(grep -c "id=\"$s\"" "$T/report.html")"
done
grep -o '<title>[^<]*</title>' "$T/report.html"
grep -o '<p class="report-period">.*</p>' "$T/report.html"
grep -c '<svg class="chart"' "$T/report.html"
grep -o '<td>[0-9]* out of 2[17] ([a-z ]*)' "$T/report.html"
grep -c '<script' "$T/report.html"
echo "--- both at once, and to standard output"
run report --sections notes --pdf "$T/n.pdf" --html "$T/n.html"
"$WAYMARK" report --sections notes --html - | grep -o '&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; a good walk'
