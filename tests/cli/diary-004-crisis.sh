# A mood of 0, or crisis words in any text, shows the crisis contacts
# first; the entry is still saved.
. "$(dirname "$0")/lib.sh"
run checkin --mood 0
run checkin --mood 3 --note "I can't go on like this"
run checkin --mood 3 --tag self-harm
run checkin --mood 3 --note "killing time at the station"
run crisis
echo "check-ins: $(count)"
