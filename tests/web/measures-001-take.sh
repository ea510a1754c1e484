# Taking a questionnaire on the page: the exact wording, options and
# attribution; CSRF refused; an unanswered question or a bad value sends
# the form back (400) with every answer kept and nothing saved, never
# prorated; PHQ-9 item 9 above 0 puts the crisis box before the score; a
# quick check of 3 or more suggests the full measure; the history chart
# holds the same numbers as its table, with indicators marked as not
# official and not a diagnosis.
. "$(dirname "$0")/lib.sh"
export WAYMARK_TEST_NOW=2026-03-14T09:30:00 XDG_DATA_HOME="$T/data"
"$WAYMARK" vault init >/dev/null
start_server
login
token=$(csrf)
post() { curl -s -b "$T/jar" -w '\n%{http_code}' -X POST "$BASE$1" --data-urlencode "csrf=$token" "${@:2}"; }
count() { "$WAYMARK" measure history --json | jq '.entries | length'; }
# answers a=0,1,... as item-1=a ...
answers() { local i=1 out=(); for v in "$@"; do [ "$v" != - ] && out+=(-d "item-$i=$v"); i=$((i + 1)); done; echo "${out[@]}"; }

check "a POST without the CSRF token is refused" \
	test "$(status -X POST -d "m=phq9&item-1=0" "$BASE/measures/take")" = 403
check "nothing was saved" test "$(count)" = 0

page=$(get /measures)
for m in PHQ-9 GAD-7 PHQ-2 GAD-2; do check "the list offers the $m" contains "$page" "Take the $m"; done
page=$(get "/measures/take?m=phq9")
check "the stem, exactly" contains "$page" '<p class="stem">Over the last 2 weeks, how often have you been bothered by any of the following problems?</p>'
check "item 9, exactly" contains "$page" '<span class="qn">9.</span> Thoughts that you would be better off dead or of hurting yourself in some way</legend>'
check "item 6, exactly (with its dash)" contains "$page" 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down'
for o in "Not at all" "Several days" "More than half the days" "Nearly every day"; do
	check "the option '$o'" contains "$page" "<span>$o</span>"
done
check "the attribution line" contains "$page" '<p class="attribution">Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.</p>'
check "item 9 carries a crisis box, hidden until answered" contains "$page" '<div class="safety-now" hidden data-risk-for="q-9" data-lowest="0">'
check "an unknown questionnaire: 400" test "$(status "$BASE/measures/take?m=nope")" = 400

# an unanswered item (question 3)
out=$(post /measures/take -d m=phq9 $(answers 1 2 - 1 0 1 0 0 0))
check "an unanswered question: 400" test "$(tail -1 <<<"$out")" = 400
check "an unanswered question: the message names it and never guesses" contains "$out" 'question 3 has no answer yet. Waymark never guesses a missing answer'
check "an unanswered question: the summary links to it" contains "$out" 'href="#q-3"'
check "an unanswered question: the message is beside it" contains "$out" '<fieldset class="item" id="q-3" aria-describedby="item-3-error">'
check "an unanswered question: the other answers are kept" contains "$out" 'id="item-2-o2" value="2" checked'
check "an unanswered question: question 1 too" contains "$out" 'id="item-1-o1" value="1" checked'
check "an unanswered question: it can be kept without a total" contains "$out" 'name="incomplete" value="1"'
check "an unanswered question: nothing saved" test "$(count)" = 0
out=$(post /measures/take -d m=phq9 $(answers 1 2 - 1 0 1 - 0 0))
check "two unanswered: both marked" contains "$out" 'id="item-7-error">This question has no answer yet.'
out=$(post /measures/take -d m=phq9 $(answers 1 2 7 1 0 1 0 0 0))
check "an answer that is not an option: 400 beside it" contains "$out" 'id="item-3-error">question 3 needs one of the answers shown'
out=$(post /measures/take -d m=phq9 $(answers 1 2 1 1 0 1 0 0 0) -d date=2026-05-01)
check "a future day: 400" contains "$out" 'id="date-error"'
check "a future day: the answers are kept" contains "$out" 'id="item-2-o2" value="2" checked'
out=$(post /measures/take -d m=phq9)
check "no answers at all: 400" test "$(tail -1 <<<"$out")" = 400
check "still nothing saved" test "$(count)" = 0

# an unanswered item with item 9 above 0: the crisis box first even then
out=$(post /measures/take -d m=phq9 $(answers 1 2 - 1 0 1 0 0 2))
check "a gap and item 9 at 2: the crisis box is at the top" \
	test "$(grep -n 'class="crisis"' <<<"$out" | head -1 | cut -d: -f1)" -lt "$(grep -n 'class="error-summary"' <<<"$out" | cut -d: -f1)"

# kept without a total when the person chooses
out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST "$BASE/measures/take" --data-urlencode "csrf=$token" -d m=phq9 $(answers 1 2 - 1 0 1 0 0 0) -d incomplete=1)
check "saved without a total on request" contains "$out" "Location: /measures/"
check "as incomplete, with no total" test "$("$WAYMARK" measure history --json | jq -c '.entries[0] | [.status, .total]')" = '["incomplete",null]'

# item 9 above 0: the crisis box before the score
out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST "$BASE/measures/take" --data-urlencode "csrf=$token" -d m=phq9 $(answers 2 2 2 1 1 2 1 1 1) -d date=2026-02-01)
loc=$(grep -o 'Location: [^[:space:]]*' <<<"$out" | cut -d' ' -f2)
check "a PHQ-9 with item 9 at 1 is saved" contains "$loc" "?saved=1"
page=$(get "$loc")
check "the result shows the crisis box" contains "$page" '<section class="crisis"'
check "the crisis box comes before the score" \
	test "$(grep -n 'class="crisis"' <<<"$page" | cut -d: -f1)" -lt "$(grep -n 'class="total"' <<<"$page" | cut -d: -f1)"
check "with calm words, never a risk level" contains "$page" 'Thank you for answering question 9 honestly.'
check "no risk level or score anywhere" lacks "$(tr A-Z a-z <<<"$page")" 'risk level'
check "no risk score either" lacks "$(tr A-Z a-z <<<"$page")" 'risk score'
check "the total and band" contains "$page" '<strong class="score" data-value="13">13 out of 27</strong>'
check "the band's range" contains "$page" '<strong>moderate</strong> (10 to 14)'
check "not a diagnosis" contains "$page" 'not a diagnosis'
check "the attribution on the result" contains "$page" 'No permission required to reproduce'
check "the event is recorded" test "$("$WAYMARK" measure history --json | jq -c '[.entries[] | .safety_response] | map(select(.)) | .[0]')" = '["9"]'
later=$(get "${loc%%\?*}")
check "seen again later: a quiet pointer to help, not the whole box" contains "$later" 'Waymark offered support'

# a quick check
out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST "$BASE/measures/take" --data-urlencode "csrf=$token" -d m=phq2 -d item-1=2 -d item-2=1)
page=$(get "$(grep -o 'Location: [^[:space:]]*' <<<"$out" | cut -d' ' -f2)")
check "PHQ-2 at 3 suggests the PHQ-9" contains "$page" 'or more suggests taking the full questionnaire next'
check "with a link to it" contains "$page" 'href="/measures/take?m=phq9">Take the PHQ-9</a>'
out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST "$BASE/measures/take" --data-urlencode "csrf=$token" -d m=gad2 -d item-1=1 -d item-2=1)
page=$(get "$(grep -o 'Location: [^[:space:]]*' <<<"$out" | cut -d' ' -f2)")
check "GAD-2 at 2 says the full one is not needed now" contains "$page" 'the full questionnaire is not needed now'

# history: the chart and the table hold the same numbers
"$WAYMARK" measure take phq9 --answers 1,1,1,0,0,1,0,0,0 --date 2026-03-01 >/dev/null 2>&1
"$WAYMARK" measure take gad7 --answers 2,2,2,1,2,1,1 --date 2026-02-01 >/dev/null
"$WAYMARK" measure take gad7 --answers 1,0,0,0,1,0,0 --date 2026-03-01 >/dev/null
page=$(get /measures/history)
svg=$(grep -o '<circle class="s-score"[^>]*data-value="[0-9.]*"' <<<"$page" | sed 's/.*data-value="//; s/"$//' | tr '\n' ' ')
tab=$(grep -o '<td class="total">[0-9.]*</td>' <<<"$page" | sed 's/<[^>]*>//g' | tr '\n' ' ')
check "the charts' dots are the tables' totals ($svg)" test "$svg" = "$tab"
check "and they are the totals taken (GAD-2, GAD-7, PHQ-2, PHQ-9)" test "$svg" = "2 11 2 3 13 4 "
check "the bands are drawn behind the chart" contains "$page" '<rect class="band band-2"'
check "the incomplete one is in the table without a total" contains "$page" 'no total (questions left unanswered)'
check "the indicators are there" contains "$page" 'Talking-Therapies-style indicators'
check "labelled as not official and not a diagnosis" contains "$page" 'these are not official statistics, and not a diagnosis'
check "from a case to not a case: recovery" contains "$page" '<dt>Recovery (from above the cut-off to below it)</dt><dd>yes</dd>'
check "a fall of 9 and 7: reliable improvement" contains "$page" '<dt>Reliable improvement</dt><dd>yes</dd>'
check "a response that does not exist: 404" test "$(status "$BASE/measures/999")" = 404
finish
