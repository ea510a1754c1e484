#!/bin/bash
# The bad-input catalogue: every row of tests/bad-input/cases.tsv is one
# bad input (on the command line, in a web form or to the JSON API) with
# the status and the message a person must get. This runner plays each
# row against the real binary and a real `waymark ui`, and prints a TAP
# line per row: the status and the message must be exactly as written,
# nothing may be written to the vault, and a form must come back with
# everything that was typed in it. docs/bad-input.md is made from the same
# file (--doc); one more TAP line checks that it is up to date.
#
# Usage: tests/bad-input/run.sh [BUILD_DIR]
#        tests/bad-input/run.sh --doc       (prints docs/bad-input.md)
#        tests/bad-input/run.sh --record    (prints the rows with what the
#                                            program says now, to review)
#
# cases.tsv: tab-separated, '#' starts a comment line, no empty fields
# ('-' for none). Columns:
#   where    cli | form | api
#   input    cli:  the arguments after `waymark`, as shell words
#            form: METHOD PATH FIELD=VALUE|FIELD=VALUE... (values as typed;
#            ~FIELD=VALUE for one that is not typed, such as a file, which
#            the form need not show again)
#            api:  METHOD PATH [JSON BODY]
#            {checkin} and {goal} stand for ids made by the setup below;
#            {dir} for the folder holding the test files it makes, and
#            {b64-binary} and {b64-other} for two of them in base64 (as
#            the /import page sends a file back)
#   status   the exit code (cli) or HTTP status
#   message  cli: what it prints to stderr, lines joined with " / ",
#            without "waymark: "; form: the message the page shows beside
#            the field (and in the summary); api: .error.message
#   about    what the row is about, for the documentation
set -u
cd "$(dirname "$0")/../.."
CASES=tests/bad-input/cases.tsv
mode=run
case ${1:-} in
--doc) mode=doc ;;
--record) mode=record; shift ;;
esac

# The documentation: a table per place, in the file's order.
doc() {
	cat <<'HEAD'
# Bad input

What Waymark says when something typed cannot be used: on the command
line, in the web UI's forms, and to the JSON API. Every row is checked by
`tests/bad-input/run.sh` (part of `make test`): the status and the message
must be exactly these, nothing may be written, and a form comes back with
everything that was typed still in it. The rows live in
`tests/bad-input/cases.tsv`; this page is made from that file with
`tests/bad-input/run.sh --doc > docs/bad-input.md`, and the test fails if
the two differ.

Exit codes: 0 done, 1 something went wrong that the person did not cause,
2 the input needs changing. HTTP: 400 the input needs changing, 404 no
such thing, 423 the vault is locked. A form always comes back with the
message beside the field it is about and the person's typing kept.
HEAD
	local where title
	for where in cli form api; do
		case $where in
		cli) title="## Command line" ;;
		form) title="## Web forms" ;;
		api) title="## JSON API (/api/v1)" ;;
		esac
		printf '\n%s\n\n| # | input | about | exit / status | message |\n| --- | --- | --- | --- | --- |\n' "$title"
		n=0
		while IFS=$'\t' read -r w input status message about; do
			case $w in ''|'#'*) continue ;; esac
			n=$((n + 1))
			[ "$w" = "$where" ] || continue
			[ "$w" = cli ] && input="waymark $input"
			printf '| %d | `%s` | %s | %s | %s |\n' "$n" "${input//|/\\|}" "${about//|/\\|}" "$status" "${message//|/\\|}"
		done <"$CASES"
	done
}

if [ "$mode" = doc ]; then
	doc
	exit 0
fi

BUILD=${1:-build}
: "${WAYMARK:=$PWD/$BUILD/waymark}"
# the server, its session and the temporary folder $T, as the web tests
# have them
. tests/web/lib.sh
export WAYMARK_TEST_NOW=2026-03-14T10:30

# ---- setup: a vault with something in it, and files to import ----
"$WAYMARK" vault init >/dev/null
"$WAYMARK" tracker add Energy --scale 1-5 >/dev/null
checkin=$("$WAYMARK" checkin --mood 6 --note "a calm day" --json | jq -r .id)
goal=$("$WAYMARK" goal new --title "Walk twice a week" --target "2 per week" --json | jq -r .id)
"$WAYMARK" people add Sam --role friend >/dev/null
dir=$T/files
mkdir -p "$dir"
printf 'not, a, diary\n1,2,3\n' >"$dir/other.csv"
printf '\x00\x01\x02binary' >"$dir/binary.csv"
printf '{"format": "something-else", "version": 1, "records": []}' >"$dir/not-waymark.json"
printf '{"format": "waymark-export", "version": 99, "records": []}' >"$dir/newer.json"
printf '{"format": "waymark-export", "version": 1, "records": [' >"$dir/cut-short.json"
b64_binary=$(printf '\x00\x01\x02binary' | base64 -w0)
b64_other=$(printf 'not, a, diary\n1,2,3\n' | base64 -w0)
printf 'full_date,date,weekday,time,mood,activities,note\n2026-03-01,1 March,Sunday,9:15,meh,"",""\n' >"$dir/daylio.csv"
: >"$dir/empty.csv"

start_server
login
CSRF=$(csrf)

# The vault's contents, to show that nothing was written.
state() {
	sqlite3 "$WAYMARK_VAULT" 'SELECT * FROM records ORDER BY id; SELECT * FROM meta ORDER BY 1;' | sha1sum
}

fill() {
	local s=$1
	s=${s//\{checkin\}/$checkin}
	s=${s//\{goal\}/$goal}
	s=${s//\{dir\}/$dir}
	s=${s//\{b64-binary\}/$b64_binary}
	s=${s//\{b64-other\}/$b64_other}
	printf '%s' "$s"
}

html_unescape() {
	sed "s/&#39;/'/g; s/&quot;/\"/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\\&/g"
}

html_escape() {
	printf '%s' "$1" | sed "s/&/\\&amp;/g; s/</\\&lt;/g; s/>/\\&gt;/g; s/\"/\\&quot;/g; s/'/\\&#39;/g"
}

# Each runner sets got_status, got_message and problems.
run_cli() {
	local input
	input=$(fill "$1")
	eval "set -- $input"
	"$WAYMARK" "$@" </dev/null >"$T/out" 2>"$T/err"
	got_status=$?
	got_message=$(sed 's/^waymark: //' "$T/err" | awk 'NR > 1 { printf " / " } { printf "%s", $0 }')
	got_message=${got_message//$dir/\{dir\}}
}

run_form() {
	local method path fields args=() pair page v
	read -r method path fields <<<"$(fill "$1")"
	IFS='|' read -r -a pairs <<<"$fields"
	for pair in "${pairs[@]}"; do
		[ -n "$pair" ] && args+=(--data-urlencode "${pair#\~}")
	done
	curl -s -b "$T/jar" -o "$T/page" -w '%{http_code}' -X "$method" "$BASE$path" \
		--data-urlencode "csrf=$CSRF" "${args[@]}" >"$T/code"
	got_status=$(cat "$T/code")
	page=$(cat "$T/page")
	got_message=$(grep -o 'class="field-error"[^>]*>[^<]*' "$T/page" | head -1 | sed 's/.*>//' | html_unescape)
	# a message not beside a field: the error summary's, or on a page of
	# its own (web_fail) the paragraph under the heading
	[ -n "$got_message" ] || got_message=$(tr -d '\n' <"$T/page" | grep -o 'class="error-summary"[^>]*><h2>[^<]*</h2><p>[^<]*' | head -1 | sed 's/.*<p>//' | html_unescape)
	[ -n "$got_message" ] || got_message=$(tr -d '\n' <"$T/page" | grep -o '</h1> *<p>[^<]*' | head -1 | sed 's/.*<p>//' | html_unescape)
	if [ "$mode" = run ]; then
		for pair in "${pairs[@]}"; do
			v=${pair#*=}
			[ -z "$v" ] || [ "${pair:0:1}" = "~" ] && continue
			grep -qF -- "$(html_escape "$v")" "$T/page" || problems+="the typed '$v' was not kept; "
		done
	fi
}

run_api() {
	local method path body
	read -r method path body <<<"$(fill "$1")"
	if [ -n "$body" ]; then
		curl -s -o "$T/page" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $TOKEN" \
			-H 'Content-Type: application/json' --data-binary "$body" "$BASE$path" >"$T/code"
	else
		curl -s -o "$T/page" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $TOKEN" \
			"$BASE$path" >"$T/code"
	fi
	got_status=$(cat "$T/code")
	got_message=$(jq -r '.error.message // empty' "$T/page" 2>/dev/null)
}

n=0
failed=0
while IFS=$'\t' read -r where input status message about; do
	case $where in ''|'#'*) continue ;; esac
	n=$((n + 1))
	problems=
	before=$(state)
	case $where in
	cli) run_cli "$input" ;;
	form) run_form "$input" "$message" ;;
	api) run_api "$input" ;;
	*) problems="unknown place '$where'; " ;;
	esac
	if [ "$mode" = record ]; then
		printf '%s\t%s\t%s\t%s\t%s\n' "$where" "$input" "$got_status" "${got_message:--}" "$about"
		continue
	fi
	[ "$got_status" = "$status" ] || problems+="status $got_status, not $status; "
	[ "$got_message" = "$message" ] || problems+="message '$got_message'; "
	[ "$(state)" = "$before" ] || problems+="something was written; "
	if [ -z "$problems" ]; then
		echo "ok $n - $where: $input"
	else
		echo "not ok $n - $where: $input"
		echo "# $problems"
		failed=$((failed + 1))
	fi
done <"$CASES"

if [ "$mode" = run ]; then
	n=$((n + 1))
	if doc | diff -u docs/bad-input.md - >"$T/doc.diff" 2>&1; then
		echo "ok $n - docs/bad-input.md is made from cases.tsv"
	else
		echo "not ok $n - docs/bad-input.md is out of date: run tests/bad-input/run.sh --doc > docs/bad-input.md"
		head -20 "$T/doc.diff" | sed 's/^/# /'
		failed=$((failed + 1))
	fi
	kill "$SERVER" 2>/dev/null
	wait "$SERVER"
	rc=$?
	SERVER=
	n=$((n + 1))
	if [ "$rc" -eq 0 ] && ! grep -qE 'AddressSanitizer|LeakSanitizer|runtime error' "$T/server.out"; then
		echo "ok $n - the server closed cleanly, with no memory errors"
	else
		echo "not ok $n - the server closed with $rc or reported memory errors"
		grep -E -A5 'AddressSanitizer|LeakSanitizer|runtime error' "$T/server.out" | head -20 | sed 's/^/# /'
		failed=$((failed + 1))
	fi
	echo "1..$n"
fi
[ "$failed" -eq 0 ]
