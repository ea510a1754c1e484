# Bad input to waymark report: a kind message, exit 2, nothing written and
# no vault made; then --help, which needs no vault.
. "$(dirname "$0")/lib.sh"
run report --sections mood --pdf "$T/r.pdf"
[ -e "$WAYMARK_VAULT" ] || echo "no vault was made"
"$WAYMARK" checkin --mood 5 >/dev/null 2>&1
run report --sections mood
run report --pdf "$T/r.pdf"
run report --sections mood,dreams --pdf "$T/r.pdf"
run report --sections "" --pdf "$T/r.pdf"
run report --sections , --pdf "$T/r.pdf"
run report --from 2026-02-30 --sections mood --pdf "$T/r.pdf"
run report --from 14/02/2026 --sections mood --pdf "$T/r.pdf"
run report --to 2026-03-20 --sections mood --pdf "$T/r.pdf"
run report --from 2026-03-10 --to 2026-03-01 --sections mood --pdf "$T/r.pdf"
run report --from 2023-01-01 --sections mood --pdf "$T/r.pdf"
run report --sections mood --pdf "$T/no-such-folder/r.pdf"
run report now --sections mood --pdf "$T/r.pdf"
ls "$T"/*.pdf 2>/dev/null || echo "no PDF was written"
echo "--- the sections can be named in any order and case, with spaces"
run report --sections " Notes, MOOD ,mood" --html "$T/r.html"
echo "--- questions"
run report question add
run report question add "   "
run report question add "$(printf 'x%.0s' $(seq 1 501))"
run report question add $'two\nlines'
run report question remove 3
run report question remove two
run report question forget 1
run report question list
for i in $(seq 1 50); do "$WAYMARK" report question add "question $i" >/dev/null; done
run report question add "one too many"
"$WAYMARK" report question list --json | jq length
echo "--- help"
"$WAYMARK" report --help | head -3
"$WAYMARK" report question --help | head -1
