import ArgumentParser
import IngestLint

/// `--fix`, `--diff` and `--unsafe-fixes`.
struct FixOptions: ParsableArguments {
    @Flag(name: .long, help: "Apply safe fixes in place (atomically), linting again until nothing fixable is left; then report what remains.")
    var fix = false

    @Flag(name: .long, help: "Print the fixes as a unified diff and change nothing; exit 1 when there is something to fix.")
    var diff = false

    @Flag(name: .long, help: "Include unsafe fixes (they may change meaning); implies --fix unless --diff is given.")
    var unsafeFixes = false

    func apply(to request: inout LintSession.Request) {
        request.fix = fix
        request.diff = diff
        request.unsafeFixes = unsafeFixes
    }
}
