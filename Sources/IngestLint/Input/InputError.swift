/// A problem with the inputs themselves (not their content): exit status 2.
package struct InputError: Error, Sendable, CustomStringConvertible, Equatable {
    package let description: String

    package init(_ description: String) {
        self.description = description
    }
}
