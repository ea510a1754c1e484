#!/bin/bash
# P1: one `waymark checkin` against one raw `sqlite3` insert with the same
# durability (WAL, synchronous=FULL), as 20 paired runs in this one process
# run, alternating which goes first. Prints the median ratio.
set -u
BUILD=${1:-build}
WAYMARK=${WAYMARK:-$PWD/$BUILD/waymark}
RUNS=${RUNS:-20}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export TZ=Europe/London WAYMARK_VAULT="$T/vault.db"
"$WAYMARK" vault init >/dev/null
# the baseline table has the same shape as the vault's records table
sqlite3 "$T/base.db" "PRAGMA journal_mode=WAL;
CREATE TABLE records (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
  day TEXT, minute INTEGER, utc_offset INTEGER, created INTEGER NOT NULL,
  updated INTEGER NOT NULL, body BLOB NOT NULL, trashed INTEGER);
CREATE INDEX records_kind_day ON records (kind, day, minute);" >/dev/null

export TASKRC="$T/taskrc" TASKDATA="$T/task"
mkdir -p "$TASKDATA"
printf 'data.location=%s\nconfirmation=off\nverbose=nothing\nhooks=off\n' "$TASKDATA" >"$TASKRC"

now() { date +%s%N; }
ratios=()
tw_ratios=()
wm_times=()
sq_times=()
tw_times=()
for i in $(seq 1 "$RUNS"); do
	body="{\"mood\":6,\"note\":\"bench entry $i\",\"tags\":[\"work\",\"rain\"]}"
	run_wm() {
		local t0 t1
		t0=$(now)
		"$WAYMARK" checkin --mood 6 --note "bench entry $i" --tag work,rain >/dev/null
		t1=$(now)
		wm=$((t1 - t0))
	}
	run_sq() {
		local t0 t1
		t0=$(now)
		sqlite3 "$T/base.db" "PRAGMA synchronous=FULL; INSERT INTO records
		  (uid, kind, day, minute, utc_offset, created, updated, body)
		  VALUES (lower(hex(randomblob(16))), 'checkin', date('now'), 600, 0,
		  unixepoch(), unixepoch(), '$body')" >/dev/null
		t1=$(now)
		sq=$((t1 - t0))
	}
	run_tw() {
		local t0 t1
		t0=$(now)
		task add "bench entry $i" project:bench +work +rain >/dev/null 2>&1
		t1=$(now)
		tw=$((t1 - t0))
	}
	if [ $((i % 2)) -eq 0 ]; then run_wm; run_sq; run_tw; else run_tw; run_sq; run_wm; fi
	wm_times+=("$wm")
	sq_times+=("$sq")
	tw_times+=("$tw")
	ratios+=("$(awk -v a="$wm" -v b="$sq" 'BEGIN { printf "%.3f", a / b }')")
	tw_ratios+=("$(awk -v a="$wm" -v b="$tw" 'BEGIN { printf "%.3f", a / b }')")
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
mwm=$(median "${wm_times[@]}")
msq=$(median "${sq_times[@]}")
printf '%-44s %10s %10s %8s\n' "benchmark" "waymark" "baseline" "ratio"
printf '%-44s %8.2fms %8.2fms %7.2fx\n' "P1 checkin vs sqlite3 insert (median of $RUNS)" \
	"$(awk -v x="$mwm" 'BEGIN { print x / 1e6 }')" "$(awk -v x="$msq" 'BEGIN { print x / 1e6 }')" \
	"$(median "${ratios[@]}")"
if command -v task >/dev/null; then
	printf '%-44s %8.2fms %8.2fms %7.2fx\n' "P1 checkin vs taskwarrior 'task add' (peer CLI)" \
		"$(awk -v x="$mwm" 'BEGIN { print x / 1e6 }')" \
		"$(awk -v x="$(median "${tw_times[@]}")" 'BEGIN { print x / 1e6 }')" \
		"$(median "${tw_ratios[@]}")"
fi
