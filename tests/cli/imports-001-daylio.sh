# Daylio CSV: the report a person sees first, --dry-run, the mood mapping,
# what comes across (dates, moods, tags, plain-text notes), and a second
# import that adds nothing. Synthetic files only (tests/data/imports/).
D=$(cd "$(dirname "$0")/../data/imports" && pwd)
. "$(dirname "$0")/lib.sh"
cp "$D/daylio-synthetic.csv" "$D/daylio-year-polish.csv" .

run import daylio daylio-synthetic.csv --dry-run
echo "vault made by --dry-run: $(test -f "$WAYMARK_VAULT" && echo yes || echo no)"
run import daylio daylio-synthetic.csv --mood "ok but sleepy=4" --mood "calm=6"
"$WAYMARK" diary --json 2>/dev/null |
	jq -c '.[] | [.date, .time, .mood, .tags, .note]'
run import daylio daylio-synthetic.csv --mood "ok but sleepy=4" --mood "calm=6" --dry-run
run import daylio daylio-synthetic.csv
echo "check-ins: $(count)"
run import daylio daylio-year-polish.csv
"$WAYMARK" diary --json 2>/dev/null | jq -c '.[] | select(.date < "2026") | [.date, .time, .mood]'
run import daylio daylio-synthetic.csv --mood "nothing like this=5"
run import daylio daylio-synthetic.csv --mood "meh=11"
run import daylio daylio-synthetic.csv --mood "meh"
run import daylio --help
