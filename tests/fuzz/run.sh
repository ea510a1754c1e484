#!/bin/bash
# Runs every fuzz target built by `make fuzz` briefly (the smoke run in
# `make test`), or for a set number of executions (the long run), and
# prints one TAP line per target that tests/run.sh counts.
#
# Usage: tests/fuzz/run.sh [BUILD_DIR] [TARGET...]      (default build-fuzz)
#   FUZZ_SECONDS=N   seconds per target in the smoke run (default 3)
#   FUZZ_RUNS=N      run each target N executions instead (e.g. 1000000)
#   FUZZ_JOBS=N      targets run side by side (default 1)
#   FUZZ_KEEP=DIR    keep each target's grown corpus in DIR/NAME, and its
#                    log in DIR/NAME.log (default: a temporary folder)
#
# Each target starts from tests/fuzz/corpus/NAME (small synthetic files)
# plus the repository's own data it parses (see seeds() below). New inputs
# go to a scratch folder, never into the repository. A crash, leak or
# broken promise leaves its input in the log's folder and fails the line;
# reproduce with: build-fuzz/fuzz/fuzz_NAME CRASH-FILE
set -u
cd "$(dirname "$0")/../.."
BUILD=${1:-build-fuzz}
[ $# -gt 0 ] && shift
SECONDS_EACH=${FUZZ_SECONDS:-3}
RUNS=${FUZZ_RUNS:-}
JOBS=${FUZZ_JOBS:-1}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
KEEP=${FUZZ_KEEP:-$scratch}
mkdir -p "$KEEP"

# Extra seeds: the data files and test files the parser reads for real.
seeds() {
	case $1 in
	support_dir) echo data/support ;;
	measure) echo data/measures ;;
	area_set) echo data/areas ;;
	crisis) echo data/crisis ;;
	import_*) echo tests/data/imports ;;
	esac
}

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
	for bin in "$BUILD"/fuzz/fuzz_*; do
		[ -x "$bin" ] && targets+=("$(basename "$bin")")
	done
fi
if [ ${#targets[@]} -eq 0 ]; then
	echo "not ok 1 - no fuzz targets in $BUILD/fuzz (run make fuzz)"
	exit 1
fi

# one NAME: runs one target, prints its TAP line body ("ok - ..." or
# "not ok - ...") to $KEEP/NAME.result
one() {
	local t=${1#fuzz_} bin=$BUILD/fuzz/$1
	local grown=$KEEP/$t log=$KEEP/$t.log limit
	mkdir -p "$grown"
	if [ -n "$RUNS" ]; then limit=-runs=$RUNS; else limit=-max_total_time=$SECONDS_EACH; fi
	# shellcheck disable=SC2046
	"$bin" "$limit" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
		-print_final_stats=1 -artifact_prefix="$KEEP/$t-" \
		"$grown" tests/fuzz/corpus/"$t" $(seeds "$t") >"$log" 2>&1
	local rc=$? execs cov
	execs=$(awk '/stat::number_of_executed_units/ { print $2 }' "$log")
	cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
	if [ "$rc" -eq 0 ]; then
		echo "ok - $1 (${execs:-?} runs, ${cov:-cov: ?})" >"$KEEP/$t.result"
	else
		{
			echo "not ok - $1 (exit $rc after ${execs:-?} runs)"
			grep -E 'ERROR|FUZZ_CHECK|SUMMARY|Test unit written|^#.*in ' "$log" | head -20 | sed 's/^/# /'
		} >"$KEEP/$t.result"
	fi
}

running=0
for t in "${targets[@]}"; do
	one "$t" &
	running=$((running + 1))
	if [ "$running" -ge "$JOBS" ]; then
		wait -n
		running=$((running - 1))
	fi
done
wait

n=0
failed=0
for t in "${targets[@]}"; do
	n=$((n + 1))
	r=$(cat "$KEEP/${t#fuzz_}.result")
	case $r in not*) failed=$((failed + 1)) ;; esac
	echo "$r" | sed "1s/^\(not ok\|ok\) -/\1 $n -/"
done
echo "1..$n"
[ "$failed" -eq 0 ]
