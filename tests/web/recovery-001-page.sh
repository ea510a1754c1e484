# The both-recoveries page: the person's own words, written, changed and
# removed on the page (escaped, kept through bad input, CSRF refused), beside
# one time line whose two charts hold the same numbers as its table.
. "$(dirname "$0")/lib.sh"
export WAYMARK_TEST_NOW=2026-03-14T09:30:00 XDG_DATA_HOME="$T/data"
evil='<script>alert("x")</script> & '"'"'q'"'"' <img src=x onerror=alert(1)>'
"$WAYMARK" vault init >/dev/null
start_server
login
token=$(csrf)
post() { curl -s -b "$T/jar" -w '\n%{http_code}' -X POST "$BASE$1" --data-urlencode "csrf=$token" "${@:2}"; }
said() { "$WAYMARK" recovery statement; }

page=$(get /recovery)
check "an empty vault: the page opens" test "$(status "$BASE/recovery")" = 200
check "an empty vault: a kind word, no chart" contains "$page" 'Nothing here yet.'
check "an empty vault: the statement form is open" contains "$page" '<details class="more" open><summary>Write your words</summary>'

for path in /recovery/statement /recovery/statement/delete; do
	check "POST $path without the CSRF token is refused" \
		test "$(status -X POST --data-urlencode "statement=x" "$BASE$path")" = 403
done
check "nothing was written by the refused POSTs" contains "$(said)" 'You have not written a statement yet'

long=$(printf 'a%.0s' $(seq 1 2001))
out=$(post /recovery/statement --data-urlencode "statement=$long")
check "over-long words: 400" test "$(tail -1 <<<"$out")" = 400
check "over-long words: the message is beside the box" contains "$out" 'id="statement-error">that is longer than 2000 characters'
check "over-long words: every word is kept" contains "$out" ">$long</textarea>"
check "over-long words: nothing saved" contains "$(said)" 'You have not written a statement yet'
out=$(post /recovery/statement --data-urlencode "statement=   ")
check "no words: 400 with a kind message" contains "$out" 'there are no words to save yet'

out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST "$BASE/recovery/statement" --data-urlencode "csrf=$token" \
	--data-urlencode "statement=$evil")
check "words are saved (303 back to the page)" contains "$out" "Location: /recovery?saved=1"
check "exactly as typed" test "$(said)" = "$evil"
page=$(get "/recovery?saved=1")
check "saved: says so" contains "$page" 'Your words are saved.'
check "the words are escaped" contains "$page" '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; &lt;img src=x onerror=alert(1)&gt;'
check "no raw <script> from them" lacks "$page" '<script>alert'
check "no raw <img> from them" lacks "$page" '<img src=x'
check "the box to change them holds them escaped" contains "$page" '<textarea id="statement" name="statement" rows="4" aria-describedby="statement-hint">&lt;script&gt;'
out=$(post /recovery/statement --data-urlencode "statement=Enjoying Sundays again")
check "they can be changed" test "$(tail -1 <<<"$out")/$(said)" = "303/Enjoying Sundays again"

# the time line: both kinds, one chart each, the same numbers as the table
"$WAYMARK" areas rate Money=4 "Where I live=7" --date 2026-01-05 >/dev/null
"$WAYMARK" areas rate Money=6 "Where I live=6" Routine=4 --date 2026-02-05 >/dev/null
"$WAYMARK" areas rate --set chime Hope=3 Identity=6 --date 2026-02-05 >/dev/null
"$WAYMARK" measure take phq9 --answers 2,2,2,1,1,2,1,1,0 --date 2026-01-05 >/dev/null
"$WAYMARK" measure take phq9 --answers 1,1,1,0,0,1,0,0,0 --date 2026-02-05 >/dev/null
"$WAYMARK" measure take gad7 --answers 1,-,0,0,1,0,0 --date 2026-02-06 >/dev/null
page=$(get /recovery)
svg=$(grep -o '<circle class="s-[0-9]"[^>]*data-value="[0-9.]*"' <<<"$page" | sed 's/.*data-value="//; s/"$//' | sort -n | tr '\n' ' ')
tab=$(grep -o '<td class="value">[0-9.]*</td>' <<<"$page" | sed 's/<[^>]*>//g' | sort -n | tr '\n' ' ')
check "the charts' dots are the table's numbers ($svg)" test "$svg" = "$tab"
check "and they are the averages and totals" test "$svg" = "4 4.5 5.3 5.5 12 "
check "two charts on one set of steps" test "$(grep -c '<svg class="chart"' <<<"$page")" = 2
check "the life-areas chart" contains "$page" '<title id="life-t">Your life-area ratings over time</title>'
check "the questionnaire chart" contains "$page" '<title id="feel-t">Your questionnaire totals over time</title>'
check "an incomplete response is in the table, without a total" contains "$page" '<td class="none">no total</td>'
check "since you started, for the areas" contains "$page" '<strong>Life areas</strong>: up 1 point in all over 2 areas'
check "since you started, for the PHQ-9" contains "$page" '<strong>PHQ-9</strong>: 12 to 4, down 8, a reliable improvement'
check "the words sit beside it all" contains "$page" 'Enjoying Sundays again'

out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST "$BASE/recovery/statement/delete" --data-urlencode "csrf=$token")
check "the words can be removed" contains "$out" "Location: /recovery?saved=removed"
check "and they are gone" contains "$(said)" 'You have not written a statement yet'
check "the page says so kindly" contains "$(get '/recovery?saved=removed')" 'You can write new ones whenever you like.'
finish
