# Bad answers get a clear, kind message, exit 2, and nothing is written:
# not even an empty vault. Every command answers --help without a vault.
. "$(dirname "$0")/lib.sh"
run measure take phq9 --answers 0,1,2,3,0,1,2,3
run measure take phq9 --answers 0,1,2,3,0,1,2,3,0,1,2
run measure take phq9 --answers 0,1,2,4,0,1,2,3,0
run measure take gad7 --answers 0,1,2,3,0,1,2,9
run measure take gad7 --answers 0,1,2,three,0,1,2
run measure take gad7 --answers 0,1,,3,0,1,2
run measure take gad7 --answers -1,1,2,3,0,1,2
run measure take gad2 --answers 1
run measure take phq9 --answers 0,0,0,0,0,0,0,0,0 --date 2026-03-15
run measure take phq9 --answers 0,0,0,0,0,0,0,0,0 --date 2026-02-30
run measure take beck --answers 1,2
run measure take
run measure take phq9
run measure take phq9 gad7
run measure frobnicate
for c in take history list info check; do
	"$WAYMARK" measure "$c" --help >"$T/out" 2>&1
	printf 'measure %-7s --help: exit %s, %s\n' "$c" "$?" "$(head -1 "$T/out")"
done
run measure --help
run measure history
run measure info phq2
[ -e "$WAYMARK_VAULT" ] || echo "no vault was made by the bad input, by asking for help or by looking"
