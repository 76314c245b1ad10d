/// The edit that deletes one array element after the first, with the comma before it, so
/// `["a", "b", "a"]` becomes `["a", "b"]` and neighbouring edits never overlap.
package enum ElementRemoval {
    package static func edit(removing index: Int, from elements: [ValueView]) -> Edit {
        precondition(index > 0, "the first element has no comma before it")
        return Edit(range: elements[index - 1].range.upperBound..<elements[index].range.upperBound, replacement: "")
    }
}
