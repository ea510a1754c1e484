# Bad input to `waymark plan`: a kind message, exit 2, nothing written.
. "$(dirname "$0")/lib.sh"
run plan edit wrap --add "something"
run plan edit crisis --add "something"
run plan edit toolbox
run plan edit toolbox --remove 5
run plan edit toolbox --remove two
run plan edit toolbox --set-file "$T/missing.txt"
printf 'one\n' >"$T/one.txt"
run plan edit toolbox --set-file "$T/one.txt" --remove 1
run plan edit triggers --add "a trigger far too long to be a tag in a check-in"
run plan edit toolbox --add ""
run plan show wrap
run plan show toolbox safety
run plan review --every 99
run plan card --html
run plan frobnicate
[ -e "$WAYMARK_VAULT" ] || echo "no vault was made"
echo "--- with a plan: one bad change means none of them is saved"
"$WAYMARK" plan edit toolbox --add "a walk" >/dev/null 2>&1
run plan edit toolbox --add "music" --remove 9
printf 'fine\nnot \001 fine\n' >"$T/bad.txt"
run plan edit toolbox --set-file "$T/bad.txt"
run plan show toolbox
