# The goals JSON API: the same rules as the forms and the CLI.
. "$(dirname "$0")/lib.sh"
"$WAYMARK" vault init >/dev/null
start_server
login
token=$(csrf)
api() { curl -s -w '\n%{http_code}' -b "$T/jar" -H "X-CSRF-Token: $token" -H 'Content-Type: application/json' "$@"; }
code() { tail -1 <<<"$1"; }
body() { sed '$d' <<<"$1"; }
ngoals() { curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/goals" | jq '.goals | length'; }

out=$(api "$BASE/api/v1/goals")
check "list: an empty goals array" test "$(body "$out" | jq -c .goals)" = '[]'
peter='{"title": "To cook at least 2 healthy meals per week", "deadline": "in 6 months",
	"steps": ["Find healthy and affordable recipes", "Buy the ingredients"],
	"target": "2 healthy meals per week", "reward": "Something I enjoy", "area": "health"}'
out=$(api -X POST -d "$peter" "$BASE/api/v1/goals")
check "create: 201" test "$(code "$out")" = 201
check "create: the goal comes back as the CLI shows it" \
	test "$(body "$out" | jq -c '.goal | [.title, (.steps | map(.text)), .target.count, .target.per, .state]')" \
	= '["To cook at least 2 healthy meals per week",["Find healthy and affordable recipes","Buy the ingredients"],2,"week","active"]'
check "create: a clear plan has no suggestions" test "$(body "$out" | jq -c .suggestions)" = '[]'
id=$(body "$out" | jq .goal.id)
out=$(api -X POST -d '{"title": "Feel at home"}' "$BASE/api/v1/goals")
check "create with no date or measure: saved, with kind suggestions" \
	test "$(body "$out" | jq -c '[.suggestions[].field]')" = '["deadline","target"]'

out=$(api -X POST -d '{"title": "Cook", "deadline": "next tuesdayish"}' "$BASE/api/v1/goals")
check "deadline 'next tuesdayish': 400 naming the deadline" test "$(code "$out"):$(body "$out" | jq -r .error.field)" = 400:deadline
out=$(api -X POST -d '{"title": "Cook", "target": "lots"}' "$BASE/api/v1/goals")
check "target 'lots': 400 naming the target" test "$(code "$out"):$(body "$out" | jq -r .error.field)" = 400:target
out=$(api -X POST -d '{"why": "no title"}' "$BASE/api/v1/goals")
check "no title: 400 naming it" test "$(body "$out" | jq -r .error.field)" = title
out=$(api -X POST -d '{"title": "Cook", "colour": "blue"}' "$BASE/api/v1/goals")
check "an unknown field: 400" test "$(code "$out")" = 400
out=$(api -X POST -d '{"title": "Cook", "steps": "one"}' "$BASE/api/v1/goals")
check "steps that are not a list: 400" test "$(code "$out")" = 400
out=$(api -X POST -d '{"title": 5}' "$BASE/api/v1/goals")
check "a title that is not text: 400" test "$(code "$out")" = 400
out=$(api -X POST -d 'not json' "$BASE/api/v1/goals")
check "a body that is not JSON: 400" test "$(code "$out")" = 400
check "the bad requests wrote nothing" test "$(ngoals)" = 2

out=$(api -X POST -d "{\"count\": 1, \"date\": \"$(date -d "8 days ago $(date +%F) 12:00" +%F)\", \"note\": \"pasta\"}" "$BASE/api/v1/goals/$id/log")
check "log: 201" test "$(code "$out")" = 201
check "log: the entry comes back" test "$(body "$out" | jq -c '.entry | [.count, .note, .time]')" = '[1,"pasta","12:00"]'
out=$(api -X POST -d '{}' "$BASE/api/v1/goals/$id/log")
check "log with nothing: one, now" test "$(code "$out"):$(body "$out" | jq .entry.count)" = 201:1
out=$(api -X POST -d '{"count": 0}' "$BASE/api/v1/goals/$id/log")
check "log a count of 0: 400" test "$(body "$out" | jq -r .error.field)" = count
out=$(api -X POST -d "{\"date\": \"$(date -d tomorrow +%F)\"}" "$BASE/api/v1/goals/$id/log")
check "log a day not yet come: 400" test "$(body "$out" | jq -r .error.field)" = date
out=$(api -X POST -d '{"count": 1, "mood": 3}' "$BASE/api/v1/goals/$id/log")
check "log with an unknown field: 400" test "$(code "$out")" = 400
out=$(api -X POST -d '{}' "$BASE/api/v1/goals/999/log")
check "log for a goal that is not there: 404" test "$(code "$out")" = 404

out=$(api "$BASE/api/v1/goals/$id")
check "get: the goal, its progress and its entries" \
	test "$(body "$out" | jq -c '[.goal.progress.total, .goal.progress.per, (.entries | length)]')" = '[2,"week",2]'
out=$(api "$BASE/api/v1/goals")
check "list: both goals, with progress" test "$(body "$out" | jq -c '[.goals[].progress.total]')" = '[2,0]'
check "get an unknown id: 404" test "$(code "$(api "$BASE/api/v1/goals/999")")" = 404
out=$(curl -s -w '\n%{http_code}' "$BASE/api/v1/goals")
check "no session: 401 JSON" test "$(code "$out"):$(body "$out" | jq -r '.error | has("message")')" = 401:true
out=$(curl -s -w '\n%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
	-d '{"title": "From a script"}' "$BASE/api/v1/goals")
check "the access token as a Bearer token can write (for scripts)" test "$(code "$out")" = 201
finish
