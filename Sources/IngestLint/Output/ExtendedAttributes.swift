#if canImport(Glibc)
import CSystemCalls
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Copies a file's extended attributes — on Linux also its POSIX ACLs, which live in
/// `system.posix_acl_access` — onto the temporary file that replaces it, so an atomic replace
/// keeps what a plain `write(2)` would have kept.
enum ExtendedAttributes {
    /// Namespaces only a privileged process may set (`trusted.`), or that the kernel or a
    /// security module manages (`security.`: SELinux labels, file capabilities). Copied where
    /// allowed; a refusal there does not stop the write.
    static let bestEffortPrefixes = ["security.", "trusted."]

    /// Copies every attribute of `source` onto `descriptor`. Returns the `errno` of the first
    /// attribute that cannot be read or set — unless the file system has none at all (`ENOTSUP`)
    /// or the attribute is in a best-effort namespace — and nil when all were kept.
    static func copy(from source: String, to descriptor: Int32) -> Int32? {
        #if os(Linux)
        let listSize = llistxattr(source, nil, 0)
        if listSize < 0 { return errno == ENOTSUP ? nil : errno }
        if listSize == 0 { return nil }
        var names = [CChar](repeating: 0, count: listSize)
        let listed = llistxattr(source, &names, listSize)
        if listed < 0 { return errno }
        var start = 0
        while start < listed {
            var end = start
            while end < listed, names[end] != 0 { end += 1 }
            let name = names[start..<end].withUnsafeBufferPointer {
                String(decoding: UnsafeRawBufferPointer($0), as: UTF8.self)
            }
            start = end + 1
            if name.isEmpty { continue }
            if let failure = copyAttribute(name, from: source, to: descriptor),
               !bestEffortPrefixes.contains(where: { name.hasPrefix($0) })
            {
                return failure
            }
        }
        #endif
        return nil
    }

    #if os(Linux)
    private static func copyAttribute(_ name: String, from source: String, to descriptor: Int32) -> Int32? {
        let size = lgetxattr(source, name, nil, 0)
        if size < 0 { return errno == ENODATA ? nil : errno }
        var value = [UInt8](repeating: 0, count: max(size, 1))
        let read = lgetxattr(source, name, &value, size)
        if read < 0 { return errno == ENODATA ? nil : errno }
        return fsetxattr(descriptor, name, value, read, 0) == 0 ? nil : errno
    }
    #endif
}
