# Bad input to `waymark people`: a kind message, exit 2, nothing written.
. "$(dirname "$0")/lib.sh"
run people add Sam --role nemesis
run people add ""
run people add Sam --remind-weeks -3
run people add Sam --contacted 2026-03-15
run people add Sam --phone "ring me"
run people add Sam --email sam
run people add
[ -e "$WAYMARK_VAULT" ] || echo "no vault was made"
run people add Sam --role friend
run people add sam
run people add Sara
run people contacted Sa
run people show Nobody
run people edit Sam
run people edit Sam --name ""
run people remove Sam
run people contacted Sam --date someday
run people frobnicate
echo "people: $("$WAYMARK" people --json | jq -c '[.[] | {name, role}]')"
