# tests/web/lib.sh: sourced by the HTTP-level tests. Starts `waymark ui` on
# a temporary vault (kcgi's regress model: a real server and curl) and
# reports TAP lines that tests/run.sh counts.
set -u
export LC_ALL=C.UTF-8 TZ=Europe/London NO_COLOR=1 WAYMARK_TEST_WEAK_KDF=1
: "${WAYMARK:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/build/waymark}"
export WAYMARK
T=$(mktemp -d)
export WAYMARK_VAULT="$T/vault.db"
# never read the machine user's own files (their own measures, say)
export XDG_DATA_HOME="$T/xdg"
SERVER=
N=0
FAILED=0
cleanup() {
	[ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT

# check NAME COMMAND...: one TAP line, from the command's exit status.
check() {
	local name=$1
	shift
	N=$((N + 1))
	if "$@"; then
		echo "ok $N - $name"
	else
		echo "not ok $N - $name"
		FAILED=$((FAILED + 1))
	fi
}

# start_server [PROGRAM...]: `waymark ui` on the vault, in the background,
# run by PROGRAM (e.g. setpriv ... waymark) when given; sets URL, PORT,
# TOKEN and BASE.
start_server() {
	"${@:-$WAYMARK}" ui --port 0 --no-browser >"$T/server.out" 2>&1 &
	SERVER=$!
	for _ in $(seq 1 100); do
		URL=$(grep -o 'http://127\.0\.0\.1:[0-9]*/?token=[0-9a-f]*' "$T/server.out" 2>/dev/null)
		[ -n "$URL" ] && break
		sleep 0.05
	done
	PORT=$(echo "$URL" | sed 's|http://127.0.0.1:\([0-9]*\)/.*|\1|')
	TOKEN=${URL##*token=}
	BASE="http://127.0.0.1:$PORT"
}

# A session: the cookie jar the token buys.
login() {
	curl -s -o /dev/null -c "$T/jar" "$URL"
}

# The session cookie as a header value ("name=value").
cookie() {
	awk '$6 ~ /^waymark_/ { print $6 "=" $7 }' "$T/jar"
}

# GET with the session; body to stdout.
get() {
	curl -s -b "$T/jar" "$BASE$1"
}

# HTTP status of a GET with the session.
status() {
	curl -s -o /dev/null -w '%{http_code}' -b "$T/jar" "$@"
}

# The CSRF token of the session (from any form).
csrf() {
	get / | grep -o 'name="csrf" value="[0-9a-f]*"' | head -1 | sed 's/.*value="\([0-9a-f]*\)"/\1/'
}

# How many check-ins the vault holds, through the API.
entries() {
	curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/checkins" | jq '.entries | length'
}

# stop_server [LABEL]: stops the server and checks it stopped cleanly
# (under ASan/UBSan this is where leaks and undefined behaviour would
# show); LABEL starts the two check names when a test runs several.
stop_server() {
	local what=${1:+$1: } rc
	kill "$SERVER" 2>/dev/null
	wait "$SERVER"
	rc=$?
	SERVER=
	check "${what}the server closed cleanly" test "$rc" -eq 0
	check "${what}the server reported no memory errors or undefined behaviour" \
		test "$(grep -cE 'AddressSanitizer|LeakSanitizer|runtime error' "$T/server.out")" -eq 0
}

# Stops the server if it runs, and ends the TAP plan.
finish() {
	[ -n "$SERVER" ] && stop_server
	echo "1..$N"
}

contains() { grep -qF -- "$2" <<<"$1"; }
lacks() { ! grep -qF -- "$2" <<<"$1"; }
