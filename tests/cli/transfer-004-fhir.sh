# export --fhir: a FHIR R4 Bundle of Questionnaire, QuestionnaireResponse
# and Observation resources with the LOINC codes of instruments.md §3
# (tests/unit/test_transfer.c checks the resource shapes in full).
. "$(dirname "$0")/lib.sh"
"$WAYMARK" measure take phq9 --answers 2,2,1,1,2,1,1,0,0 --date 2026-02-14 >/dev/null 2>&1
"$WAYMARK" measure take gad7 --answers 1,1,1,1,0,0,1 --date 2026-02-14 >/dev/null
"$WAYMARK" measure take phq9 --answers 1,1,0,0,1,0,0,0,0 >/dev/null
run export --fhir "$T/bundle.json"
jq -c '[.resourceType, .type, (.entry | length)]' "$T/bundle.json"
jq -r '.entry[].resource | [.resourceType, .status // "-", (.url // .questionnaire // "-")] | @tsv' "$T/bundle.json"
echo "--- codes"
jq -r '.entry[].resource | select(.resourceType == "Questionnaire") |
	"\(.name): panel \(.code[0].code); items \([.item[] | .code[0].code] | join(" "))"' "$T/bundle.json"
jq -r '.entry[].resource | select(.resourceType == "Observation") |
	"\(.code.text): \([.code.coding[] | "\(.system | sub("http://"; "")) \(.code)"] | join(", ")); \(.effectiveDateTime) \(.valueQuantity.value) \(.valueQuantity.code) (\(.interpretation[0].text))"' "$T/bundle.json"
echo "--- every reference points at an entry of the bundle"
jq '[.. | .reference? // empty] as $refs | [.entry[].fullUrl] as $urls | ($refs | length) > 0 and all($refs[]; . as $r | $urls | index($r))' "$T/bundle.json"
echo "--- exported twice: the same resources"
"$WAYMARK" export --fhir "$T/again.json" >/dev/null
diff <(jq -S 'del(.timestamp)' "$T/bundle.json") <(jq -S 'del(.timestamp)' "$T/again.json") && echo same
WAYMARK_VAULT="$T/empty.db" "$WAYMARK" vault init >/dev/null
WAYMARK_VAULT="$T/empty.db" run export --fhir "$T/none.json"
jq -c '[.entry[].resource.resourceType]' "$T/none.json"
