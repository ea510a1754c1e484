# The locks on the door: token, cookie, Host, Origin, CSRF and headers.
. "$(dirname "$0")/lib.sh"
"$WAYMARK" checkin --mood 4 --note "private words" >/dev/null 2>&1
start_server

page=$(curl -s -w '\n%{http_code}' "$BASE/")
check "no token or cookie: refused with status 401" contains "$page" "401"
check "the refusal says how to open Waymark" contains "$page" "waymark ui"
check "the refusal shows no diary text" lacks "$page" "private words"
check "a wrong token is refused" test "$(status "$BASE/?token=$(printf '0%.0s' $(seq 64))")" = 401

hdrs=$(curl -s -D - -o /dev/null "$URL")
check "the token swaps for a cookie (303)" contains "$hdrs" "303 See Other"
check "the cookie is HttpOnly and SameSite=Strict" contains "$hdrs" "HttpOnly; SameSite=Strict"
check "the redirect drops the token" contains "$hdrs" "Location: /"$'\r'
login
check "the cookie opens Today" test "$(status "$BASE/")" = 200

check "a wrong Host is refused (DNS rebinding)" \
	test "$(status -H "Host: evil.example:$PORT" "$BASE/")" = 421
check "a Host with another port is refused" \
	test "$(status -H "Host: 127.0.0.1:1" "$BASE/")" = 421
check "localhost with the right port is answered" \
	test "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $(cookie)" -H "Host: localhost:$PORT" "$BASE/")" = 200

hdrs=$(curl -s -D - -o /dev/null -b "$T/jar" "$BASE/diary")
check "CSP allows only our own script and style" contains "$hdrs" "script-src 'self'; style-src 'self'"
check "CSP has no unsafe-inline" lacks "$hdrs" "unsafe-inline"
check "CSP forbids framing" contains "$hdrs" "frame-ancestors 'none'"
check "X-Content-Type-Options: nosniff" contains "$hdrs" "X-Content-Type-Options: nosniff"
check "Referrer-Policy: no-referrer" contains "$hdrs" "Referrer-Policy: no-referrer"
check "pages are never cached" contains "$hdrs" "Cache-Control: no-store"

token=$(csrf)
before=$(entries)
check "a POST without a CSRF token is refused" \
	test "$(status -X POST -d "mood=5" "$BASE/checkin")" = 403
check "a POST with a wrong CSRF token is refused" \
	test "$(status -X POST -d "mood=5&csrf=$(printf 'a%.0s' $(seq 64))" "$BASE/checkin")" = 403
check "a cross-origin POST is refused, even with the token" \
	test "$(status -X POST -H "Origin: http://evil.example" -d "mood=5&csrf=$token" "$BASE/checkin")" = 403
check "a cross-site fetch is refused, even with the token" \
	test "$(status -X POST -H "Sec-Fetch-Site: cross-site" -H "Origin: null" -d "mood=5&csrf=$token" "$BASE/checkin")" = 403
check "nothing was written by the refused POSTs" test "$(entries)" = "$before"
check "a same-origin POST with the token is accepted" \
	test "$(status -X POST -H "Origin: $BASE" -d "mood=5&csrf=$token&date=2026-01-01&time=10:00" "$BASE/checkin")" = 303
check "and it was written" test "$(entries)" = "$((before + 1))"
check "a GET never changes anything (delete needs POST)" \
	test "$(status "$BASE/diary/1/delete")" = 405
check "API writes without the CSRF header are refused" \
	test "$(status -X POST -H 'Content-Type: application/json' -d '{"mood":3}' "$BASE/api/v1/checkins")" = 403
check "unknown pages get 404" test "$(status "$BASE/no/such/page")" = 404
finish
