# The JSON API under /api/v1/: the same rules as the forms and the CLI.
. "$(dirname "$0")/lib.sh"
"$WAYMARK" vault init >/dev/null
start_server
login
token=$(csrf)
api() { curl -s -w '\n%{http_code}' -b "$T/jar" -H "X-CSRF-Token: $token" -H 'Content-Type: application/json' "$@"; }
code() { tail -1 <<<"$1"; }
body() { sed '$d' <<<"$1"; }

out=$(api -X POST -d '{"mood": 6, "tags": ["Work"], "note": "from the api", "date": "2026-01-05", "time": "08:15"}' "$BASE/api/v1/checkins")
check "create: 201" test "$(code "$out")" = 201
check "create: the entry comes back" test "$(body "$out" | jq -c '.entry | [.id, .mood, .tags, .date, .time]')" = '[1,6,["work"],"2026-01-05","08:15"]'
out=$(api -X POST -d '{"mood": 11}' "$BASE/api/v1/checkins")
check "create with mood 11: 400" test "$(code "$out")" = 400
check "the error names the field" test "$(body "$out" | jq -r .error.field)" = mood
out=$(api -X POST -d '{"mood": 5, "colour": "blue"}' "$BASE/api/v1/checkins")
check "an unknown field: 400" test "$(code "$out")" = 400
out=$(api -X POST -d 'not json' "$BASE/api/v1/checkins")
check "a body that is not JSON: 400" test "$(code "$out")" = 400
check "the bad requests wrote nothing" test "$(entries)" = 1

out=$(api "$BASE/api/v1/checkins")
check "list: an object with an entries array" test "$(body "$out" | jq '.entries | length')" = 1
out=$(api "$BASE/api/v1/checkins?q=api&from=2026-01-01")
check "list with a search" test "$(body "$out" | jq '.entries | length')" = 1
out=$(api "$BASE/api/v1/checkins?from=2026-02-30")
check "list with a bad date: 400" test "$(code "$out")" = 400

out=$(api -X PATCH -d '{"mood": 3, "note": null}' "$BASE/api/v1/checkins/1")
check "patch: 200" test "$(code "$out")" = 200
check "patch: changes only what it names" test "$(body "$out" | jq -c '.entry | [.mood, .note, .tags]')" = '[3,null,["work"]]'
got=$(api "$BASE/api/v1/checkins/1" | sed '$d' | jq .entry)
out=$(api -X PUT -d "$got" "$BASE/api/v1/checkins/1")
check "put: what a GET returns can be sent back" test "$(code "$out")" = 200
out=$(api -X PUT -d '{"mood": 12}' "$BASE/api/v1/checkins/1")
check "put with mood 12: 400" test "$(code "$out")" = 400
out=$(api "$BASE/api/v1/checkins/42")
check "get an unknown id: 404" test "$(code "$out")" = 404
out=$(api -X DELETE "$BASE/api/v1/checkins/1")
check "delete: 200" test "$(code "$out")" = 200
check "delete: gone" test "$(entries)" = 0
out=$(curl -s -w '\n%{http_code}' "$BASE/api/v1/checkins")
check "no session: 401 JSON" test "$(code "$out")" = 401
out=$(curl -s -w '\n%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
	-d '{"mood": 7}' "$BASE/api/v1/checkins")
check "the access token as a Bearer token can write (for scripts)" test "$(code "$out")" = 201
finish
