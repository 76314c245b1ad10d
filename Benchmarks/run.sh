#!/usr/bin/env bash
# The project benchmark (SPEC §11): builds a release binary, generates inputs once, then reports
# the median of several runs for throughput on a large JSON Lines export and on a folder of
# small files, peak memory, and start-up time on one small file.
#   Benchmarks/run.sh [RUNS]       (default 5; inputs are cached in .build-bench/inputs)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
scratch=.build-bench
inputs=$scratch/inputs
swift build -c release --product ingestlint --scratch-path "$scratch" >/dev/null
binary=$scratch/release/ingestlint
if [ ! -f "$inputs/export.jsonl" ]; then
    python3 Benchmarks/generate.py "$inputs"
fi

# median SECONDS_LIST
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure NAME ARGS...: prints the median wall time and the largest peak RSS over the runs.
measure() {
    local name=$1; shift
    local times=() peak=0
    for _ in $(seq "$runs"); do
        local out
        # Findings make ingestlint exit 1: that is not a failure here.
        /usr/bin/time -f "%e %M" -o "$scratch/time.out" "$binary" --no-config -q "$@" >/dev/null 2>&1 || true
        out=$(tail -1 "$scratch/time.out")
        times+=("${out% *}")
        local rss=${out#* }
        [ "$rss" -gt "$peak" ] && peak=$rss
    done
    local med
    med=$(printf '%s\n' "${times[@]}" | median)
    echo "$name $med $peak"
}

bytes() { du -cb "$@" | tail -1 | cut -f1; }
candidates() { { "$binary" --no-config --format json "$@" 2>/dev/null || true; } | python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"]["candidates"])'; }

export_bytes=$(bytes "$inputs/export.jsonl")
export_candidates=$(candidates "$inputs/export.jsonl")
files_bytes=$(bytes "$inputs/files")
files_candidates=$(candidates "$inputs/files")

read -r _ export_time export_rss < <(measure export "$inputs/export.jsonl")
read -r _ files_time files_rss < <(measure files "$inputs/files")
read -r _ start_time start_rss < <(measure startup "$inputs/one.json")

awk -v b="$export_bytes" -v c="$export_candidates" -v t="$export_time" -v m="$export_rss" \
    'BEGIN { printf "large JSON Lines: %.1f MB in %.2f s = %.1f MB/s, %.0f candidates/s, peak %.0f MB\n", b/1e6, t, b/1e6/t, c/t, m/1024 }'
awk -v b="$files_bytes" -v c="$files_candidates" -v t="$files_time" -v m="$files_rss" \
    'BEGIN { printf "many small files: %.1f MB in %.2f s = %.1f MB/s, %.0f candidates/s, peak %.0f MB\n", b/1e6, t, b/1e6/t, c/t, m/1024 }'
awk -v t="$start_time" -v m="$start_rss" 'BEGIN { printf "start-up, one small file: %.0f ms, peak %.0f MB\n", t*1000, m/1024 }'
echo "(median of $runs runs; machine: $(nproc) cores)"
