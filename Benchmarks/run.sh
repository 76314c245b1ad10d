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
# The installed form (`make install`): the Swift libraries linked in, for start-up.
swift build -c release --product ingestlint --static-swift-stdlib --scratch-path "$scratch-static" >/dev/null
static_binary=$scratch-static/release/ingestlint
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
        /usr/bin/time -f "%e %M" -o "$scratch/time.out" "$binary" --no-config --max-diagnostics-per-file 0 -q "$@" >/dev/null 2>&1 || true
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

# measure_command NAME COMMAND...: like measure, for any command (the peers).
measure_command() {
    local name=$1; shift
    local times=() peak=0
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$scratch/time.out" "$@" >/dev/null 2>&1 || true
        local out
        out=$(tail -1 "$scratch/time.out")
        times+=("${out% *}")
        local rss=${out#* }
        [ "$rss" -gt "$peak" ] && peak=$rss
    done
    echo "$name $(printf '%s\n' "${times[@]}" | median) $peak"
}

# The peer validator, in a virtual environment of its own (skipped when pip cannot install it).
peer=""
if [ -x "$scratch/venv/bin/python" ] || { python3 -m venv "$scratch/venv" && "$scratch/venv/bin/pip" install -q jsonschema-rs; } >/dev/null 2>&1; then
    peer="$scratch/venv/bin/python Benchmarks/jsonschema_rs_check.py"
fi

report() { # NAME BYTES CANDIDATES SECONDS RSS_KB
    awk -v n="$1" -v b="$2" -v c="$3" -v t="$4" -v m="$5" \
        'BEGIN { printf "  %-34s %7.2f s  %7.1f MB/s  %9.0f candidates/s  peak %5.0f MB\n", n, t, b/1e6/t, c/t, m/1024 }'
}

printf 'large JSON Lines: %.1f MB, %d candidates, every default rule\n' "$(awk -v b="$export_bytes" 'BEGIN{print b/1e6}')" "$export_candidates"
read -r _ t m < <(measure export-1 --jobs 1 --format json -o "$scratch/report.json" "$inputs/export.jsonl"); report "ingestlint --jobs 1, json report" "$export_bytes" "$export_candidates" "$t" "$m"
read -r _ t m < <(measure export-2 --jobs 2 --format json -o "$scratch/report.json" "$inputs/export.jsonl"); report "ingestlint --jobs 2, json report" "$export_bytes" "$export_candidates" "$t" "$m"
read -r _ t m < <(measure export-q --jobs 1 "$inputs/export.jsonl"); report "ingestlint --jobs 1, -q" "$export_bytes" "$export_candidates" "$t" "$m"
read -r _ t m < <(measure export-il100 --jobs 1 --select IL100 "$inputs/export.jsonl"); report "ingestlint --select IL100 (parse floor)" "$export_bytes" "$export_candidates" "$t" "$m"
if [ -n "$peer" ]; then
    # shellcheck disable=SC2086
    read -r _ t m < <(measure_command peer $peer "$inputs/export.jsonl"); report "jsonschema-rs (checks less)" "$export_bytes" "$export_candidates" "$t" "$m"
else
    echo "  jsonschema-rs: not installed (pip install jsonschema-rs failed), skipped"
fi
read -r _ t m < <(measure_command cat cat "$inputs/export.jsonl"); report "cat" "$export_bytes" "$export_candidates" "$t" "$m"

read -r _ files_time files_rss < <(measure files "$inputs/files")
read -r _ cat_time _ < <(measure_command cat-files find "$inputs/files" -name '*.json' -exec cat {} +)
# startup_ms COMMAND...: the median over RUNS batches of the mean wall time of 50 runs, in ms
# (one run is too short for /usr/bin/time's 10 ms resolution).
startup_ms() {
    local means=()
    for _ in $(seq "$runs"); do
        local begin end
        begin=$(date +%s%N)
        for _ in $(seq 50); do "$@" >/dev/null 2>&1 || true; done
        end=$(date +%s%N)
        means+=("$(awk -v b="$begin" -v e="$end" 'BEGIN { print (e - b) / 50 / 1e6 }')")
    done
    printf '%s\n' "${means[@]}" | median
}
read -r _ _ start_rss < <(measure startup "$inputs/one.json")
start_dynamic=$(startup_ms "$binary" --no-config "$inputs/one.json")
start_static=$(startup_ms "$static_binary" --no-config "$inputs/one.json")
start_jq=""
command -v jq >/dev/null && start_jq=$(startup_ms jq . "$inputs/one.json")
awk -v b="$files_bytes" -v c="$files_candidates" -v t="$files_time" -v m="$files_rss" -v k="$cat_time" \
    'BEGIN { printf "many small files: %.1f MB in %.2f s = %.1f MB/s, %.0f candidates/s, peak %.0f MB; cat %.2f s (%.1fx)\n", b/1e6, t, b/1e6/t, c/t, m/1024, k, t/k }'
awk -v d="$start_dynamic" -v s="$start_static" -v j="$start_jq" -v m="$start_rss" 'BEGIN {
    printf "start-up, one small file: %.1f ms installed (static), %.1f ms swift build -c release, peak %.0f MB", s, d, m/1024
    if (j != "") printf "; jq . %.1f ms (%.2fx)", j, s/j
    printf "\n" }'
echo "(median of $runs runs; machine: $(nproc) cores)"
