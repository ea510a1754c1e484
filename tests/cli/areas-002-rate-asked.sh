# Rating when asked, one area at a time (--ask reads answers from a pipe):
# bad answers are explained and asked again, Enter skips, a note is
# optional, and stopping early keeps what was rated.
. "$(dirname "$0")/lib.sh"
printf '%s\n' 6 "slept better this week" "" eleven 11 0 4 "" "" 7 \
	| run areas rate --ask
printf '%s\n' "" "" \
	| run areas rate --ask
printf '' | run areas rate --ask --set chime
printf '%s\n' 3 "" 8 \
	| run areas rate --ask --set chime
run areas history --set chime
