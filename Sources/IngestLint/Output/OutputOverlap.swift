/// Keeps reports off the files being linted (SPEC §10), comparing files by device and inode so
/// no spelling, symlink or hard link gets past.
public enum OutputOverlap {
    /// The inputs that remain once report destinations are accounted for:
    ///
    /// - a destination that is a file named on the command line (`arguments`, folders aside)
    ///   is refused: writing the report would overwrite a payload;
    /// - a destination met while walking a folder — the report a previous run of the same
    ///   command left there — is not linted;
    /// - two destinations that are one regular file are refused.
    ///
    /// Destinations that do not exist yet, `-` and non-regular files (`/dev/null`) overlap
    /// nothing.
    public static func inputs(
        _ inputs: [LintInput], arguments: [String], destinations: [String]
    ) throws(OutputError) -> [LintInput] {
        var targets: [FileIdentity: String] = [:]
        for destination in destinations where destination != WriteDestination.standardOutputName {
            guard let identity = FileIdentity(path: destination), identity.isRegularFile else { continue }
            // Two reports replacing one file would lose the first; two written through one
            // descriptor (`/dev/stdout`) follow each other.
            if let earlier = targets[identity], case .regularFile = try? WriteDestination.resolve(destination) {
                throw OutputError(path: destination, reason: "it is the same file as the report file '\(earlier)'")
            }
            targets[identity] = targets[identity] ?? destination
        }
        guard !targets.isEmpty else { return inputs }
        for argument in arguments where argument != WriteDestination.standardOutputName {
            guard let identity = FileIdentity(path: argument), let destination = targets[identity] else { continue }
            throw OutputError(
                path: destination, reason: "it is the input '\(argument)', and a report never overwrites a file being linted")
        }
        return inputs.filter { input in
            guard case .file(let path, _, _) = input, let identity = FileIdentity(path: path) else { return true }
            return targets[identity] == nil
        }
    }
}
