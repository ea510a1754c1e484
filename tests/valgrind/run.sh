#!/bin/bash
# `make valgrind`: the CLI tests (tests/cli, each diffed against its
# .expected file) with every run of the binary under valgrind's memcheck
# (tests/valgrind/waymark), then a count of the runs and of any errors or
# leaks valgrind reported. Not part of `make test`: it takes minutes.
#
# Usage: tests/valgrind/run.sh [BUILD_DIR]    (default build)
set -u
cd "$(dirname "$0")/../.."
BUILD=${1:-build}
logs=$(mktemp -d)
chmod 1777 "$logs" # tests that run waymark as another user log here too
trap 'rm -rf "$logs"' EXIT
export WAYMARK_VALGRIND_LOGS=$logs WAYMARK_VALGRIND_SUPP=$PWD/tests/valgrind/suppressions
export WAYMARK_WRAP=$PWD/tests/valgrind/waymark
WAYMARK_TEST_ONLY=cli tests/run.sh "$BUILD"
status=$?
runs=$(find "$logs" -name '*.log' | wc -l)
bad=$(find "$logs" -name '*.log' -size +0 | wc -l)
echo "valgrind: $runs runs of waymark, $bad with errors or leaks"
if [ "$bad" -gt 0 ]; then
	for f in $(find "$logs" -name '*.log' -size +0 | head -5); do
		echo "--- $f"
		head -60 "$f"
	done
	status=1
fi
exit "$status"
