# On a real terminal (expect gives it one), `waymark checkin` asks the
# questions with line editing, and a wrong answer is asked again.
. "$(dirname "$0")/lib.sh"
"$WAYMARK" checkin --mood 5 --slept 23:00-07:00 >/dev/null 2>&1
expect -f - <<'EXP'
set timeout 10
log_user 0
spawn $env(WAYMARK) checkin
proc step {want answer} {
	expect {
		-re $want { send -- "$answer\r" ; puts "asked: $want" }
		timeout { puts "TIMEOUT waiting for: $want"; exit 1 }
	}
}
proc see {want} {
	expect {
		-re $want { puts "shown: $want" }
		timeout { puts "TIMEOUT waiting for: $want"; exit 1 }
	}
}
step "How are you feeling right now" "12"
see "above the scale"
step "How are you feeling right now" "7"
step "What happened just before" "a good chat"
step "on your own, or with someone" "alone"
step "How did you cope" ""
step "Any tags" "music"
step "anything else|Anything else" "sang along"
step "small win" "called my sister"
expect {
	"Saved check-in" { puts "saved" }
	timeout { puts "TIMEOUT waiting for the save"; exit 1 }
}
expect eof
EXP
echo "expect exit: $?"
run diary show 2
