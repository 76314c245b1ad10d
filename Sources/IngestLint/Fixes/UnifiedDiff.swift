/// A unified diff (`diff -u` style, three lines of context) between two versions of a file.
///
/// Fixes change a few lines here and there, so lines are aligned greedily: equal lines are kept,
/// and after a difference the nearest point where both sides agree again (within a window) is
/// taken. Any alignment gives a correct diff; this one is small for the edits fixes make and
/// linear in the file's length.
package enum UnifiedDiff {
    static let context = 3
    static let window = 64

    enum Operation: Equatable {
        case same(Int, Int)
        case removed(Int)
        case added(Int)
    }

    /// Empty when both versions are equal.
    package static func make(old: [UInt8], new: [UInt8], oldName: String, newName: String) -> String {
        if old == new { return "" }
        let a = lines(old)
        let b = lines(new)
        let operations = align(a, b)
        var out = "--- \(header(oldName))\n+++ \(header(newName))\n"
        for hunk in hunks(operations) {
            out += render(hunk, a, b)
        }
        return out
    }

    /// A file name in a `---` / `+++` line: a name with a space ends with a tab, as GNU diff and
    /// git write it, so `patch -p1` and `git apply` read the whole name.
    static func header(_ name: String) -> String {
        name.contains(" ") ? name + "\t" : name
    }

    /// Lines with their terminators (`\n`, `\r\n` or `\r`), so line ends survive.
    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A || bytes[index] == 0x0D {
                if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                result.append(bytes[start...index])
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count { result.append(bytes[start...]) }
        return result
    }

    static func align(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Operation] {
        var operations: [Operation] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                operations.append(.same(i, j))
                i += 1
                j += 1
                continue
            }
            var resync: (Int, Int)?
            search: for skipped in 1...(2 * window) {
                for x in 0...skipped {
                    let y = skipped - x
                    let (ni, nj) = (i + x, j + y)
                    if ni == a.count, nj == b.count { resync = (x, y); break search }
                    if ni < a.count, nj < b.count, a[ni] == b[nj] { resync = (x, y); break search }
                }
            }
            let (x, y) = resync ?? (i < a.count ? 1 : 0, j < b.count ? 1 : 0)
            for offset in 0..<x { operations.append(.removed(i + offset)) }
            for offset in 0..<y { operations.append(.added(j + offset)) }
            i += x
            j += y
        }
        return operations
    }

    /// Runs of operations around the changes, with `context` unchanged lines on each side.
    static func hunks(_ operations: [Operation]) -> [ArraySlice<Operation>] {
        let changed = operations.indices.filter { if case .same = operations[$0] { false } else { true } }
        var hunks: [ArraySlice<Operation>] = []
        var index = 0
        while index < changed.count {
            let start = max(0, changed[index] - context)
            var end = min(operations.count, changed[index] + context + 1)
            index += 1
            while index < changed.count, changed[index] - context <= end {
                end = min(operations.count, changed[index] + context + 1)
                index += 1
            }
            hunks.append(operations[start..<end])
        }
        return hunks
    }

    static func render(_ hunk: ArraySlice<Operation>, _ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> String {
        var oldStart: Int?
        var newStart: Int?
        var oldCount = 0
        var newCount = 0
        var body = ""
        for operation in hunk {
            switch operation {
            case .same(let i, let j):
                oldStart = oldStart ?? i
                newStart = newStart ?? j
                oldCount += 1
                newCount += 1
                body += line(" ", a[i])
            case .removed(let i):
                oldStart = oldStart ?? i
                oldCount += 1
                body += line("-", a[i])
            case .added(let j):
                newStart = newStart ?? j
                newCount += 1
                body += line("+", b[j])
            }
        }
        // An empty side starts *after* the line before it (diff -u's convention).
        let oldFirst = oldCount == 0 ? firstIndex(hunk, old: true) : (oldStart ?? 0) + 1
        let newFirst = newCount == 0 ? firstIndex(hunk, old: false) : (newStart ?? 0) + 1
        return "@@ -\(oldFirst),\(oldCount) +\(newFirst),\(newCount) @@\n" + body
    }

    /// For a side without lines in the hunk: the number of lines of that side before it.
    static func firstIndex(_ hunk: ArraySlice<Operation>, old: Bool) -> Int {
        for operation in hunk {
            switch operation {
            case .same(let i, let j): return old ? i : j
            case .removed(let i): if old { return i }
            case .added(let j): if !old { return j }
            }
        }
        return 0
    }

    static func line(_ prefix: String, _ bytes: ArraySlice<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        if bytes.last == 0x0A || bytes.last == 0x0D { return prefix + text }
        return prefix + text + "\n\\ No newline at end of file\n"
    }
}
