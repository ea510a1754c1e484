#!/bin/bash
# P2: insights over a 10-year diary (3,650 days, 2 check-ins a day, 5 tags
# each, notes of about 200 characters), on a plain and on an encrypted
# vault, each as a ratio against `sqlite3` reading every row of the same
# vault once. Median of 5 runs each, in this one run.
set -u
BUILD=${1:-build}
WAYMARK=${WAYMARK:-$PWD/$BUILD/waymark}
DAYS=${DAYS:-3650}
RUNS=${RUNS:-5}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export TZ=Europe/London
bash "$(dirname "$0")/gen-diary.sh" "$DAYS" 2 >"$T/diary.json"
printf 'benchmark passphrase\n' >"$T/pass"
WAYMARK_VAULT="$T/plain.db" "$WAYMARK" import --json "$T/diary.json" >/dev/null 2>&1
WAYMARK_VAULT="$T/enc.db" WAYMARK_PASSPHRASE_FILE="$T/pass" "$WAYMARK" vault init --passphrase >/dev/null
WAYMARK_VAULT="$T/enc.db" WAYMARK_PASSPHRASE_FILE="$T/pass" "$WAYMARK" import --json "$T/diary.json" >/dev/null

now() { date +%s%N; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for v in plain enc; do
	w=()
	s=()
	for _ in $(seq 1 "$RUNS"); do
		t0=$(now)
		WAYMARK_VAULT="$T/$v.db" WAYMARK_PASSPHRASE_FILE="$T/pass" "$WAYMARK" insights --json >/dev/null
		t1=$(now)
		sqlite3 "$T/$v.db" "SELECT * FROM records" >/dev/null
		t2=$(now)
		w+=($((t1 - t0)))
		s+=($((t2 - t1)))
	done
	mw=$(median "${w[@]}")
	ms=$(median "${s[@]}")
	printf '%-44s %8.0fms %8.0fms %7.2fx\n' "P2 insights, 10 years, $v vault vs sqlite3" \
		"$(awk -v x="$mw" 'BEGIN { print x / 1e6 }')" "$(awk -v x="$ms" 'BEGIN { print x / 1e6 }')" \
		"$(awk -v a="$mw" -v b="$ms" 'BEGIN { print a / b }')"
done
