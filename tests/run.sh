#!/bin/bash
# Runs every test suite against one build and ends with one summary line:
#   N passed, N failed
# Usage: tests/run.sh [BUILD_DIR]   (default: build)
# WAYMARK_TEST_ONLY=rules|unit|cli|crash|fuzz|bad-input|web|e2e runs one
# suite. The fuzz suite runs the targets in build-fuzz/ (make fuzz) for a
# few seconds each, whatever BUILD is: they carry their own sanitizers.
set -u
cd "$(dirname "$0")/.."
BUILD=${1:-build}
export WAYMARK="$PWD/$BUILD/waymark"
# WAYMARK_WRAP=PROGRAM runs every test's waymark through PROGRAM, which
# finds the real binary in WAYMARK_REAL (make valgrind)
if [ -n "${WAYMARK_WRAP:-}" ]; then
	export WAYMARK_REAL="$WAYMARK" WAYMARK="$WAYMARK_WRAP"
fi
export WAYMARK_BUILD="$PWD/$BUILD"
export LC_ALL=C.UTF-8
only=${WAYMARK_TEST_ONLY:-}
passed=0
failed=0
failures=()
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

suite() { [ -z "$only" ] || [ "$only" = "$1" ]; }
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); failures+=("$1"); echo "FAIL: $1"; }

if suite rules; then
	echo "== project rules (scripts/codecheck)"
	if scripts/codecheck >"$tmp/rules.out" 2>&1; then ok; else bad "scripts/codecheck"; cat "$tmp/rules.out"; fi
fi

if suite unit; then
	echo "== unit tests (cmocka)"
	for t in "$BUILD"/tests/test_*; do
		[ -x "$t" ] || continue
		name=$(basename "$t")
		out="$tmp/$name.tap"
		CMOCKA_MESSAGE_OUTPUT=TAP "$t" >"$out" 2>&1
		rc=$?
		np=$(grep -c '^ok ' "$out")
		nf=$(grep -c '^not ok ' "$out")
		passed=$((passed + np))
		if [ "$nf" -gt 0 ]; then
			failed=$((failed + nf))
			grep -A8 '^not ok ' "$out" | head -60
			failures+=("$name ($nf)")
		elif [ "$rc" -ne 0 ]; then
			bad "$name (exit $rc)"
			tail -30 "$out"
		fi
		echo "   $name: $np passed, $nf failed"
	done
fi

if suite cli; then
	echo "== CLI tests (real binary, diffed against .expected)"
	for t in tests/cli/*.sh; do
		[ -f "$t" ] || continue
		[ "$(basename "$t")" = lib.sh ] && continue
		exp="${t%.sh}.expected"
		out="$tmp/$(basename "$t").out"
		bash "$t" >"$out" 2>&1
		if [ -f "$exp" ] && diff -u "$exp" "$out" >"$tmp/diff" 2>&1; then
			ok
		else
			bad "$t"
			[ -f "$exp" ] && head -40 "$tmp/diff" || echo "   (no $exp)"
		fi
	done
fi

if suite crash; then
	echo "== crash test (kill -9 at random moments: check-ins, goal logs, plan edits, imports)"
	if bash tests/crash/kill-test.sh "${WAYMARK_CRASH_KILLS:-200}" >"$tmp/crash.out" 2>&1; then
		ok
		tail -7 "$tmp/crash.out"
	else
		bad "tests/crash/kill-test.sh"
		tail -20 "$tmp/crash.out"
	fi
fi

# tap NAME COMMAND...: runs a suite that prints TAP and counts its lines,
# showing the failures (and the # lines of the scripts it ran)
tap() {
	local name=$1 out="$tmp/$1.out" np nf
	shift
	"$@" >"$out" 2>&1
	grep -E '^(not ok|#)' "$out" | head -80
	np=$(grep -c '^ok ' "$out")
	nf=$(grep -c '^not ok ' "$out")
	passed=$((passed + np))
	failed=$((failed + nf))
	[ "$nf" -gt 0 ] && failures+=("$name ($nf)")
	if [ "$np" -eq 0 ] && [ "$nf" -eq 0 ]; then
		bad "$name suite ran no tests"
		tail -30 "$out"
	fi
	echo "   $name: $np passed, $nf failed"
}

if suite bad-input; then
	echo "== bad-input catalogue (tests/bad-input/cases.tsv, docs/bad-input.md)"
	tap bad-input bash tests/bad-input/run.sh "$BUILD"
fi

if suite fuzz; then
	echo "== fuzz smoke (each target in build-fuzz for ${FUZZ_SECONDS:-3} s)"
	tap fuzz bash tests/fuzz/run.sh "${WAYMARK_FUZZ_BUILD:-build-fuzz}"
fi

for s in web e2e; do
	if suite "$s" && [ -x "tests/$s/run.sh" ]; then
		echo "== $s tests"
		tap "$s" bash "tests/$s/run.sh" "$BUILD"
	fi
done

if [ ${#failures[@]} -gt 0 ]; then
	echo
	echo "Failed:"
	printf '  %s\n' "${failures[@]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
