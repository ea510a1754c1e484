#!/bin/bash
# Soak test (not part of make test): `waymark ui` under wrk for a long
# while with a mix of page views and check-ins (tests/soak/mix.lua), then
#   - no answer that is not 2xx/3xx, and no socket errors;
#   - resident memory (VmRSS) at the end within 5 % of what it was after
#     the warm-up (caches full by then), both read with the server idle;
#   - as many open file descriptors at the end as after the warm-up.
# It prints the numbers and exits 0 only if all three hold.
#
# Usage: tests/soak/soak.sh [BUILD_DIR]      (default build)
#   SOAK_SECONDS   length of the measured run (default 600: ten minutes)
#   SOAK_WARMUP    seconds of warm-up first (default 60)
#   SOAK_CONNECTIONS, SOAK_THREADS   for wrk (default 4 and 2)
set -u
cd "$(dirname "$0")/../.."
BUILD=${1:-build}
WAYMARK=$PWD/$BUILD/waymark
SECONDS_RUN=${SOAK_SECONDS:-600}
WARMUP=${SOAK_WARMUP:-60}
CONNS=${SOAK_CONNECTIONS:-4}
THREADS=${SOAK_THREADS:-2}
command -v wrk >/dev/null || { echo "soak: wrk is missing (scripts/deps soak)"; exit 1; }
export WAYMARK
# the server, its session and the temporary folder $T, as the web tests
# have them
. tests/web/lib.sh

"$WAYMARK" vault init >/dev/null
"$WAYMARK" tracker add Energy --scale 1-5 >/dev/null
for d in $(seq 1 60); do
	"$WAYMARK" checkin --date "$(date -d "-$d days" +%F)" --time 09:00 --mood $((d % 11)) \
		--tag "walk,work" --note "an ordinary day $d" >/dev/null
done
start_server
login
WAYMARK_COOKIE=$(cookie)
WAYMARK_CSRF=$(csrf)
export WAYMARK_COOKIE WAYMARK_CSRF

rss() { awk '/^VmRSS/ { print $2 }' "/proc/$SERVER/status"; }
fds() { find "/proc/$SERVER/fd" -mindepth 1 -maxdepth 1 | wc -l; }
checkins() { curl -s -b "$T/jar" "$BASE/api/v1/checkins" | jq '.entries | length'; }

echo "soak: warming up for ${WARMUP} s ($CONNS connections, $THREADS threads)"
wrk -t"$THREADS" -c"$CONNS" -d"${WARMUP}s" -s tests/soak/mix.lua "$BASE" >"$T/warmup.out" 2>&1
sleep 2
rss0=$(rss)
fds0=$(fds)
n0=$(checkins)
echo "soak: after warm-up: RSS ${rss0} kB, ${fds0} descriptors, ${n0} check-ins"
echo "soak: measured run of ${SECONDS_RUN} s"
wrk -t"$THREADS" -c"$CONNS" -d"${SECONDS_RUN}s" --latency -s tests/soak/mix.lua "$BASE" >"$T/run.out" 2>&1
sleep 2
rss1=$(rss)
fds1=$(fds)
n1=$(checkins)
grep -E 'Requests/sec|Non-2xx|Socket errors|^soak:' "$T/run.out"
echo "soak: at the end: RSS ${rss1} kB, ${fds1} descriptors, ${n1} check-ins ($((n1 - n0)) added)"

bad=$(awk '/^soak: bad answers/ { print $4 }' "$T/run.out")
sockerr=$(awk '/^soak: requests/ { print $6 }' "$T/run.out" | tr -d ,)
growth=$(awk -v a="$rss0" -v b="$rss1" 'BEGIN { printf "%.2f", (b - a) * 100 / a }')
echo "soak: RSS growth ${growth} %, descriptors ${fds0} -> ${fds1}, bad answers ${bad:-?}, socket errors ${sockerr:-?}"
ok=1
[ "${bad:-1}" = 0 ] || ok=0
[ "${sockerr:-1}" = 0 ] || ok=0
[ "$fds1" -le "$fds0" ] || ok=0
awk -v g="$growth" 'BEGIN { exit !(g < 5) }' || ok=0
kill "$SERVER"
wait "$SERVER"
rc=$?
SERVER=
[ "$rc" -eq 0 ] || { echo "soak: the server exited with $rc"; ok=0; }
if [ "$ok" = 1 ]; then echo "soak: passed"; else echo "soak: FAILED"; fi
[ "$ok" = 1 ]
