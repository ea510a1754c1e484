#!/bin/bash
# Crash test: start `waymark checkin` processes and kill -9 them at random
# moments, half on a plain vault and half on an encrypted one. Then every
# check-in that reported "Saved" must be in the vault, and `vault check`
# must find the vault whole and every record readable.
#
# Usage: tests/crash/kill-test.sh [KILLS]   (default 200)
set -u
KILLS=${1:-200}
: "${WAYMARK:=$(cd "$(dirname "$0")/../.." && pwd)/build/waymark}"
export LC_ALL=C.UTF-8 TZ=Europe/London NO_COLOR=1 WAYMARK_TEST_WEAK_KDF=1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
printf 'crash test passphrase\n' >"$T/pass"
WAYMARK_VAULT="$T/plain.db" "$WAYMARK" vault init >/dev/null
WAYMARK_VAULT="$T/enc.db" WAYMARK_PASSPHRASE_FILE="$T/pass" "$WAYMARK" vault init --passphrase >/dev/null

killed=0
finished=0
n=0
: >"$T/acked"
while [ "$killed" -lt "$KILLS" ]; do
	n=$((n + 1))
	if [ $((n % 2)) -eq 0 ]; then v="$T/plain.db"; else v="$T/enc.db"; fi
	rm -f "$T/out.a" "$T/out.b"
	# two writers at once, so some kills land while the other holds the lock
	for k in a b; do
		WAYMARK_VAULT="$v" WAYMARK_PASSPHRASE_FILE="$T/pass" \
			"$WAYMARK" checkin --mood $((RANDOM % 11)) --tag crash,test \
			--note "crash entry $n$k $(head -c 300 /dev/zero | tr '\0' x)" \
			>"$T/out.$k" 2>&1 &
		eval "pid_$k=$!"
	done
	sleep "0.00$((RANDOM % 10))$((RANDOM % 10))"
	kill -9 "$pid_a" 2>/dev/null
	[ $((RANDOM % 2)) -eq 0 ] && kill -9 "$pid_b" 2>/dev/null
	for k in a b; do
		eval "pid=\$pid_$k"
		wait "$pid"
		rc=$?
		if [ "$rc" -eq 137 ]; then
			killed=$((killed + 1))
		else
			finished=$((finished + 1))
		fi
		if grep -q '^Saved check-in' "$T/out.$k"; then
			echo "$v crash entry $n$k" >>"$T/acked"
		elif [ "$rc" -ne 137 ]; then
			echo "a check-in neither saved nor killed (exit $rc):"
			cat "$T/out.$k"
			exit 1
		fi
	done
done 2>/dev/null # bash's "Killed" notices

status=0
for v in "$T/plain.db" "$T/enc.db"; do
	if ! WAYMARK_VAULT="$v" WAYMARK_PASSPHRASE_FILE="$T/pass" "$WAYMARK" vault check >"$T/check" 2>&1; then
		echo "vault check failed for $(basename "$v"):"
		cat "$T/check"
		status=1
	fi
	WAYMARK_VAULT="$v" WAYMARK_PASSPHRASE_FILE="$T/pass" "$WAYMARK" diary --json \
		| jq -r '.[].note' | cut -d' ' -f1-3 | sort >"$T/have.$(basename "$v")"
done
acked=$(wc -l <"$T/acked")
missing=0
while read -r v rest; do
	if ! grep -qxF "$rest" "$T/have.$(basename "$v")"; then
		echo "lost an acknowledged check-in: $rest in $(basename "$v")"
		missing=$((missing + 1))
	fi
done <"$T/acked"
echo "kills: $killed, finished: $finished, acknowledged: $acked, lost: $missing"
[ "$missing" -eq 0 ] && [ "$status" -eq 0 ] && echo "crash test: vaults whole, no acknowledged check-in lost"
[ "$missing" -eq 0 ] && [ "$status" -eq 0 ]
