#!/usr/bin/env bash
# `make install` into a temporary PREFIX, checked with the real tools: bash loads the
# completion (`complete -p ingestlint`), `man -l` renders the page, and the installed binary,
# moved to another folder, lints from a folder with no source tree around it. Then
# `make uninstall` removes every file install put there.
#
# The install is a release build with the Swift libraries linked in (.build-install): minutes
# the first time, seconds after.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
fail() { echo "install.sh: FAIL: $*" >&2; exit 1; }
step() { echo "install.sh: $*"; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/prefix"

step "make install PREFIX=$prefix"
started=$SECONDS
make -C "$root" install PREFIX="$prefix"
step "took $((SECONDS - started)) s"

installed=(
    bin/ingestlint
    share/man/man1/ingestlint.1
    share/bash-completion/completions/ingestlint
    share/zsh/site-functions/_ingestlint
    share/fish/vendor_completions.d/ingestlint.fish
)
for file in "${installed[@]}"; do
    [[ -s "$prefix/$file" ]] || fail "$file was not installed"
done
[[ "$(cd "$prefix" && find . -type f | sort)" == "$(printf './%s\n' "${installed[@]}" | sort)" ]] ||
    fail "install put other files in PREFIX: $(cd "$prefix" && find . -type f)"

step "bash loads the completion"
bash -c 'source "$1" && complete -p ingestlint' _ "$prefix/share/bash-completion/completions/ingestlint" >"$tmp/complete" ||
    fail "bash could not load the completion"
grep -q "ingestlint$" "$tmp/complete" || fail "no completion registered for ingestlint: $(cat "$tmp/complete")"
# What bash offers, the completion function run as bash runs it: `complete WORDS...` prints
# COMPREPLY for the last word.
complete_words() {
    bash -c 'source "$1"; shift
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        function=$(complete -p ingestlint | sed -n "s/.*-F \([^ ]*\).*/\1/p")
        "$function" ingestlint "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}" && printf "%s\n" "${COMPREPLY[@]}"' \
        _ "$prefix/share/bash-completion/completions/ingestlint" "$@"
}
grep -qx "explain" <<<"$(complete_words ingestlint ex)" || fail "bash does not complete 'ingestlint ex' to explain"
grep -qx "sarif" <<<"$(complete_words ingestlint lint --format "")" || fail "bash does not offer the report formats after --format"
# zsh and fish, when they are here (.ci/run installs them): compinit finds the completion on
# fpath, and fish completes from it.
if command -v zsh >/dev/null 2>&1; then
    step "zsh's compinit finds the completion"
    registered="$(HOME="$tmp" zsh -f -c 'fpath=("$1" $fpath); autoload -U compinit && compinit -u -D && print -r -- ${_comps[ingestlint]}' _ "$prefix/share/zsh/site-functions")"
    [[ "$registered" == "_ingestlint" ]] || fail "zsh registers no completion for ingestlint: $registered"
else
    step "zsh is not installed: only the #compdef line of its completion is checked"
    head -n 1 "$prefix/share/zsh/site-functions/_ingestlint" | grep -q "^#compdef ingestlint" || fail "the zsh completion has no #compdef line"
fi
if command -v fish >/dev/null 2>&1; then
    step "fish completes from the completion"
    offered="$(HOME="$tmp" fish --no-config -c 'source $argv[1]; complete -C"ingestlint ex"' "$prefix/share/fish/vendor_completions.d/ingestlint.fish")"
    grep -q "^explain"$'\t' <<<"$offered" || fail "fish does not complete 'ingestlint ex' to explain: $offered"
else
    step "fish is not installed: only the registration lines of its completion are checked"
    grep -q "^complete -c 'ingestlint' " "$prefix/share/fish/vendor_completions.d/ingestlint.fish" || fail "the fish completion registers nothing"
fi

step "man -l renders the page"
MANWIDTH=80 man -l "$prefix/share/man/man1/ingestlint.1" >"$tmp/man" 2>"$tmp/man.err" || fail "man -l failed: $(cat "$tmp/man.err")"
grep -q "^NAME" "$tmp/man" || fail "the page has no NAME section"
grep -q "ingestlint .* Lint InterviewFlowAI Ingestion API payloads" "$tmp/man" || fail "the page does not say what ingestlint is"
grep -q -- "--format" "$tmp/man" || fail "the page does not describe --format"

step "the installed binary, moved elsewhere, runs with no source tree around it"
mv "$prefix" "$tmp/moved"
binary="$tmp/moved/bin/ingestlint"
if [[ "${STATIC-unset}" != "" ]]; then
    # With the default --static-swift-stdlib, nothing of the Swift toolchain is loaded.
    ldd "$binary" | grep -q "libswiftCore\|libFoundation" && fail "the binary loads the Swift runtime: $(ldd "$binary")"
fi
mkdir "$tmp/elsewhere"
cd "$tmp/elsewhere"
printf '%s\n' '{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "Margaret Hamilton"}]}' >bad.json
printf '%s\n' '{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "Ada Lovelace", "email": "ada@lovelace.dev"}]}' >good.json
status=0
env -i PATH=/usr/bin:/bin HOME="$tmp" "$binary" bad.json >"$tmp/out" 2>&1 || status=$?
[[ $status -eq 1 ]] || fail "exit status $status on a bad payload, not 1: $(cat "$tmp/out")"
grep -q "^bad.json:1:.*error: the candidate has no 'email' field, which is required \[IL200 missing-field\]$" "$tmp/out" ||
    fail "the finding is not reported: $(cat "$tmp/out")"
env -i PATH=/usr/bin:/bin HOME="$tmp" "$binary" good.json >"$tmp/out" 2>&1 || fail "exit status $? on a good payload: $(cat "$tmp/out")"
grep -qx "No problems in 1 file — 1 payload, 1 candidate" "$tmp/out" || fail "unexpected output on a good payload: $(cat "$tmp/out")"
cd "$root"
mv "$tmp/moved" "$prefix"

step "make uninstall removes it all"
make -C "$root" uninstall PREFIX="$prefix"
left="$(find "$prefix" -type f)"
[[ -z "$left" ]] || fail "uninstall left: $left"

echo "install.sh: every check passed"
