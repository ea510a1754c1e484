# Files that are not what the app makes: a clear message, exit 2, and
# nothing written (not even a new vault). Synthetic files only.
D=$(cd "$(dirname "$0")/../data/imports" && pwd)
. "$(dirname "$0")/lib.sh"
cp "$D/daylio-synthetic.csv" .
: >empty.csv
head -1 daylio-synthetic.csv >header-only.csv
head -c 300 daylio-synthetic.csv >cut-short.csv
{ head -1 daylio-synthetic.csv; printf '2026-01-01,1 January,Thursday,10:00,rad,"","","a note that never ends\n'; } >open-quote.csv
printf 'name,age\nSam,30\n' >wrong-columns.csv
printf 'PK\003\004\001\002junk\000\377\376' >junk.bin
printf '\000\001\002\003binary junk\000' >junk.csv
base64 daylio-synthetic.csv >backup.daylio && zip -q whole.daylio backup.daylio
head -c 120 whole.daylio >cut-short.daylio
printf 'not base64 at all!' >backup.daylio && zip -q bad-member.daylio backup.daylio
for f in empty.csv header-only.csv cut-short.csv open-quote.csv wrong-columns.csv junk.bin junk.csv cut-short.daylio bad-member.daylio; do
	run import daylio "$f"
done
run import bearable daylio-synthetic.csv
run import pixels daylio-synthetic.csv
run import emoods daylio-synthetic.csv
run import imoodjournal header-only.csv
run import moodpanda daylio-synthetic.csv
run import daylio
run import daylio a.csv b.csv
run import daylio no-such-file.csv
echo "vault made by any of these: $(test -f "$WAYMARK_VAULT" && echo yes || echo no)"
