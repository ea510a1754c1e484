#!/bin/bash
# Runs every benchmark and prints one table of ratios against baselines
# measured in this same run. Not part of `make test`.
set -u
cd "$(dirname "$0")/.."
BUILD=${1:-build}
first=1
for b in bench/checkin.sh bench/insights.sh bench/web.sh bench/memory.sh; do
	if [ $first = 1 ]; then bash "$b" "$BUILD"; else bash "$b" "$BUILD" | grep -v '^benchmark'; fi
	first=0
done
