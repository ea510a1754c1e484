# On a real terminal (expect gives it one), `waymark report` without
# --sections asks about each part, "no" unless the person says yes, and
# the report holds only the parts they said yes to; saying no to all makes
# no report at all.
. "$(dirname "$0")/lib.sh"
"$WAYMARK" checkin --mood 6 --note "ask about the new tablets" >/dev/null 2>&1
"$WAYMARK" diary edit 1 --flag >/dev/null
"$WAYMARK" report question add "Is there a group near me?" >/dev/null
answers() {
	expect -f - "$@" <<'EXP'
set timeout 10
log_user 0
set file [lindex $argv 0]
set yes [lrange $argv 1 end]
spawn $env(WAYMARK) report --pdf $file
foreach part {Mood Sleep Questionnaires Goals "My plan" "Check-ins I flagged" "Life areas" "Questions I want to ask"} {
	expect {
		-re "$part: \[^\n\]*\n.*Put it in\\? \\\[y/N\\\] " {
			# a moment for line editing to take the terminal: typing
			# that comes before it may be dropped, as on any terminal
			sleep 0.2
			if {[lsearch -exact $yes $part] >= 0} { send "y\r" } else { send "\r" }
			puts "asked: $part"
		}
		timeout { puts "TIMEOUT waiting for: $part"; exit 1 }
	}
}
# the last words may be lost when a terminal closes (a Linux pty race), so
# the file itself is checked afterwards
expect {
	eof {}
	timeout { puts "TIMEOUT waiting for the end"; exit 1 }
}
puts "the command ended with [lindex [wait] 3]"
EXP
	echo "expect exit: $?"
}
answers "$T/some.pdf" "Check-ins I flagged" "Questions I want to ask"
[ -s "$T/some.pdf" ] && echo "the report was made"
pdftotext "$T/some.pdf" - | grep -E "^(Check-ins I flagged|Questions I want to ask|Questionnaires|Goals|Life areas|Chosen for this report.*)$"
answers "$T/none.pdf"
[ -e "$T/none.pdf" ] || echo "no file was written"
