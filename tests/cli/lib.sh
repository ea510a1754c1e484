# tests/cli/lib.sh: sourced by every CLI test. Each test runs the real
# binary ($WAYMARK, set by tests/run.sh) on a new vault in a temporary
# folder, with the clock fixed, and prints what a person would see; the
# runner diffs that against the test's .expected file.
set -u
export LC_ALL=C.UTF-8 TZ=Europe/London NO_COLOR=1 WAYMARK_PAGER=cat
export WAYMARK_TEST_NOW=2026-03-14T09:30:00 WAYMARK_TEST_WEAK_KDF=1
unset WAYMARK_PASSPHRASE_FILE WAYMARK_NEW_PASSPHRASE_FILE WAYMARK_RECOVERY_KEY_FILE
: "${WAYMARK:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/build/waymark}"
export WAYMARK
# this folder, for tests that use files beside them (the tests run in $T)
TESTS_CLI=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export WAYMARK_VAULT="$T/vault.db"
# the person's own files (extra measure definitions) live here, not in $HOME
export XDG_DATA_HOME="$T/data"
cd "$T"

# run ARGS...: shows the command, its output (stdout and stderr) and exit code.
run() {
	{
		printf '$ waymark'
		[ $# -gt 0 ] && printf ' %q' "$@"
		printf '\n'
		"$WAYMARK" "$@" 2>&1
		echo "[exit $?]"
	} | sed "s|$T|\$T|g"
}

# count: how many check-ins the vault holds (0 if there is no vault).
count() {
	if [ -f "$WAYMARK_VAULT" ]; then
		"$WAYMARK" diary --json 2>/dev/null | jq length
	else
		echo "0 (no vault)"
	fi
}

# json ARGS...: runs waymark and prints its JSON without the parts that
# differ from run to run (uids).
json() {
	printf '$ waymark'
	printf ' %q' "$@"
	printf '\n'
	"$WAYMARK" "$@" 2>&1 | jq 'if type == "array" then map(del(.uid)) else del(.uid) end'
}
