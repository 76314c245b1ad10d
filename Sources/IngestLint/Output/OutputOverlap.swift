/// Keeps reports off the files being linted (SPEC §10), comparing files by device and inode so
/// no spelling, symlink or hard link gets past.
package enum OutputOverlap {
    /// The inputs that remain once report destinations are accounted for:
    ///
    /// - a destination that is a file named on the command line (`arguments`, folders aside)
    ///   is refused: writing the report would overwrite a payload;
    /// - a destination met while walking a folder — the report a previous run of the same
    ///   command left there — is not linted;
    /// - two destinations that are one file are refused, also when it does not exist yet
    ///   (`a.json` and `./sub/../a.json`);
    /// - `baseline`, a file read besides the inputs (`--baseline`), is never a destination.
    ///
    /// `-` and what is written through (`/dev/null`, a FIFO) overlap nothing.
    package static func inputs(
        _ inputs: [LintInput], arguments: [String], destinations: [String], baseline: String? = nil
    ) throws(OutputError) -> [LintInput] {
        var targets: [Target: String] = [:]
        var existing: [FileIdentity: String] = [:]
        for destination in destinations where destination != WriteDestination.standardOutputName {
            guard let target = Target(destination) else { continue }
            // Two reports replacing one file would lose the first; two written through one
            // descriptor (`/dev/stdout`) follow each other, and are not targets.
            if let earlier = targets[target] {
                throw OutputError(path: destination, reason: "it is the same file as the report file '\(earlier)'")
            }
            targets[target] = destination
            if case .file(let identity) = target { existing[identity] = destination }
        }
        if let baseline, let identity = FileIdentity(path: baseline), let destination = existing[identity] {
            throw OutputError(path: destination, reason: "it is the baseline '\(baseline)' this run reads")
        }
        guard !existing.isEmpty else { return inputs }
        for argument in arguments where argument != WriteDestination.standardOutputName {
            guard let identity = FileIdentity(path: argument), let destination = existing[identity] else { continue }
            throw OutputError(
                path: destination, reason: "it is the input '\(argument)', and a report never overwrites a file being linted")
        }
        return inputs.filter { input in
            guard case .file(let path, _, _) = input, let identity = FileIdentity(path: path) else { return true }
            return existing[identity] == nil
        }
    }

    /// The file a destination replaces: an existing regular file by device and inode, a file
    /// still to be created by its real path (the nearest existing folder resolved, the rest
    /// normalised, since folders that do not exist yet cannot be links). Nil for what is written
    /// through (devices, FIFOs), which no report replaces.
    enum Target: Hashable {
        case file(FileIdentity)
        case planned(String)

        init?(_ path: String) {
            if let identity = FileIdentity(path: path) {
                guard identity.isRegularFile, case .regularFile = try? WriteDestination.resolve(path) else { return nil }
                self = .file(identity)
                return
            }
            var components: [Substring] = []
            var folder = path.hasPrefix("/") ? path : "./" + path
            while true {
                let parent = WriteDestination.parentFolder(of: folder)
                components.insert(Substring(WriteDestination.lastComponent(of: folder)), at: 0)
                if let real = WriteDestination.realPath(parent) {
                    folder = real
                    break
                }
                guard parent != folder, parent != "/" else { return nil }
                folder = parent
            }
            var resolved = folder.split(separator: "/")
            for component in components {
                switch component {
                case "", ".": continue
                case "..": if !resolved.isEmpty { resolved.removeLast() }
                default: resolved.append(component)
                }
            }
            self = .planned("/" + resolved.joined(separator: "/"))
        }
    }
}
