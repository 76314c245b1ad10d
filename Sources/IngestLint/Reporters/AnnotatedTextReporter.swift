/// The text report with GitHub Actions annotations beside it, on one output: what `ingestlint`
/// prints under `GITHUB_ACTIONS=true` when no `--format` is given (as yamllint does), so the log
/// reads as usual and the findings also show on the pull request. Each file's text comes first,
/// then its workflow commands; the text report's summary closes the output.
package struct AnnotatedTextReporter: Reporter {
    package var text: TextReporter

    package init(text: TextReporter) {
        self.text = text
    }

    package func stream(to output: ReportOutput) -> any ReportStream {
        Stream(text: text.stream(to: output), annotations: GitHubReporter(includesSummary: false).stream(to: output))
    }

    final class Stream: ReportStream {
        private let text: any ReportStream
        private let annotations: any ReportStream

        init(text: any ReportStream, annotations: any ReportStream) {
            self.text = text
            self.annotations = annotations
        }

        func begin() {
            text.begin()
            annotations.begin()
        }

        func write(_ file: FileResult) {
            text.write(file)
            annotations.write(file)
        }

        func end(_ summary: LintReport.Summary) {
            annotations.end(summary)
            text.end(summary)
        }
    }
}
