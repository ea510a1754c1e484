# On a real terminal (expect gives it one), `goal new` asks the plan's
# questions with line editing, a wrong answer is asked again, and the
# SMART check offers a change; `goal done` asks about the reward.
. "$(dirname "$0")/lib.sh"
expect -f - <<'EXP'
set timeout 10
log_user 0
spawn $env(WAYMARK) goal new
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
step "What is your specific goal" "Swim once a week"
step "Why is this goal meaningful" "I used to love it"
step "Is this goal achievable" ""
step "How are you going to prepare" "Pack my bag the night before"
step "What is your deadline" "whenever"
see "is not one Waymark understands"
step "What is your deadline" ""
step "How will you do this activity" "Find the timetable"
step "> " ""
step "something you can count" "1 per week"
step "when you have finished" "A hot chocolate"
step "stuck to your deadline" ""
step "part of your life" ""
see "There is no deadline yet"
step "change it" "y"
step "What is your deadline" "in 3 months"
expect {
	"Saved goal 1" { puts "saved" }
	timeout { puts "TIMEOUT waiting for the save"; exit 1 }
}
expect eof
spawn $env(WAYMARK) goal done 1
see "You did it"
see "A hot chocolate"
step "Have you had your reward yet" "n"
see "Do make time for it soon"
expect eof
EXP
echo "expect exit: $?"
run goal show 1
run goal done 1 --had-reward
run goal show 1
