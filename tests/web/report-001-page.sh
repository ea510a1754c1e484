# The Report page: nothing ticked until the person ticks it, only the
# chosen parts shown and downloaded (PDF and a web page), hostile text kept
# as text, bad input answered with 400, the message beside the field and
# the typing kept; questions added, taken off and brought back, never
# without the CSRF token; and their JSON API.
D=$(cd "$(dirname "$0")/../data/report" && pwd)
. "$(dirname "$0")/lib.sh"
export WAYMARK_TEST_NOW=2026-03-14T09:30:00
"$WAYMARK" vault init >/dev/null
. "$D/fill.sh"
start_server
login
token=$(csrf)
api() { curl -s -H "Authorization: Bearer $TOKEN" "$@"; }
questions() { api "$BASE/api/v1/report/questions" | jq '.questions | length'; }
post() { curl -s -b "$T/jar" -w '\n%{http_code}' -X POST "$BASE$1" --data-urlencode "csrf=$token" "${@:2}"; }

page=$(get /report)
check "the page is in the navigation" contains "$page" 'href="/report" aria-current="page"'
check "nothing is ticked for the person" lacks "$page" " checked"
check "no report before they choose" lacks "$page" '<article class="report"'
check "the questions are listed" contains "$page" "Is there a group for people with money worries?"

page=$(get '/report?show=1&section=notes&section=questions')
check "the chosen parts are shown" contains "$page" 'id="report-notes"'
check "...and only those" lacks "$page" 'id="report-mood"'
check "...not the questionnaires" lacks "$page" 'id="report-measures"' 
check "the choice stays ticked" contains "$page" 'value="notes" checked'
check "hostile text in a note is escaped" contains "$page" "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; a good walk"
check "no script from a note" lacks "$page" "<script>alert"
check "the period is said" contains "$page" "15 February to 14 March 2026"
check "downloads carry the same choice" contains "$page" 'href="/report.pdf?show=1&amp;from=&amp;to=&amp;section=notes&amp;section=questions"'

out=$(curl -s -D "$T/h" -o "$T/r.pdf" -b "$T/jar" -w '%{http_code}' "$BASE/report.pdf?show=1&section=notes&section=questions")
check "the PDF: 200" test "$out" = 200
check "the PDF: its type" grep -qi '^Content-Type: application/pdf' "$T/h"
check "the PDF: saved under a name with its period" grep -qi 'Content-Disposition: attachment; filename="waymark-report-2026-02-15-to-2026-03-14.pdf"' "$T/h"
pdftotext "$T/r.pdf" "$T/r.txt"
check "the PDF: opens, with the flagged note" grep -q "walking through" "$T/r.txt"
check "the PDF: without the parts not chosen" test "$(grep -c "Questionnaires\|Life areas" "$T/r.txt")" = 0
curl -s -o "$T/r2.pdf" -b "$T/jar" "$BASE/report.pdf?show=1&section=mood&section=sleep&section=measures&section=goals&section=plan&section=areas"
check "a second PDF from the same server, with every other part" test "$(pdftotext "$T/r2.pdf" - | grep -c "Questionnaires\|Life areas\|My plan")" -ge 3
curl -s -D "$T/h" -o "$T/r.html" -b "$T/jar" "$BASE/report.html?show=1&from=2026-03-01&to=2026-03-14&section=mood"
check "the web page file: saved, not shown" grep -qi 'Content-Disposition: attachment; filename="waymark-report-2026-03-01-to-2026-03-14.html"' "$T/h"
check "the web page file: the mood" grep -q 'id="report-mood"' "$T/r.html"
check "the web page file: nothing else" test "$(grep -c 'id="report-notes"' "$T/r.html")" = 0

out=$(curl -s -w '\n%{http_code}' -b "$T/jar" "$BASE/report?show=1&from=2026-03-20&to=2026-03-01&section=mood&section=sleep")
check "days the wrong way round: 400" test "$(tail -1 <<<"$out")" = 400
check "...the message is beside the field" contains "$out" 'id="from-error"'
check "...the dates are kept" contains "$out" 'value="2026-03-20"'
check "...and the ticks" contains "$out" 'value="sleep" checked'
check "...and no report" lacks "$out" '<article class="report"'
out=$(curl -s -w '\n%{http_code}' -b "$T/jar" "$BASE/report?show=1&from=2026-03-01")
check "nothing ticked: 400 saying so" contains "$out" "please tick at least one part"
check "...at the list of parts" contains "$out" 'id="sections-error"'
out=$(curl -s -w '\n%{http_code}' -b "$T/jar" "$BASE/report?show=1&section=dreams")
check "an unknown part: 400" test "$(tail -1 <<<"$out")" = 400
check "a download with nothing ticked: 400" test "$(status "$BASE/report.pdf?show=1")" = 400
check "a download for days to come: 400" test "$(status "$BASE/report.pdf?show=1&to=2026-04-01&section=mood")" = 400

n=$(questions)
out=$(post /report/questions --data-urlencode "question=<i>Why</i> do I wake at 4?" -d show=1 -d section=questions)
check "a question: back to the same view" contains "$(curl -s -D - -o /dev/null -b "$T/jar" -X POST "$BASE/report/questions" \
	--data-urlencode "csrf=$token" --data-urlencode "question=And another" -d show=1 -d section=questions)" \
	"Location: /report?show=1&from=&to=&section=questions#questions"
check "two questions added" test "$(questions)" = $((n + 2))
page=$(get '/report?show=1&section=questions')
check "a question's words are escaped" contains "$page" "&lt;i&gt;Why&lt;/i&gt; do I wake at 4?"
long=$(printf 'x%.0s' $(seq 1 501))
out=$(post /report/questions --data-urlencode "question=$long" -d show=1 -d section=notes)
check "a question too long: 400" test "$(tail -1 <<<"$out")" = 400
check "...the message beside the box" contains "$out" 'id="question-error"'
check "...the typing kept" contains "$out" "value=\"$long\""
check "...the report still shown" contains "$out" 'id="report-notes"'
out=$(post /report/questions --data-urlencode "question=   ")
check "an empty question: 400" test "$(tail -1 <<<"$out")" = 400
check "none of those were saved" test "$(questions)" = $((n + 2))
code=$(curl -s -o /dev/null -w '%{http_code}' -b "$T/jar" -X POST "$BASE/report/questions" --data-urlencode "question=sneaky")
check "a question without the CSRF token: 403" test "$code" = 403
check "...and not saved" test "$(questions)" = $((n + 2))

id=$(api "$BASE/api/v1/report/questions" | jq '.questions[0].id')
out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST "$BASE/report/questions/$id/delete" --data-urlencode "csrf=$token")
check "taking one off offers undo" contains "$out" "Location: /report?removed=$id#questions"
check "...it is off" test "$(questions)" = $((n + 1))
check "...the page says so, with Undo" contains "$(get "/report?removed=$id")" "action=\"/report/questions/$id/undo\""
code=$(curl -s -o /dev/null -w '%{http_code}' -b "$T/jar" -X POST "$BASE/report/questions/$id/undo")
check "undo without the CSRF token: 403" test "$code" = 403
curl -s -o /dev/null -b "$T/jar" -X POST "$BASE/report/questions/$id/undo" --data-urlencode "csrf=$token"
check "undo brings it back" test "$(questions)" = $((n + 2))
check "taking off one that is not there: 404" test "$(curl -s -o /dev/null -w '%{http_code}' -b "$T/jar" \
	-X POST "$BASE/report/questions/9999/delete" --data-urlencode "csrf=$token")" = 404

out=$(api -X POST -H 'Content-Type: application/json' -d '{"text": "From the API"}' "$BASE/api/v1/report/questions")
check "the API adds a question" test "$(jq -r .question.text <<<"$out")" = "From the API"
qid=$(jq .question.id <<<"$out")
out=$(api -w '\n%{http_code}' -X POST -H 'Content-Type: application/json' -d '{"text": ""}' "$BASE/api/v1/report/questions")
check "the API refuses an empty one with 400" test "$(tail -1 <<<"$out")" = 400
check "...naming the field" test "$(sed '$d' <<<"$out" | jq -r .error.field)" = text
check "the API takes one off" test "$(api -X DELETE "$BASE/api/v1/report/questions/$qid" | jq .deleted)" = "$qid"
check "...and says 404 the second time" test "$(api -o /dev/null -w '%{http_code}' -X DELETE "$BASE/api/v1/report/questions/$qid")" = 404
stop_server

# A full disk (SQLite's own limit, as in storage-001-disk-full.sh): the
# question comes back in its box with the message, for adding again later.
# A question may fit in a page the vault already has, so a few are sent
# until one needs a new page.
WAYMARK_TEST_DISK_FULL=1 start_server
rm -f "$T/jar"
login
token=$(csrf)
n=$(questions)
long="Could we go through $(printf 'what each of my tablets is for, %.0s' $(seq 1 14))"
for i in 1 2 3 4 5 6 7 8 9 10; do
	out=$(post /report/questions --data-urlencode "question=$i $long" -d show=1 -d section=questions)
	[ "$(tail -1 <<<"$out")" = 503 ] && break
done
check "disk full: a question comes back with 503" test "$(tail -1 <<<"$out")" = 503
check "...saying the disk is full" contains "$out" "the disk is full; free some space and try again"
check "...in the summary at the top" contains "$out" 'class="error-summary"'
check "...with the question still in its box" contains "$out" "value=\"$i $long\""
check "...and the report still shown" contains "$out" 'id="report-questions"'
check "...and that one not saved" test "$(questions)" = $((n + i - 1))
stop_server "disk full"
finish
