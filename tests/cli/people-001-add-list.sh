# My people: add supporters and a care team, note contact, and see gentle
# reminders only for the people marked for them, once they are due.
. "$(dirname "$0")/lib.sh"
run people
run people add Sam --role friend --phone "07700 900123" --helps "a walk and a chat" --remind-weeks 3
run people add "Dr Patel" --role gp --phone "0161 496 0000" --reach "the surgery's online form"
run people add Mum --role family --contacted 2026-03-01 --remind-weeks 2
run people add Jo --role crisis-team --phone "0300 555 0100" --helps "a call when things are breaking down"
run people add Alex --role friend --contacted 2025-12-01
run people
run people contacted sam
run people show Sam
echo "--- three weeks later: Sam and Mum are due; Alex asked for no reminders"
WAYMARK_TEST_NOW=2026-04-04T10:00:00 run people
WAYMARK_TEST_NOW=2026-04-04T10:00:00 run people reminders
WAYMARK_TEST_NOW=2026-04-04T10:00:00 run people contacted Mum --date yesterday
WAYMARK_TEST_NOW=2026-04-04T10:00:00 run people reminders
echo "--- changes, still three weeks later"
export WAYMARK_TEST_NOW=2026-04-04T10:00:00
run people edit Mum --remind-weeks off --phone "07700 900456" --name "Jean"
json people show jean --json
run people remove "Dr Patel" --yes
run people list
