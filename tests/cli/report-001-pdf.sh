# waymark report --pdf: the PDF opens with pdftotext, says its period and
# when it was made on every page, and holds the chosen sections only.
D=$(cd "$(dirname "$0")/../data/report" && pwd)
. "$(dirname "$0")/lib.sh"
. "$D/fill.sh"
# has TEXT: whether the PDF's text (its lines joined by spaces) holds it
has() { if tr -s ' \n' '  ' <"$T/report.txt" | grep -qF -- "$1"; then echo "  has:     $1"; else echo "  lacks:   $1"; fi; }
check_all() {
	for s in "a day's mood (0 to 10" "Highest" "hours slept that night" "Nights" \
		"Questionnaires" "PHQ-9" "Goals" \
		"Walk by the canal" "My plan" "Sertraline" "Check-ins I flagged" "walking through fog" \
		"Life areas" "Where I live" "Questions I want to ask" "money worries?"; do
		has "$s"
	done
}
run report --sections mood,notes,questions --pdf "$T/report.pdf"
pdfinfo "$T/report.pdf" | grep -E '^(Title|Creator|Page size|Pages):'
pdftotext -layout "$T/report.pdf" "$T/report.txt"
echo "every page has the period and its number:"
grep -c "15 February to 14 March 2026" "$T/report.txt"
grep -o "Page [0-9] of [0-9]" "$T/report.txt"
grep -m1 -o "Made on Saturday 14 March 2026 with Waymark" "$T/report.txt"
check_all
echo "--- all of it"
run report --sections all --pdf "$T/report.pdf"
pdftotext -layout "$T/report.pdf" "$T/report.txt"
check_all
has "a reliable improvement"
has "Question 9"
has "reached in 2 of 3 weeks"
has "From January" # flagged, but before the period
echo "--- the person's text is text, never markup or code"
has "<script>alert('x')</script> & a good walk"
echo "--- a period with nothing in it"
run report --from 2025-01-01 --to 2025-01-28 --sections mood,sleep,measures,notes --pdf "$T/empty.pdf"
pdftotext -layout "$T/empty.pdf" - | grep -E "^(No |There )"
