# History over time with the Talking-Therapies-style indicators between the
# first and latest days both PHQ-9 and GAD-7 were taken (scores added for
# past days with --date).
. "$(dirname "$0")/lib.sh"
run measure history
run measure take phq9 --answers 3,3,3,3,3,1,0,0,0 --date 2026-01-05
run measure take gad7 --answers 2,2,2,2,0,0,0 --date 2026-01-05
run measure history
run measure take phq9 --answers 3,3,3,0,0,0,0,0,0 --date 2026-02-02
run measure take gad7 --answers 3,3,3,3,0,0,0 --date 2026-02-02
run measure history
run measure take phq9 --answers 1,1,1,1,0,0,0,0,0
run measure take gad7 --answers 1,1,1,0,0,0,0
run measure history
run measure history gad7
printf '$ waymark measure history --json\n'
"$WAYMARK" measure history --json | jq -c '(.entries[] | del(.uid, .created, .answers)), .talking_therapies_style'
