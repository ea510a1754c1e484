# PHQ-9 item 9 above "Not at all" brings up the crisis contacts at once,
# before any score, with calm words and no "risk level"; the event is kept
# in the person's own record. When asked one question at a time, the box
# comes straight after item 9.
. "$(dirname "$0")/lib.sh"
run measure take phq9 --answers 1,1,1,1,0,0,0,0,1
run measure take phq9 --answers 0,0,0,0,0,0,0,0,3,0
run measure take phq9 --answers 1,1,1,1,1,1,1,1,0
printf '%s\n' 1 1 0 0 0 0 0 0 2 1 | run measure take phq9 --ask
printf '$ waymark measure history --json\n'
"$WAYMARK" measure history --json | jq -c '.entries[] | [.id, .total, .answers["9"], .safety_response]'
run measure history
printf '$ waymark measure take phq9 --answers 0,0,0,0,0,0,0,0,2 --json (stdout only)\n'
"$WAYMARK" measure take phq9 --answers 0,0,0,0,0,0,0,0,2 --json 2>/dev/null | jq -c '[.total, .safety_response]'
if "$WAYMARK" measure take phq9 --answers 0,0,0,0,0,0,0,0,2 --json 2>&1 >/dev/null | grep -q 'Samaritans'; then
	echo "the crisis contacts went to stderr beside the JSON"
fi
if ! "$WAYMARK" measure history 2>&1 | grep -qi 'risk'; then
	echo "no risk level or risk score in the history"
fi
