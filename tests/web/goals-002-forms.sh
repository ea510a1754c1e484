# The goals forms: Peter's Plan made in the web UI; bad input (a deadline
# of "next tuesdayish", a target of "lots", a count of 0, a day not yet
# come) comes back with the message beside the field, every word kept,
# status 400 and nothing written; progress, steps, a new date, pause,
# resume, let go, done and the reward all work without JavaScript.
. "$(dirname "$0")/lib.sh"
"$WAYMARK" vault init >/dev/null
start_server
login
token=$(csrf)
post() { curl -s -b "$T/jar" -w '\n%{http_code}' -X POST "$BASE$1" --data-urlencode "csrf=$token" "${@:2}"; }
code() { tail -1 <<<"$1"; }
where() { curl -s -o /dev/null -w '%{redirect_url}' -b "$T/jar" -X POST "$BASE$1" --data-urlencode "csrf=$token" "${@:2}"; }
api() { curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/goals$1"; }
ngoals() { api "" | jq '.goals | length'; }
# a day from today, counted from noon: counted from late evening, GNU date
# can land on the next day when the answer is in summer time
day() { date -d "$1 $(date +%F) 12:00" +%F; } # (after a time, "+6" would be read as a time zone)

# Peter's Plan, in the seed's words
plan=(--data-urlencode "title=To cook at least 2 healthy meals per week for the next 6 months."
	--data-urlencode "why=Cooking 2 healthy meals per week is good for my physical health and cooking can be good for mental wellbeing too."
	--data-urlencode "achievable=My goal is achievable as it's only 2 meals a week."
	--data-urlencode "prepare=I'm going to plan how long the meal will take to cook."
	--data-urlencode "deadline_note=This is realistic and gives me time to get used to cooking."
	--data-urlencode $'step=I am going to find healthy and affordable recipes to cook.\nI am going to buy the ingredients when I go shopping with my support worker.'
	--data-urlencode "reward=I will reward myself by doing something that I enjoy."
	--data-urlencode "if_missed=I won't be as hard on myself and I will make a new deadline and start again."
	--data-urlencode "area=health")

out=$(post /goals/new "${plan[@]}" --data-urlencode "deadline=next tuesdayish" -d target=lots -d action=save)
check "deadline 'next tuesdayish': 400" test "$(code "$out")" = 400
check "deadline 'next tuesdayish': the message is beside the field" contains "$out" 'id="deadline-error"'
check "deadline 'next tuesdayish': the field says it is the one" contains "$out" 'aria-invalid="true" aria-describedby="deadline-hint deadline-error"'
check "deadline 'next tuesdayish': what was typed is still there" contains "$out" 'value="next tuesdayish"'
check "... and the steps, one per line" contains "$out" $'recipes to cook.\nI am going to buy'
check "... and the target" contains "$out" 'value="lots"'
check "... and the reward" contains "$out" 'doing something that I enjoy.</textarea>'
out=$(post /goals/new "${plan[@]}" --data-urlencode "deadline=for the next 6 months" -d target=lots -d action=save)
check "target 'lots': 400 with the message beside it" contains "$out" 'id="target-error"'
check "target 'lots': the deadline is still there" contains "$out" 'value="for the next 6 months"'
out=$(post /goals/new --data-urlencode "why=kept words" -d action=save)
check "no goal at all: 400 asking for one" contains "$out" 'id="title-error"'
check "no goal at all: the other answers are kept" contains "$out" 'kept words'
out=$(post /goals/new -d "title=Cook more" -d action=check)
check "Check my plan first: 200" test "$(code "$out")" = 200
check "Check my plan first: kind suggestions" contains "$out" "There is no deadline yet."
check "Check my plan first: the answers are kept" contains "$out" 'value="Cook more"'
check "none of that wrote anything" test "$(ngoals)" = 0

loc=$(where /goals/new "${plan[@]}" --data-urlencode "deadline=for the next 6 months" \
	--data-urlencode "target=2 healthy meals per week" -d action=save)
check "Peter's Plan is saved (303 to its page)" test "$loc" = "$BASE/goals/1?saved=new"
json=$(api /1)
check "every answer arrived" test "$(jq -c '.goal | [(.steps | length), .target, .area, .deadline == "'"$(day '+6 months')"'"]' <<<"$json")" \
	= '[2,{"count":2,"per":"week","what":"healthy meals"},"health",true]'
body=$(get "/goals/1?saved=new")
check "the goal page says it is saved" contains "$body" "Your goal is saved."
check "a clear plan gets no suggestions" lacks "$body" "A few thoughts on your plan"
check "the list shows it under Active" contains "$(get /goals)" '<h2 id="state-active">Active</h2>'

# progress, back-dated
out=$(post /goals/1/log -d count=0 --data-urlencode "note=kept note" -d date="$(day yesterday)")
check "a count of 0: 400 beside the field" contains "$out" 'id="count-error"'
check "a count of 0: the note is kept" contains "$out" 'value="kept note"'
out=$(post /goals/1/log -d count=1 -d date="$(day tomorrow)")
check "a day not yet come: 400 beside the day" contains "$out" 'id="date-error"'
out=$(post /goals/1/log -d count=1 -d date=2026-02-30)
check "30 February: 400" test "$(code "$out")" = 400
check "none of those counted anything" test "$(api /1 | jq '.entries | length')" = 0
for ago in 15 13 8; do
	loc=$(where /goals/1/log -d count=1 -d date="$(day "$ago days ago")" --data-urlencode "note=pasta bake")
done
check "progress on a past day is counted" contains "$loc" "/goals/1?logged="
check "the notice says how that week went" contains "$(get "${loc#"$BASE"}")" "Counted 1 on"
check "three entries" test "$(api /1 | jq '.entries | length')" = 3
check "the goal page draws the periods, with a table" contains "$(get /goals/1)" '<table class="data"><caption id="periods-cap">'

# steps
out=$(post /goals/1/steps -d step= -d by=)
check "an empty step: 400 beside the field" contains "$out" 'id="step-error"'
out=$(post /goals/1/steps --data-urlencode "step=Ask Sam for a recipe" -d by=whenever)
check "a step date Waymark cannot read: 400, the step kept" contains "$out" 'value="Ask Sam for a recipe"'
check "... with the message beside the date" contains "$out" 'id="by-error"'
check "adding a step" test "$(where /goals/1/steps --data-urlencode "step=Ask Sam for a recipe" -d by="$(day today)")" = "$BASE/goals/1?step=added#steps-h"
check "ticking a step off" test "$(where /goals/1/steps/done -d n=1)" = "$BASE/goals/1?step=done#steps-h"
check "a step that is not there: 400" test "$(code "$(post /goals/1/steps/done -d n=9)")" = 400
check "un-ticking it" test "$(where /goals/1/steps/undo -d n=1)" = "$BASE/goals/1?step=undone#steps-h"
check "steps: 3, none done" test "$(api /1 | jq -c '[(.goal.steps | length), .goal.progress.steps_done]')" = '[3,0]'

# a new date, pause, resume, let go
out=$(post /goals/1/reschedule --data-urlencode "deadline=next tuesdayish")
check "a new date of 'next tuesdayish': 400, kept" contains "$out" 'value="next tuesdayish"'
out=$(post /goals/1/reschedule -d deadline=2020-01-01)
check "a new date already gone by: 400" contains "$out" "has already gone by"
check "a new date" test "$(where /goals/1/reschedule --data-urlencode "deadline=in 3 months")" = "$BASE/goals/1?rescheduled=1"
check "the page says it calmly" contains "$(get '/goals/1?rescheduled=1')" "Moving a date is part of planning"
check "pause" test "$(where /goals/1/pause)" = "$BASE/goals/1?paused=1"
check "paused, with a way back" contains "$(get '/goals/1?paused=1')" 'action="/goals/1/resume"'
check "resume" test "$(where /goals/1/resume)" = "$BASE/goals/1?resumed=1"
check "let go" test "$(where /goals/1/drop)" = "$BASE/goals/1?dropped=1"
check "the list shows it under Dropped" contains "$(get /goals)" '<h2 id="state-dropped">Dropped</h2>'
check "bring it back" test "$(where /goals/1/resume)" = "$BASE/goals/1?resumed=1"
check "state: active" test "$(api /1 | jq -r .goal.state)" = active

# edit
out=$(post /goals/1/edit --data-urlencode "title=Cook 2 meals a week" -d target=lots --data-urlencode "why=kept why")
check "edit with target 'lots': 400, kept" contains "$out" 'kept why'
check "edit with bad input changed nothing" test "$(api /1 | jq -r .goal.why)" != "kept why"
check "edit" test "$(where /goals/1/edit --data-urlencode "title=Cook 2 healthy meals a week" -d target="2 healthy meals per week" \
	-d deadline="$(day '+3 months')" --data-urlencode "reward=A film night")" = "$BASE/goals/1?saved=edit"
check "edit kept the steps" test "$(api /1 | jq -c '[.goal.title, (.goal.steps | length), .goal.reward]')" = '["Cook 2 healthy meals a week",3,"A film night"]'

# done, and the reward
check "done" test "$(where /goals/1/done)" = "$BASE/goals/1?done=1"
body=$(get '/goals/1?done=1')
check "done: it celebrates" contains "$body" "You did it!"
check "done: it shows the reward as planned" contains "$body" "A film night"
check "done: it asks about the reward" contains "$body" "Have you had your reward yet?"
check "a reward answer that is neither: 400" test "$(code "$(post /goals/1/reward -d had=maybe)")" = 400
check "not yet" test "$(where /goals/1/reward -d had=no)" = "$BASE/goals/1?reward=no"
check "not yet: asked again, kindly" contains "$(get '/goals/1?reward=no')" "Have you had it now?"
check "yes" test "$(where /goals/1/reward -d had=yes)" = "$BASE/goals/1?reward=yes"
check "yes: lovely" contains "$(get '/goals/1?reward=yes')" "Lovely. You earned it."
check "the goal is done and the reward had" test "$(api /1 | jq -c '[.goal.state, .goal.rewarded]')" = '["done",true]'
check "the list shows it under Done" contains "$(get /goals)" '<h2 id="state-done">Done</h2>'

# Today and the diary
walk=$("$WAYMARK" goal new --title "Walk to the park" --target "3 per week" --step "Find my shoes" | sed -n 's/^Saved goal \([0-9]*\).*/\1/p')
"$WAYMARK" goal step add "$walk" "Buy a map" --by today >/dev/null
"$WAYMARK" goal log "$walk" --note "round the pond" >/dev/null
"$WAYMARK" checkin --mood 6 --date "$(day '13 days ago')" >/dev/null
"$WAYMARK" checkin --mood 7 >/dev/null # the diary shows days with a check-in
body=$(get /)
check "Today shows what is due" contains "$body" '<h2 id="due-h">For your goals</h2>'
check "Today links a step due today to its goal" contains "$body" "<a href=\"/goals/$walk#steps-h\">Buy a map</a>"
body=$(get /diary)
check "the diary shows progress under a day" contains "$body" "Counted 1: round the pond</span><a href=\"/goals/$walk\">Walk to the park</a>"
check "the diary shows a back-dated entry under its day" contains "$body" 'Counted 1: pasta bake</span><a href="/goals/1">'
check "a goal that does not exist: 404" test "$(status "$BASE/goals/99")" = 404
check "a step for a goal that does not exist: 404" test "$(code "$(post /goals/99/steps -d step=x)")" = 404
finish
