/// A problem with the inputs themselves (not their content): exit status 2.
public struct InputError: Error, Sendable, CustomStringConvertible, Equatable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
