#!/bin/bash
# Soak test (not part of make test): `waymark ui` under wrk for a long
# while with a mix of page views and check-ins (tests/soak/mix.lua), then
#   - no answer that is not 2xx/3xx, and no socket errors;
#   - resident memory (VmRSS), read with the server idle after each
#     minute, does not grow: the median of the last three readings within
#     5 % of the median of the first three (caches are full by then);
#   - as many open file descriptors at the end as after the warm-up.
# It prints the numbers and exits 0 only if all three hold.
#
# Usage: tests/soak/soak.sh [BUILD_DIR]      (default build)
#   SOAK_SECONDS   length of the measured run (default 600: ten minutes)
#   SOAK_WARMUP    seconds of warm-up first (default 60)
#   SOAK_SEED_DAYS days of synthetic diary in the vault first (default 3650)
#   SOAK_CONNECTIONS, SOAK_THREADS   for wrk (default 4 and 2)
#   SOAK_PIECE     the run is made of wrk runs this long (default 60 s),
#                  with the server's memory read after each, to show its trend
set -u
cd "$(dirname "$0")/../.."
BUILD=${1:-build}
WAYMARK=$PWD/$BUILD/waymark
SECONDS_RUN=${SOAK_SECONDS:-600}
WARMUP=${SOAK_WARMUP:-60}
CONNS=${SOAK_CONNECTIONS:-4}
THREADS=${SOAK_THREADS:-2}
CHUNK=${SOAK_PIECE:-60}
command -v wrk >/dev/null || { echo "soak: wrk is missing (scripts/deps soak)"; exit 1; }
export WAYMARK
# the server, its session and the temporary folder $T, as the web tests
# have them
. tests/web/lib.sh

"$WAYMARK" vault init >/dev/null
"$WAYMARK" tracker add Energy --scale 1-5 >/dev/null
# a diary of some years (bench/gen-diary.sh, synthetic), so that SQLite's
# page cache is full after the warm-up as it would be for a person who has
# used Waymark a while: growth after that is what the run adds, not a
# cache filling up for the first time
bash bench/gen-diary.sh "${SOAK_SEED_DAYS:-3650}" 2 >"$T/seed.json"
"$WAYMARK" import --json "$T/seed.json" >/dev/null
start_server
login
WAYMARK_COOKIE=$(cookie)
WAYMARK_CSRF=$(csrf)
export WAYMARK_COOKIE WAYMARK_CSRF

rss() { awk '/^VmRSS/ { print $2 }' "/proc/$SERVER/status"; }
fds() { find "/proc/$SERVER/fd" -mindepth 1 -maxdepth 1 | wc -l; }
# counted by the CLI, not the API: a list of thousands of check-ins from
# the server between the two readings of its memory would be measured too
checkins() { "$WAYMARK" diary --json | jq length; }

echo "soak: warming up for ${WARMUP} s ($CONNS connections, $THREADS threads)"
wrk -t"$THREADS" -c"$CONNS" -d"${WARMUP}s" -s tests/soak/mix.lua "$BASE" >"$T/warmup.out" 2>&1
sleep 2
rss0=$(rss)
fds0=$(fds)
n0=$(checkins)
echo "soak: after warm-up: RSS ${rss0} kB, ${fds0} descriptors, ${n0} check-ins"
echo "soak: measured run of ${SECONDS_RUN} s, in pieces of ${CHUNK} s with memory read after each"
: >"$T/run.out"
left=$SECONDS_RUN
samples=""
while [ "$left" -gt 0 ]; do
	d=$((left < CHUNK ? left : CHUNK))
	wrk -t"$THREADS" -c"$CONNS" -d"${d}s" --latency -s tests/soak/mix.lua "$BASE" >>"$T/run.out" 2>&1
	left=$((left - d))
	sleep 1
	samples="$samples $(rss)"
done
sleep 1
rss1=$(rss)
fds1=$(fds)
n1=$(checkins)
echo "soak: RSS (kB) after each piece:$samples"
bad=$(awk '/^soak: bad answers/ { n += $4 } END { print n + 0 }' "$T/run.out")
sockerr=$(awk '/^soak: requests/ { n += $6 } END { print n + 0 }' "$T/run.out")
awk '/^soak: requests/ { r += $3; if ($11 + 0 > p99) p99 = $11 + 0 } END { printf "soak: requests %d, worst p99 of a piece %.2f ms\n", r, p99 }' "$T/run.out"
echo "soak: at the end: RSS ${rss1} kB, ${fds1} descriptors, ${n1} check-ins ($((n1 - n0)) added)"

# the trend, not two single readings (one can land low or high by a few
# hundred kB as caches empty and fill): the median of the last three
# readings against the median of the first three
growth=$(echo "$samples" | awk '
	function med3(a, b, c) { return a > b ? (b > c ? b : (a > c ? c : a)) : (a > c ? a : (b > c ? c : b)) }
	{ n = NF; for (i = 1; i <= n; i++) v[i] = $i }
	END {
		if (n < 6) { first = v[1]; last = v[n] } else { first = med3(v[1], v[2], v[3]); last = med3(v[n - 2], v[n - 1], v[n]) }
		printf "%.2f", (last - first) * 100 / first
	}')
since=$(awk -v a="$rss0" -v b="$rss1" 'BEGIN { printf "%.2f", (b - a) * 100 / a }')
echo "soak: RSS growth ${growth} % (last three readings against the first three; ${since} % since the warm-up), descriptors ${fds0} -> ${fds1}, bad answers ${bad:-?}, socket errors ${sockerr:-?}"
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
