# Life areas in the browser's forms: every POST refuses a missing CSRF
# token; bad input (a rating of 11, a note with no rating, nothing rated, a
# future day, an empty name, hiding the last area) comes back with status
# 400, the message beside the field, the typing kept and nothing written;
# good input is saved; the focus links to a goal only where that page is.
. "$(dirname "$0")/lib.sh"
export WAYMARK_TEST_NOW=2026-03-14T09:30:00 XDG_DATA_HOME="$T/data"
"$WAYMARK" vault init >/dev/null
start_server
login
token=$(csrf)
post() { curl -s -b "$T/jar" -w '\n%{http_code}' -X POST "$BASE$1" --data-urlencode "csrf=$token" "${@:2}"; }
ratings() { "$WAYMARK" areas history --json | jq '.ratings | length'; }
names() { "$WAYMARK" areas list --json | jq -c '[.areas[] | .name]'; }

for path in /areas /areas/add /areas/rename /areas/hide /areas/show /areas/move /areas/focus; do
	check "POST $path without the CSRF token is refused" \
		test "$(status -X POST -d "set=life&area=money&name=x&position=2&score-money=5" "$BASE$path")" = 403
done
check "nothing was written by the refused POSTs" test "$(ratings)" = 0
check "and the areas are as shipped" test "$("$WAYMARK" areas list --json | jq '[.areas[] | select(.own or .hidden)] | length')" = 0

page=$(get /areas)
check "the form asks about every shown area" test "$(grep -c '<fieldset class="area-rate"' <<<"$page")" = 10
check "each area can be skipped, and skipping is the default" contains "$page" 'id="score-money-skip" value="" checked'

out=$(post /areas -d score-money=11 --data-urlencode "note-money=my own words, kept" -d score-routine=4)
check "a rating of 11: 400" test "$(tail -1 <<<"$out")" = 400
check "a rating of 11: the message says why, beside the area" contains "$out" '<p class="field-error" id="score-money-error">ratings go from 1 (not going well at all) to 10 (going really well), so &#39;11&#39; for Money is above the scale</p>'
check "a rating of 11: the summary links to the area" contains "$out" 'href="#score-money-1"'
check "a rating of 11: the note is still there, its box open" contains "$out" '<details class="note" open><summary>Add a note</summary>'
check "a rating of 11: the note's words are kept" contains "$out" '>my own words, kept</textarea>'
check "a rating of 11: the other rating is kept" contains "$out" 'id="score-routine-4" value="4" checked'
check "a rating of 11: nothing written" test "$(ratings)" = 0

out=$(post /areas --data-urlencode "note-money=no number")
check "a note without a rating: 400 beside the area" contains "$out" 'id="score-money-error">you wrote a note about Money'
out=$(post /areas)
check "nothing rated: 400" test "$(tail -1 <<<"$out")" = 400
check "nothing rated: a kind message" contains "$out" 'there is nothing to save yet'
out=$(post /areas -d score-money=5 -d date=2026-04-01)
check "a future day: 400 beside the day" contains "$out" 'id="date-error">2026-04-01 is in the future'
check "a future day: the day is kept" contains "$out" 'name="date" value="2026-04-01"'
check "none of those wrote anything" test "$(ratings)" = 0

out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST "$BASE/areas" --data-urlencode "csrf=$token" \
	-d score-money=4 -d score-where-i-live=7 --data-urlencode "note-money=rent went up" -d date=2026-03-01)
check "a rating is saved (303 to the distance travelled)" contains "$out" "Location: /areas/history?set=life&saved="
check "it holds both areas and the note" test "$("$WAYMARK" areas history --json | jq -c '.ratings[0].scores | map([.area, .score, .note])')" \
	= '[["money",4,"rent went up"],["where-i-live",7,null]]'
post /areas -d score-money=6 -d score-where-i-live=6 -d score-routine=3 >/dev/null
check "a second rating is saved" test "$(ratings)" = 2
check "the history page thanks the person" contains "$(get '/areas/history?saved=1')" 'Saved. Thank you for rating your areas.'

# the wheel and its table hold the same numbers
page=$(get /areas/history)
svg_now=$(grep -o '<circle class="s-now"[^>]*data-value="[0-9.]*"' <<<"$page" | sed 's/.*data-value="//; s/"$//' | tr '\n' ' ')
tab_now=$(grep -o '<td class="now">[0-9]*</td>' <<<"$page" | sed 's/<[^>]*>//g' | tr '\n' ' ')
svg_then=$(grep -o '<circle class="s-then"[^>]*data-value="[0-9.]*"' <<<"$page" | sed 's/.*data-value="//; s/"$//' | tr '\n' ' ')
tab_then=$(grep -o '<td class="then">[0-9]*</td>' <<<"$page" | sed 's/<[^>]*>//g' | tr '\n' ' ')
check "the wheel's latest values are the table's ($svg_now)" test "$svg_now" = "$tab_now"
check "the wheel's first values are the table's ($svg_then)" test "$svg_then" = "$tab_then"
check "and they are the ratings given" test "$svg_now/$svg_then" = "3 6 6 /4 7 "
check "the change column says how far" contains "$page" '<th scope="row">7. Money</th><td class="then">4</td><td class="now">6</td><td class="change">+2</td>'
check "the distance overall" contains "$page" 'Across the 2 areas you rated both times: 1 point up in all (+0.5 per area).'
check "an unknown rating to compare: 400" test "$(status "$BASE/areas/history?from=999")" = 400

# making the areas your own
out=$(post /areas/rename -d set=life -d area=money -d name= --data-urlencode "about=kept words")
check "an empty name: 400 beside that area's name" contains "$out" 'id="name-money-error">the name cannot be empty'
check "an empty name: the description typed is kept" contains "$out" '>kept words</textarea>'
out=$(post /areas/rename -d set=life -d area=money --data-urlencode "name=Where I live")
check "a name another area has: 400" contains "$out" 'there is already an area called &#39;Where I live&#39;'
check "none of those renamed anything" test "$(names | jq -r '.[6]')" = Money
out=$(post /areas/rename -d set=life -d area=money --data-urlencode "name=Money and bills" -d about=)
check "a rename is saved (303 back to the area)" test "$(tail -1 <<<"$out")" = 303
check "the new name is used, the history kept" test "$("$WAYMARK" areas history --json | jq -r '.areas[6].name')" = "Money and bills"
out=$(post /areas/add -d set=life --data-urlencode "name=Music" --data-urlencode "about=playing again")
check "an own area is added" test "$(names | jq -r '.[10]')" = Music
out=$(post /areas/add -d set=life -d name= --data-urlencode "about=keep this")
check "adding an empty name: 400 beside the add box" contains "$out" 'id="add-name-error"'
check "adding an empty name: the description is kept" contains "$out" '>keep this</textarea>'
check "a move puts the area where asked" \
	test "$(post /areas/move -d set=life -d area=own-1 -d position=1 | tail -1)/$(names | jq -r '.[0]')" = 303/Music
check "a position out of range: 400" test "$(post /areas/move -d set=life -d area=own-1 -d position=99 | tail -1)" = 400
check "hide" test "$(post /areas/hide -d set=life -d area=own-1 | tail -1)" = 303
check "a hidden area is not asked" lacks "$(get /areas)" 'name="score-own-1"'
check "show" test "$(post /areas/show -d set=life -d area=own-1 | tail -1)" = 303
for a in connectedness hope identity meaning; do post /areas/hide -d set=chime -d area=$a >/dev/null; done
out=$(post /areas/hide -d set=chime -d area=empowerment)
check "hiding the last shown area: 400 with a kind reason" contains "$out" 'is the only area left to rate, so it stays shown'
check "an unknown area: 400" test "$(post /areas/hide -d set=life -d area=nowhere | tail -1)" = 400

# a focus, and a goal for it only where the goals page is
out=$(curl -s -D - -o /dev/null -b "$T/jar" -X POST "$BASE/areas/focus" --data-urlencode "csrf=$token" -d set=life -d area=routine)
check "a focus is saved" contains "$out" "Location: /areas?set=life&focus=1"
page=$(get "/areas?focus=1")
check "the page says which area" contains "$page" 'Your focus area is now <strong>Daily routine and getting things done</strong>'
if grep -q '"/goals/new"' "$(dirname "$0")/../../src/web/routes.c"; then
	check "a goal for it is one link away" contains "$page" 'href="/goals/new?area=Daily%20routine%20and%20getting%20things%20done"'
else
	check "without the goals page, no link that leads nowhere" lacks "$page" '/goals/new'
	check "but the way to start one is said" contains "$page" 'waymark goal new --area'
fi
check "the focus is the CLI's too" contains "$("$WAYMARK" areas focus)" "Daily routine and getting things done"
finish
