#!/bin/bash
# Runs every benchmark and prints one table of ratios against baselines
# measured in this same run. Not part of `make test`.
set -u
cd "$(dirname "$0")/.."
BUILD=${1:-build}
for b in bench/checkin.sh; do
	bash "$b" "$BUILD" | { [ "$b" = bench/checkin.sh ] && cat || tail -n +2; }
done
