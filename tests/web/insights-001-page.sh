# The Insights page: findings with hostile tag names escaped, the calendar,
# and the gentle note on Today when mood has dipped against the person's
# own usual (with their coping and their plan's early-warning actions).
. "$(dirname "$0")/lib.sh"
# 70 ordinary days, then 14 harder ones; a tag with markup in its name on
# the harder days
jq -n '{format: "waymark-export", version: 1, records: [range(0; 84) as $i |
	{kind: "checkin", uid: ("%032x" | sub("%032x"; ($i | tostring) + "0000000000000000000000000000000" | .[0:32])),
	 date: ((1773446400 - (83 - $i) * 86400) | strftime("%Y-%m-%d")), time: "20:00",
	 utc_offset: "+00:00", created: "2026-03-14T09:00:00Z", updated: "2026-03-14T09:00:00Z",
	 data: (if $i >= 70 then {mood: (2 + ($i % 2)), tags: ["<i>x</i>"], coped: "a bath", helped: "a-lot"}
		else {mood: (6 + ($i % 3)), tags: (if $i % 3 == 0 then ["<i>x</i>"] else ["park"] end)} end)}]}' >"$T/d.json"
"$WAYMARK" import --json "$T/d.json" >/dev/null 2>&1
"$WAYMARK" plan edit warning-signs.actions --add "Tell Sam <b>early</b>" >/dev/null 2>&1
export WAYMARK_TEST_NOW=2026-03-14T21:00:00
start_server
login
body=$(get /insights)
check "the insights page answers" contains "$body" "What your diary shows"
check "a hostile tag name is escaped in a finding" contains "$body" "tagged &lt;i&gt;x&lt;/i&gt;"
check "no raw markup from a tag" lacks "$body" "<i>x</i>"
check "the calendar shows the days" contains "$body" 'class="px px-2"'
check "the early warning is framed as the person's own pattern" contains "$body" "not a prediction"
check "the plan's early-warning action is there, escaped" contains "$body" "Tell Sam &lt;b&gt;early&lt;/b&gt;"
check "no risk score anywhere" lacks "$body" "risk"
body=$(get /)
check "Today shows the gentle note" contains "$body" "Your own pattern"
check "with coping that helped before" contains "$body" "a bath"
check "the period can be chosen" test "$(status "$BASE/insights?days=30")" = 200
check "an unknown period falls back kindly" test "$(status "$BASE/insights?days=nonsense")" = 200

finish
