#!/bin/bash
# Runs every HTTP-level test (tests/web/*.sh except lib.sh) and prints their
# TAP lines, each script's numbers prefixed with its name.
cd "$(dirname "$0")/../.."
BUILD=${1:-build}
export WAYMARK="$PWD/$BUILD/waymark"
status=0
for t in tests/web/*.sh; do
	case "$t" in */lib.sh|*/run.sh) continue ;; esac
	echo "# $t"
	bash "$t" 2>&1 | sed -E "s|^(not ok\|ok) ([0-9]+) - |\1 \2 - $(basename "$t" .sh): |"
	[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done
exit $status
