# tests/data/report/fill.sh: sourced by the report's CLI, web and browser
# tests to fill the vault at $WAYMARK_VAULT with five weeks of a made-up
# person's diary (the clock fixed at 2026-03-14 09:30): moods, sleep, notes
# flagged for the appointment (one with hostile-looking text), a tracker,
# PHQ-9 and GAD-7 answers before and during the period, life-area ratings,
# goals with progress, a plan and questions. Nothing here is a real person.
# Usage: . tests/data/report/fill.sh   (needs $WAYMARK)
fill_w() { "$WAYMARK" "$@" >/dev/null 2>&1 || { echo "fill.sh: waymark $* failed" >&2; return 1; }; }
fill_w tracker add Energy --scale 1-5
moods=(5 4 6 5 3 4 6 7 6 5 4 4 5 6 7 6 5 6 7 7 6 5 6 7 8 7 6 7 6 7 8 7 7 6 7)
for i in $(seq 0 34); do
	d=$(date -d "2026-02-08 +$i day" +%Y-%m-%d)
	m=${moods[$i]}
	args=(checkin --date "$d" --time 21:00 --mood "$m" --track "energy=$(( (m + 1) / 2 ))")
	if [ $((i % 3)) -ne 1 ]; then
		bed=$(( 22 + (i % 3) )); wake=$(( 6 + (i % 4) ))
		args+=(--slept "$(printf '%02d:%02d-%02d:%02d' $((bed % 24)) $(( (i * 7) % 60 )) "$wake" $(( (i * 11) % 60 )))" --quality $(( 2 + (i % 4) )))
	fi
	[ $((i % 5)) -eq 0 ] && args+=(--tag "walk,friends")
	fill_w "${args[@]}"
done
fill_w checkin --date 2026-02-20 --time 23:10 --mood 2 --before "a letter about my benefits" \
	--coped "rang my sister" --helped a-little --note "Could not sleep, kept going over it."
fill_w checkin --date 2026-03-03 --time 08:15 --mood 5 --with "Sam" \
	--note $'The new tablets make me drowsy in the morning, "like walking through fog".\nAsk if I can take them at night.'
fill_w checkin --date 2026-03-10 --time 19:40 --mood 7 --note "<script>alert('x')</script> & a good walk"
for id in $("$WAYMARK" diary --json | jq -r '.[] | select(.note != null) | .id'); do
	fill_w diary edit "$id" --flag
done
# the earlier crisis-time entry is outside the period and flagged too
fill_w checkin --date 2026-01-20 --time 10:00 --mood 3 --note "From January: not in a four-week report."
fill_w diary edit "$("$WAYMARK" diary --json | jq -r '.[] | select(.date == "2026-01-20") | .id')" --flag
fill_w measure take phq9 --answers 2,2,2,1,2,1,1,1,0 --date 2026-01-30
fill_w measure take gad7 --answers 2,2,1,2,1,1,1 --date 2026-01-30
fill_w measure take phq9 --answers 1,2,1,1,1,1,0,1,1 --date 2026-02-27
fill_w measure take phq9 --answers 1,1,0,0,1,0,0,0,0 --date 2026-03-13
fill_w measure take gad7 --answers 1,1,0,1,0,0,1 --date 2026-03-13
fill_w areas rate --date 2026-01-25 Money=3 "Where I live=6" Looking=4 "People close=5" Work=3
fill_w areas rate --date 2026-03-12 Money=4 "Where I live=7" Looking=6 "People close=7" Work=3
fill_w areas focus Money
fill_w goal new --title "Walk by the canal twice a week" --target "2 walks per week" \
	--deadline 2026-05-30 --area health --step "Find my walking shoes" --step "Ask Sam to come along" \
	--reward "A new book"
for d in 2026-02-17 2026-02-19 2026-02-24 2026-03-03 2026-03-05 2026-03-10 2026-03-12; do
	fill_w goal log canal --date "$d"
done
fill_w goal step done canal 1
fill_w goal new --title "Cook a healthy meal at home" --area health
fill_w plan edit toolbox --add "a walk by the canal" --add "music with headphones"
fill_w plan edit triggers --add "money worries" --add "not sleeping"
fill_w plan edit crisis.medicines --add "Sertraline 50 mg in the morning"
fill_w plan edit safety.people --add "Sam: 07700 900123"
fill_w report question add "Could I take the tablets at night instead of in the morning?"
fill_w report question add "Is there a group for people with money worries?"
unset -f fill_w
