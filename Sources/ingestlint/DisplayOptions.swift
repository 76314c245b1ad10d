import ArgumentParser
import IngestLint

/// How the text report looks.
struct DisplayOptions: ParsableArguments {
    @Option(name: .long, help: "Colour in text output: auto (only on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Flag(name: [.short, .long], help: "Print only the summary line.")
    var quiet = false

    @Flag(name: .long, help: "Print the number of findings per rule instead of each finding.")
    var statistics = false

    func apply(to request: inout LintSession.Request) {
        request.color = color
        request.textMode = quiet ? .quiet : (statistics ? .statistics : .full)
    }
}
