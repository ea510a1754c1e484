#!/bin/bash
# Writes a synthetic Waymark export (docs/export-format.md) of a long diary,
# for benchmarks and for looking at insights by hand. Nothing here is a
# real person's words.
#   bench/gen-diary.sh DAYS PER_DAY [END_DATE] > diary.json
# Mood follows a slow weekly rhythm with noise; days tagged "work" are a
# little lower and days with "walk" a little higher, so there is something
# real to find; each check-in has 5 tags and a 200-character note.
set -eu
DAYS=${1:-3650}
PER=${2:-2}
END=${3:-$(date +%F)}
awk -v days="$DAYS" -v per="$PER" -v end="$END" 'BEGIN {
	srand(42)
	split("work walk rain friends music reading cooking tired park coffee cinema garden family bus shopping", T, " ")
	cmd = "date -d " end " +%s"; cmd | getline endsec; close(cmd)
	printf "{\"format\":\"waymark-export\",\"version\":1,\"exported\":\"2026-01-01T00:00:00Z\",\"generator\":\"bench/gen-diary.sh\",\"records\":[\n"
	first = 1
	note = "A synthetic note for the benchmark, about the same length as a short diary entry: what happened, who was there, what helped a little and what did not. Written by a script, not a person. It was a day."
	for (d = days - 1; d >= 0; d--) {
		sec = endsec - d * 86400
		day = strftime("%Y-%m-%d", sec, 1)
		dow = strftime("%u", sec, 1)
		for (k = 0; k < per; k++) {
			ntags = 0; tags = ""; work = 0; walk = 0
			while (ntags < 5) {
				t = T[int(rand() * 15) + 1]
				if (index("," tags ",", "," t ",")) continue
				tags = tags (ntags ? "," : "") t; ntags++
				if (t == "work") work = 1
				if (t == "walk") walk = 1
			}
			mood = 6 + (dow >= 6 ? 0.6 : 0) - (work ? 1.2 : 0) + (walk ? 0.8 : 0) + (rand() + rand() + rand() - 1.5) * 2
			mood = int(mood + 0.5); if (mood < 0) mood = 0; if (mood > 10) mood = 10
			if (mood == 0) mood = 1
			split(tags, tl, ","); tj = ""
			for (i = 1; i <= 5; i++) tj = tj (i > 1 ? "," : "") "\"" tl[i] "\""
			hh = k == 0 ? 8 + int(rand() * 3) : 19 + int(rand() * 3)
			time = sprintf("%02d:%02d", hh, int(rand() * 60))
			uid = sprintf("%08x%08x%08x%08x", d, k, int(rand() * 2147483647), 12345)
			sleep = k == 0 ? sprintf(",\"sleep\":{\"bed\":\"23:%02d\",\"wake\":\"07:%02d\",\"quality\":%d}", int(rand()*60), int(rand()*60), 1 + int(rand()*5)) : ""
			coped = rand() < 0.3 ? ",\"coped\":\"" (walk ? "a walk" : "called a friend") "\",\"helped\":\"" (rand() < 0.6 ? "a-lot" : "a-little") "\"" : ""
			printf "%s{\"kind\":\"checkin\",\"uid\":\"%s\",\"date\":\"%s\",\"time\":\"%s\",\"utc_offset\":\"+00:00\",\"created\":\"%sT%s:00Z\",\"updated\":\"%sT%s:00Z\",\"data\":{\"mood\":%d,\"tags\":[%s],\"note\":\"%s\"%s%s}}\n", first ? "" : ",", uid, day, time, day, time, day, time, mood, tj, note, sleep, coped
			first = 0
		}
	}
	printf "]}\n"
}'
