# Bad input gets a clear, kind message, exit 2, and nothing is written:
# not even an empty vault.
. "$(dirname "$0")/lib.sh"
run checkin --mood eleven
run checkin --mood 11
run checkin --mood -1
run checkin --mood 6 --time 25:99
run checkin --mood 6 --date 2026-02-30
run checkin --mood 6 --date 2026-03-15
run checkin --mood 6 --slept 7
run checkin --mood 6 --quality 9
run checkin --mood 6 --helped a-lot
run checkin --mood 6 --helped sometimes --coped walk
run checkin --mood 6 --with "Sam, alone"
run checkin --mood 6 --bogus
run checkin --mood
run checkin 6
run checkin
echo "check-ins: $(count)"
run checkin --mood 5 --note "the one good one"
run diary show 99
run diary show one
run diary edit 1 --mood 12
run diary delete 7 --yes
run diary frobnicate
echo "check-ins: $(count)"
run diary show 1
