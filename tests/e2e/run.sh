#!/bin/bash
# Runs the browser tests (tests/e2e/*.test.mjs) with playwright-core and
# Debian's Chromium, installing the npm packages first if they are missing.
# Prints TAP lines, each prefixed with the test file's name.
cd "$(dirname "$0")"
BUILD=${1:-build}
export WAYMARK="$PWD/../../$BUILD/waymark" WAYMARK_BUILD="$BUILD"
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ]; then
	npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>&1 || npm install --no-audit --no-fund --loglevel=error >/dev/null
fi
status=0
for t in *.test.mjs; do
	echo "# $t"
	node "$t" 2>&1 | sed -E "s|^(not ok\|ok) ([0-9]+) - |\1 \2 - ${t%.test.mjs}: |"
	[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done
exit $status
