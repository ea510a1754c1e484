#!/bin/bash
# Crash test: start writers and kill -9 them at random moments, on a plain
# vault and an encrypted one in turn. The writers take turns at what a
# person does: a check-in, logging progress on a goal, an edit of the
# plan, `import --json` of an export, and imports from other apps (a
# Daylio CSV, and a Loop Habit Tracker ZIP whose habit becomes a tracker
# in the same transaction). Two run at once, so that some kills land while
# the other holds the lock. Afterwards:
#   - every write that reported success is in the vault (nothing a person
#     was told was saved is lost);
#   - each import is all or nothing: its two entries are both there or
#     neither is;
#   - `vault check` finds each vault whole and every record readable.
#
# Usage: tests/crash/kill-test.sh [KILLS]   (default 200)
#   WAYMARK_CRASH_OPS="checkin goal plan json daylio loop" chooses the writers.
set -u
KILLS=${1:-200}
: "${WAYMARK:=$(cd "$(dirname "$0")/../.." && pwd)/build/waymark}"
export LC_ALL=C.UTF-8 TZ=Europe/London NO_COLOR=1 WAYMARK_TEST_WEAK_KDF=1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
read -r -a OPS <<<"${WAYMARK_CRASH_OPS:-checkin goal plan json daylio loop}"
printf 'crash test passphrase\n' >"$T/pass"
export WAYMARK_PASSPHRASE_FILE="$T/pass"
WAYMARK_VAULT="$T/plain.db" "$WAYMARK" vault init >/dev/null
WAYMARK_VAULT="$T/enc.db" "$WAYMARK" vault init --passphrase >/dev/null
for v in plain enc; do
	eval "goal_$v=$(WAYMARK_VAULT="$T/$v.db" "$WAYMARK" goal new --title "Walk twice a week" \
		--target "2 per week" --json | jq -r .id)"
done
pad=$(head -c 300 /dev/zero | tr '\0' x)
# plan edits go round these lists (each holds at most 50 items)
PLAN_LISTS=(toolbox triggers triggers.actions warning-signs warning-signs.actions
	breaking-down breaking-down.actions crisis.signs crisis.contacts crisis.medicines
	crisis.treatment crisis.helps crisis.unhelpful crisis.looking-after safety.signs
	safety.on-my-own safety.distractions safety.people safety.professionals
	safety.safer safety.reasons)

uid() { od -An -N16 -tx1 /dev/urandom | tr -d ' \n'; }

# The files an import writer reads: two entries each, marked with the
# writer's name so both-or-neither can be checked. Daylio entries are
# told apart by their moment, so each file has its own day.
make_files() {
	local id=$1 day
	cat >"$T/in.$id.json" <<JSON
{"format": "waymark-export", "version": 1, "records": [
 {"kind": "checkin", "uid": "$(uid)", "date": "2026-01-01", "time": "09:00",
  "utc_offset": "+00:00", "created": "2026-01-01T09:00:00Z", "updated": "2026-01-01T09:00:00Z",
  "data": {"mood": 5, "note": "crash json $id one $pad"}},
 {"kind": "checkin", "uid": "$(uid)", "date": "2026-01-01", "time": "09:01",
  "utc_offset": "+00:00", "created": "2026-01-01T09:01:00Z", "updated": "2026-01-01T09:01:00Z",
  "data": {"mood": 6, "note": "crash json $id two $pad"}}]}
JSON
	day=$(date -u -d "2000-01-01 + ${id%[ab]} days $([ "${id: -1}" = b ] && echo '+ 12 hours')" '+%Y-%m-%d %H:%M')
	printf 'full_date,date,weekday,time,mood,activities,note\n%s,x,x,%s,meh,"",crash daylio %s one\n%s,x,x,%s,good,"",crash daylio %s two\n' \
		"${day% *}" "${day#* }" "$id" "${day% *}" "${day#* }" "$id" >"$T/in.$id.csv"
	# Loop Habit Tracker: a day each, with a note each (in the habit's
	# folder), and the habit becoming a tracker in the same transaction
	local k=$((2 * ${id%[ab]} + $([ "${id: -1}" = b ] && echo 1 || echo 0)))
	local d1 d2
	d1=$(date -u -d "1950-01-01 + $k days" +%Y-%m-%d)
	d2=$(date -u -d "1980-01-01 + $k days" +%Y-%m-%d)
	mkdir -p "$T/loop.$id/001 Crash"
	printf 'Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,Color,Unit,Target Type,Target Value,Archived?\n001,Crash,YES_NO,,,1,1,#FF8F00,,,,false\n' \
		>"$T/loop.$id/Habits.csv"
	printf 'Date,Crash,\n%s,2,\n%s,2,\n' "$d2" "$d1" >"$T/loop.$id/Checkmarks.csv"
	printf 'Date,Value,Notes\n%s,YES_MANUAL,crash loop %s two\n%s,YES_MANUAL,crash loop %s one\n' \
		"$d2" "$id" "$d1" "$id" >"$T/loop.$id/001 Crash/Checkmarks.csv"
	(cd "$T/loop.$id" && zip -qr "$T/in.$id.zip" .)
	rm -rf "$T/loop.$id"
}

# write OP VAULT ID: one writer; its output goes to $T/out.ID
write() {
	local op=$1 v=$2 id=$3 gid
	eval "gid=\$goal_$(basename "$v" .db)"
	case $op in
	checkin) exec "$WAYMARK" checkin --mood $((RANDOM % 11)) --tag crash,test \
			--note "crash checkin $id $pad" ;;
	goal) exec "$WAYMARK" goal log "$gid" --note "crash goal $id" ;;
	plan) exec "$WAYMARK" plan edit "${PLAN_LISTS[$((${id%[ab]} % ${#PLAN_LISTS[@]}))]}" \
			--add "crash plan $id" ;;
	json) exec "$WAYMARK" import --json "$T/in.$id.json" ;;
	daylio) exec "$WAYMARK" import daylio "$T/in.$id.csv" ;;
	loop) exec "$WAYMARK" import loop "$T/in.$id.zip" ;;
	esac
}

# What a writer prints when its write is done.
saved_pattern() {
	case $1 in
	checkin) echo '^Saved check-in' ;;
	goal) echo '^Counted ' ;;
	plan) echo '^Saved\. ' ;;
	json) echo ' 2 added, ' ;;
	daylio|loop) echo '^Brought in 2 check-ins' ;;
	esac
}

killed=0
finished=0
n=0
: >"$T/acked"
: >"$T/tried"
while [ "$killed" -lt "$KILLS" ]; do
	n=$((n + 1))
	if [ $((n % 2)) -eq 0 ]; then v="$T/plain.db"; else v="$T/enc.db"; fi
	op=${OPS[$(((n / 2) % ${#OPS[@]}))]}
	if [ "$op" = json ] || [ "$op" = daylio ] || [ "$op" = loop ]; then
		make_files "${n}a"
		make_files "${n}b"
	fi
	for k in a b; do
		WAYMARK_VAULT="$v" write "$op" "$v" "$n$k" >"$T/out.$n$k" 2>&1 &
		eval "pid_$k=$!"
		echo "$v $op $n$k" >>"$T/tried"
	done
	sleep "0.00$((RANDOM % 10))$((RANDOM % 10))"
	kill -9 "$pid_a" 2>/dev/null
	[ $((RANDOM % 2)) -eq 0 ] && kill -9 "$pid_b" 2>/dev/null
	for k in a b; do
		eval "pid=\$pid_$k"
		wait "$pid"
		rc=$?
		if [ "$rc" -eq 137 ]; then
			killed=$((killed + 1))
		else
			finished=$((finished + 1))
		fi
		if grep -q "$(saved_pattern "$op")" "$T/out.$n$k"; then
			echo "$v $op $n$k" >>"$T/acked"
		elif [ "$rc" -ne 137 ]; then
			echo "a $op neither saved nor killed (exit $rc):"
			cat "$T/out.$n$k"
			exit 1
		fi
		rm -f "$T/out.$n$k" "$T/in.$n$k.json" "$T/in.$n$k.csv" "$T/in.$n$k.zip"
	done
done 2>/dev/null # bash's "Killed" notices

status=0
for v in "$T/plain.db" "$T/enc.db"; do
	if ! WAYMARK_VAULT="$v" "$WAYMARK" vault check >"$T/check" 2>&1; then
		echo "vault check failed for $(basename "$v"):"
		cat "$T/check"
		status=1
	fi
	# every note and plan item the vault holds, as "OP ID [one|two]"
	WAYMARK_VAULT="$v" "$WAYMARK" export --json "$T/export.json" >/dev/null
	# (a Loop note starts with its habit's name: "Crash: crash loop ...")
	jq -r '.records[] | if .kind == "plan" then (.data | .. | strings) else (.data.note // empty | sub("^Crash: "; "")) end' "$T/export.json" |
		grep '^crash ' | cut -d' ' -f2-4 | sed 's/ x*$//' | sort >"$T/have.$(basename "$v")"
done
missing=0
while read -r v op id; do
	have="$T/have.$(basename "$v")"
	case $op in
	json|daylio|loop) want=("$op $id one" "$op $id two") ;;
	*) want=("$op $id") ;;
	esac
	for w in "${want[@]}"; do
		if ! grep -qxF "$w" "$have"; then
			echo "lost an acknowledged write: $w in $(basename "$v")"
			missing=$((missing + 1))
		fi
	done
done <"$T/acked"
halves=0
while read -r v op id; do
	case $op in json|daylio|loop) ;; *) continue ;; esac
	have="$T/have.$(basename "$v")"
	c=$(grep -cxF -e "$op $id one" -e "$op $id two" "$have")
	if [ "$c" -eq 1 ]; then
		echo "half an import: only one of $op $id's two entries in $(basename "$v")"
		halves=$((halves + 1))
	fi
done <"$T/tried"
acked=$(wc -l <"$T/acked")
echo "kills: $killed, finished: $finished, acknowledged: $acked, lost: $missing, half-imported: $halves"
for op in "${OPS[@]}"; do
	printf '  %s: %d tried, %d acknowledged\n' "$op" "$(grep -c " $op " "$T/tried")" "$(grep -c " $op " "$T/acked")"
done
ok=0
[ "$missing" -eq 0 ] && [ "$halves" -eq 0 ] && [ "$status" -eq 0 ] && ok=1
[ "$ok" -eq 1 ] && echo "crash test: vaults whole, no acknowledged write lost, no import half done"
[ "$ok" -eq 1 ]
