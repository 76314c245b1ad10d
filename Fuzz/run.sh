#!/usr/bin/env bash
# Builds a fuzz target with libFuzzer and AddressSanitizer and runs it for a given time.
#
#   Fuzz/run.sh lint|report SECONDS [libFuzzer options...]
#
# lint:   the parser and rules, through Linter.lint(bytes:range:kind:), as JSON and JSON Lines.
# report: lint-and-report for every format; a malformed report counts as a crash.
# Seeds are copied at run time from examples/ and ../shared/conformance/JSONTestSuite (when
# present); the growing corpus and any crash inputs stay in .build-fuzz/campaign/TARGET/.
# Exit status: 0 when the time ran out without a crash, non-zero otherwise.
set -euo pipefail

usage() { echo "usage: Fuzz/run.sh lint|report SECONDS [libFuzzer options...]" >&2; exit 2; }
[[ $# -ge 2 ]] || usage
target=$1 seconds=$2
shift 2
case $target in lint|report) ;; *) usage ;; esac
[[ $seconds =~ ^[0-9]+$ ]] || usage

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build=(swift build -c release --scratch-path .build-fuzz --toolset Fuzz/toolset.json)
"${build[@]}" --product "fuzz-$target"
binary="$("${build[@]}" --show-bin-path)/fuzz-$target"

work=.build-fuzz/campaign/$target
rm -rf "$work/seeds"
mkdir -p "$work/seeds" "$work/corpus" "$work/crashes"
find examples -type f \( -name '*.json' -o -name '*.jsonl' \) -exec cp {} "$work/seeds/" \;
conformance=../shared/conformance/JSONTestSuite/test_parsing
if [[ -d $conformance ]]; then
    cp "$conformance"/*.json "$work/seeds/"
fi

# SWIFT_BACKTRACE=enable=no: otherwise a Swift trap shows up as a fake ASan report and can hang.
# Leak checking is off: lazily created globals (the linter, the rule tables) are not leaks.
status=0
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 "$binary" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
    -dict=Fuzz/json.dict -print_final_stats=1 \
    -artifact_prefix="$work/crashes/" "$@" "$work/corpus" "$work/seeds" || status=$?
if [[ $status -ne 0 ]]; then
    echo "fuzz-$target failed (status $status); inputs are in $work/crashes/" >&2
fi
exit "$status"
