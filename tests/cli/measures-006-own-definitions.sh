# A measure someone holds a licence for is added as a definition file in
# their measures folder, with no code. Files are checked when loaded: a bad
# one is named with its problem and left out; 'measure check' checks one
# before it is added.
. "$(dirname "$0")/lib.sh"
mkdir -p "$XDG_DATA_HOME/waymark/measures"
cat >"$T/calm.json" <<'JSON'
{
  "format": "waymark-measure", "version": 1,
  "id": "calm3", "name": "CALM-3", "title": "A made-up calm check (CALM-3)",
  "about": "Three made-up questions, standing in for a licensed measure.",
  "licence": "user-supplied",
  "copyright": "Made up for Waymark's tests; not a real measure.",
  "instructions": "Over the last week, how often has this been true?",
  "options": [
    { "value": 1, "label": "None of the time" },
    { "value": 2, "label": "Some of the time" },
    { "value": 3, "label": "All of the time" }
  ],
  "items": [
    { "id": "1", "text": "I felt calm" },
    { "id": "2", "text": "I felt tense", "reverse": true },
    { "id": "3", "text": "I slept well" }
  ],
  "score": { "method": "sum", "higher_is": "better" },
  "bands": [ { "from": 3, "label": "low" }, { "from": 7, "label": "high" } ],
  "caseness": 6, "reliable_change": 3
}
JSON
run measure check "$T/calm.json"
cp "$T/calm.json" "$XDG_DATA_HOME/waymark/measures/calm.json"
printf '{ "format": "waymark-measure", ' >"$XDG_DATA_HOME/waymark/measures/cut.json"
jq '.id = "phq9"' "$T/calm.json" >"$XDG_DATA_HOME/waymark/measures/copy.json"
jq '.bands[1].from = 2' "$T/calm.json" >"$T/bands.json"
jq '.items[1].options = [{"value": 1, "label": "No"}]' "$T/calm.json" >"$T/options.json"
jq 'del(.copyright)' "$T/calm.json" >"$T/copyright.json"
jq '.score.method = "average"' "$T/calm.json" >"$T/method.json"
jq '.items[0].risk = "yes"' "$T/calm.json" >"$T/risk.json"
jq '.name = "PHQ-9" | .id = "myphq"' "$T/calm.json" >"$T/shipped.json"
run measure list
run measure take calm3 --answers 3,1,2
run measure take calm --answers 1,3,1
run measure history calm3
for f in bands options copyright method risk shipped; do
	run measure check "$T/$f.json"
done
run measure check "$T/missing.json"
