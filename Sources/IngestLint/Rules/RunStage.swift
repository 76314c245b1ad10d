/// A run-stage rule's state: it compares the documents of a whole run (IL303 keeps each
/// Interviewer's e-mails), fed every file's result in input order, and adds its findings to them.
package protocol RunStage: Sendable {
    /// Adds this rule's findings to `result`; the parts of one streamed file share `fileIndex`.
    /// Past `listing` new findings, the rest are only counted in `result.omitted`.
    mutating func process(_ result: inout FileResult, fileIndex: Int, listing: Int)
}
