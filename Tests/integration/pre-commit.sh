#!/usr/bin/env bash
# The pre-commit hook, with the real pre-commit from PyPI: a throwaway git repository whose
# .pre-commit-config.yaml is the snippet of docs/ci.md pointing at THIS repository (at its
# current commit; a dirty work tree is committed into a temporary clone first), and
# `pre-commit run --all-files` must fail on a bad payload, printing the finding, and pass on a
# good one. Then the `repo: local` snippet, with the ingestlint that pre-commit built on PATH.
#
# The first run builds the hook in pre-commit's cache (.build-precommit/cache, a release build
# of the package: minutes); later runs of the same commit reuse it.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$root/.build-precommit"
venv="$work/venv"
export PRE_COMMIT_HOME="$work/cache"

fail() { echo "pre-commit.sh: FAIL: $*" >&2; exit 1; }
step() { echo "pre-commit.sh: $*"; }

if [[ ! -x "$venv/bin/pre-commit" ]]; then
    step "installing pre-commit from PyPI into ${venv#"$root"/}"
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install -q pre-commit
fi
step "$("$venv/bin/pre-commit" --version)"
# Each commit tested is a hook build of its own in the cache; `gc` drops those of earlier runs,
# whose throwaway configurations are gone.
"$venv/bin/pre-commit" gc >/dev/null

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The snippet NAME of docs/ci.md (or of FILE): the fenced block after `<!-- snippet: NAME -->`.
snippet() {
    awk -v name="$1" '
        $0 == "<!-- snippet: " name " -->" { found = 1; next }
        found && /^```/ { if (inside) exit; inside = 1; next }
        inside { print }
    ' "${2:-$root/docs/ci.md}"
}
[[ -n "$(snippet pre-commit-local)" ]] || fail "docs/ci.md has no pre-commit-local snippet"
[[ "$(snippet pre-commit-local "$root/README.md")" == "$(snippet pre-commit-local)" ]] ||
    fail "the README's pre-commit snippet is not the one docs/ci.md shows (and this script runs)"

# pre-commit clones the hook repository and checks out `rev`, so `rev` must be a commit that
# holds what is on disk.
hook_repo="$root"
if [[ -n "$(git -C "$root" status --porcelain --untracked-files=normal)" ]]; then
    step "the work tree has changes: committing them into a temporary clone"
    hook_repo="$tmp/hook-repo"
    git clone -q "$root" "$hook_repo"
    git -C "$hook_repo" rm -rqf --ignore-unmatch .
    (cd "$root" && git ls-files -z --cached --others --exclude-standard) |
        while IFS= read -r -d '' file; do
            if [[ -e "$root/$file" || -L "$root/$file" ]]; then printf '%s\0' "$file"; fi
        done >"$tmp/files"
    tar -C "$root" --null -T "$tmp/files" -cf - | tar -C "$hook_repo" -xf -
    git -C "$hook_repo" add -A
    git -C "$hook_repo" -c user.name=pre-commit.sh -c user.email=pre-commit.sh@localhost \
        commit -qm "work tree under test" --allow-empty
fi
rev="$(git -C "$hook_repo" rev-parse HEAD)"
step "hook repository ${hook_repo} at ${rev}"

project="$tmp/project"
mkdir -p "$project/payloads"
git -C "$project" init -q
snippet pre-commit-remote |
    sed -e "s|EDIT-the-URL-or-path-of-your-ingestlint-repository|$hook_repo|" \
        -e "s|EDIT-a-tag-or-full-commit-sha|$rev|" >"$project/.pre-commit-config.yaml"
grep -q "rev: $rev" "$project/.pre-commit-config.yaml" || fail "the pre-commit-remote snippet has no EDIT lines to fill in"

good='{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "Ada Lovelace", "email": "ada@lovelace.dev"}]}'
bad='{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "Margaret Hamilton"}]}'
printf '%s\n' "$good" >"$project/payloads/good.json"
printf '%s\n%s\n' "$good" "$bad" >"$project/payloads/export.jsonl"
# Outside `files:` of the snippet: never handed to the hook.
printf '{"name": "not a payload"}\n' >"$project/package.json"

# `pre-commit run` lints the files git knows about.
run() {
    git -C "$project" add -A
    (cd "$project" && "$venv/bin/pre-commit" run --all-files --color never "$@") >"$tmp/out" 2>&1
}

step "bad payload, hook from the repository (the first run builds it)"
started=$SECONDS
if run; then cat "$tmp/out"; fail "pre-commit passed on a bad payload"; fi
cat "$tmp/out"
step "took $((SECONDS - started)) s"
grep -q "payloads/export.jsonl:2:.*error: the candidate has no 'email' field, which is required \[IL200 missing-field\]" "$tmp/out" ||
    fail "the finding is not printed"
grep -q "package.json" "$tmp/out" && fail "package.json was linted, though outside files:"

step "the same e-mail in two files: one invocation sees both (require_serial)"
printf '%s\n' "$good" >"$project/payloads/export.jsonl"
printf '%s\n' "$good" >"$project/payloads/again.json"
# IL303 is a warning: the run passes, and --verbose shows what the hook printed.
run --verbose || { cat "$tmp/out"; fail "pre-commit failed on a warning"; }
grep -q "IL303 duplicate-email-across-payloads" "$tmp/out" || { cat "$tmp/out"; fail "IL303 (the same e-mail in two files) not reported"; }
rm "$project/payloads/again.json"

step "good payloads"
run || { cat "$tmp/out"; fail "pre-commit failed on good payloads"; }
cat "$tmp/out"
grep -q "^ingestlint\.*Passed" "$tmp/out" || fail "the hook did not run and pass"

# The `repo: local` snippet, with the binary pre-commit built above on PATH (as `make install`
# would put one there).
built=""
for candidate in "$PRE_COMMIT_HOME"/repo*/swift_env-*/.build/release/ingestlint; do
    if [[ -x "$candidate" && "$(git -C "$(dirname "${candidate%%/swift_env-*}")/$(basename "${candidate%%/swift_env-*}")" rev-parse HEAD 2>/dev/null)" == "$rev" ]]; then
        built="$candidate"
    fi
done
[[ -n "$built" ]] || fail "no ingestlint built by pre-commit for $rev under $PRE_COMMIT_HOME"
snippet pre-commit-local >"$project/.pre-commit-config.yaml"
printf '%s\n' "$bad" >"$project/payloads/bad.json"
step "bad payload, repo: local"
if PATH="$(dirname "$built"):$PATH" run; then cat "$tmp/out"; fail "repo: local passed on a bad payload"; fi
cat "$tmp/out"
grep -q "payloads/bad.json:1:.*\[IL200 missing-field\]" "$tmp/out" || fail "repo: local did not print the finding"
rm "$project/payloads/bad.json"
step "good payloads, repo: local"
PATH="$(dirname "$built"):$PATH" run || { cat "$tmp/out"; fail "repo: local failed on good payloads"; }

echo "pre-commit.sh: every check passed"
