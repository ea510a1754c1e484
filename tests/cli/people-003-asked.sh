# `waymark people add NAME` on a terminal asks about the person one
# question at a time; a bad answer is explained and asked again.
. "$(dirname "$0")/lib.sh"
printf 'pal\nfriend\n07700 900123\n\n\na chat and a cuppa\nthree\n3\n' | run people add Sam --ask
run people show Sam
