# The questions, one at a time (--ask reads answers from a pipe; a real
# terminal is tested in diary-006). Bad answers are explained and asked
# again; Enter skips; sleep is not asked twice on one day.
. "$(dirname "$0")/lib.sh"
printf '%s\n' eleven 6 23:30-07:10 4 "a phone call" Sam "a walk" maybe "a lot" "work, rain" "felt better" "made tea" \
	| run checkin --ask
printf '%s\n' 5 "" "" "" "" "" "" "" \
	| run checkin --ask
printf '' | run checkin --ask
run diary
