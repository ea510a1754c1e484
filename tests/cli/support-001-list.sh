# `waymark support` lists every line with who it is for, each way to get
# in touch and its hours, and needs no vault.
. "$(dirname "$0")/lib.sh"
run support --help
run support
run support --age 70 --for women
[ -e "$WAYMARK_VAULT" ] || echo "no vault was made"
