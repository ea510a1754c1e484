# A person's own trackers: a scale, a yes/no and a count, in check-ins by
# option and by question; renaming and retiring keep their history; they
# travel through export and import.
. "$(dirname "$0")/lib.sh"
run tracker
run checkin --mood 5 --track energy=3
run tracker add Energy --scale 1-5
run tracker add "Took my medication" --yes-no
run tracker add Exercise --count --unit minutes
run tracker add Anxiety --scale 0-10 --lower-is-better
run tracker add energy --scale 1-3
run tracker add Sleepiness --scale 5-1
run tracker add Steps --yes-no --unit steps
run tracker add Nothing
run tracker list
run checkin --mood 6 --track energy=4 --track "took my medication=yes" --track exercise=30
run checkin --mood 6 --track energy=9
run checkin --mood 6 --track "took my medication=maybe"
run checkin --mood 6 --track exercise=-5
run checkin --mood 6 --track weather=sunny
run checkin --mood 6 --track energy
printf '%s\n' 4 "" "" "" "" "" "" "" 2 yes 45 eleven 7 "" "" | run checkin --ask
run diary show 5
run tracker rename Energy "Energy level"
run tracker retire exercise
run tracker list
run tracker list --all
run checkin --mood 6 --track exercise=10
run diary show 5
run diary edit 5 --track "energy level=" --track anxiety=2
json diary show 5 --json
run tracker restore exercise
run tracker rename nothing-here x
"$WAYMARK" export --json "$T/out.json" >/dev/null
WAYMARK_VAULT="$T/other.db" "$WAYMARK" import --json "$T/out.json" >/dev/null 2>&1
WAYMARK_VAULT="$T/other.db" run tracker list --json
