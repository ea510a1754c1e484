# Taking the questionnaires with --answers: totals, bands (with the
# difficulty question recorded but not added), the quick checks that
# suggest the full measure at 3 or more, and --json.
. "$(dirname "$0")/lib.sh"
run measure
run measure take phq9 --answers 0,0,0,0,0,0,0,0,0
run measure take PHQ-9 --answers 2,2,1,1,1,1,1,1,0,1
run measure take gad7 --answers 3,3,3,3,3,3,3,3
run measure take gad2 --answers 1,1
run measure take phq2 --answers 2,1
printf '$ waymark measure take gad7 --answers 1,1,1,1,1,0,0 --json\n'
"$WAYMARK" measure take gad7 --answers 1,1,1,1,1,0,0 --json | jq -c 'del(.uid, .created)'
run measure info gad7
run measure take --help
