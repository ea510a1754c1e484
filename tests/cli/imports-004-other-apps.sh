# Bearable, eMoods (entry.csv and the .emoods zip), Pixels and
# iMoodJournal: their reports and what each check-in holds. Synthetic
# files only (tests/data/imports/).
D=$(cd "$(dirname "$0")/../data/imports" && pwd)
. "$(dirname "$0")/lib.sh"
cp "$D/bearable-synthetic.csv" "$D/entry.csv" "$D/pixels-synthetic.json" "$D/imoodjournal-synthetic.csv" .
zip -q backup.emoods entry.csv
show() { "$WAYMARK" diary --json 2>/dev/null | jq -c '.[] | [.date, .time, .mood, .tags, .note]'; }

run import bearable bearable-synthetic.csv
show
rm -f "$WAYMARK_VAULT"*
run import emoods backup.emoods
show
run import emoods entry.csv
rm -f "$WAYMARK_VAULT"*
run import pixels pixels-synthetic.json --mood 2=4
show
rm -f "$WAYMARK_VAULT"*
run import imoodjournal imoodjournal-synthetic.csv
show
run import imoodjournal imoodjournal-synthetic.csv --dry-run
