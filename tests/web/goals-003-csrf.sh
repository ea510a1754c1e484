# Every goals POST refuses a request without the form's CSRF token, or
# from another site, and changes nothing.
. "$(dirname "$0")/lib.sh"
"$WAYMARK" vault init >/dev/null
"$WAYMARK" goal new --title "Cook 2 meals a week" --target "2 per week" --step "Find recipes" \
	--reward "A film night" >/dev/null
start_server
login
token=$(csrf)
state() { curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/goals" | jq -c '[.goals[] | [.title, .state, (.steps | length), .steps[0].done, .deadline, .progress.total]]'; }
feed() { curl -s -b "$T/jar" "$BASE/goals" | grep -c 'id="feed-url"'; }
before=$(state)
for route in "/goals/new title=Another" "/goals/1/edit title=Changed" "/goals/1/log count=1" \
	"/goals/1/steps step=More" "/goals/1/steps/done n=1" "/goals/1/steps/undo n=1" "/goals/1/done x=1" \
	"/goals/1/reward had=yes" "/goals/1/reschedule deadline=2030-01-01" "/goals/1/pause x=1" \
	"/goals/1/resume x=1" "/goals/1/drop x=1" "/goals/calendar action=new"; do
	set -- $route
	check "POST $1 without the CSRF token: 403" \
		test "$(curl -s -o /dev/null -w '%{http_code}' -b "$T/jar" -X POST -d "$2" "$BASE$1")" = 403
	check "POST $1 with a wrong CSRF token: 403" \
		test "$(curl -s -o /dev/null -w '%{http_code}' -b "$T/jar" -X POST -d "$2" -d "csrf=$(printf '0%.0s' {1..64})" "$BASE$1")" = 403
	check "POST $1 from another site: 403" \
		test "$(curl -s -o /dev/null -w '%{http_code}' -b "$T/jar" -H 'Origin: http://evil.example' \
			-X POST -d "$2" --data-urlencode "csrf=$token" "$BASE$1")" = 403
done
check "none of those changed anything" test "$(state)" = "$before"
check "no calendar address was made" test "$(feed)" = 0
for route in /api/v1/goals /api/v1/goals/1/log; do
	check "POST $route with the session but no CSRF header: 403" \
		test "$(curl -s -o /dev/null -w '%{http_code}' -b "$T/jar" -H 'Content-Type: application/json' \
			-d '{"title": "x", "count": 1}' "$BASE$route")" = 403
done
check "... and those changed nothing" test "$(state)" = "$before"
check "GET /goals/1 changes nothing either" test "$(status "$BASE/goals/1?done=1")" = 200
check "... still as it was" test "$(state)" = "$before"
check "with the token, the same POST works" \
	test "$(curl -s -o /dev/null -w '%{http_code}' -b "$T/jar" -X POST -d count=1 --data-urlencode "csrf=$token" "$BASE/goals/1/log")" = 303
check "a page without the session: refused" test "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/goals")" = 401
finish
