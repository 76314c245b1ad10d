/// Inputs that could not be linted (or not wholly): each is one line on standard error as it
/// happens, the other inputs are still linted, and the run exits 2 at the end.
final class InputErrorLog {
    private(set) var count = 0
    private let console: SessionConsole

    init(console: SessionConsole) {
        self.console = console
    }

    func report(_ error: InputError) {
        count += 1
        console.writeError("ingestlint: \(error.description).\n")
    }
}
