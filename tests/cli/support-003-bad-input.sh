# Bad options to `waymark support`: a kind message and exit 2. A year
# whose bank holidays are not known still shows the lines, with a note.
. "$(dirname "$0")/lib.sh"
run support --at yesterday
run support --at "2026-02-30 10:00"
run support --age -3
run support --age old
run support --for aliens
run support --nation mars
run support --now please
run support --at
run support --at "2031-01-01 10:00" --age 40 --for women
[ -e "$WAYMARK_VAULT" ] || echo "no vault was made"
