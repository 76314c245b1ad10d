import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the CLI and learns its peak memory and how long it took; a child that hangs is killed
/// after `timeout` (its own process group, started here) instead of hanging the suite.
///
/// The peak comes from GNU time (`%M`, the child's `ru_maxrss`) when `/usr/bin/time` exists:
/// `wait4` on a child spawned straight from the test process would count the test process's
/// own memory, which the child shares until it execs. Without it, `VmHWM` of the child is
/// polled, which can only under-count.
struct MeasuredProcess {
    struct Outcome {
        /// The exit status, or nil when the child was killed or died of a signal.
        let status: Int32?
        let timedOut: Bool
        let peakMemoryKiB: Int
        let seconds: Double
        let output: String
        let error: String

        var transcript: String {
            "status \(status.map(String.init) ?? "none") (timed out: \(timedOut)), peak \(peakMemoryKiB) KiB, "
                + "\(seconds) s\n--- stdout ---\n\(output)--- stderr ---\n\(error)"
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    var arguments: [String]
    var currentDirectory: URL
    var timeout: Double = 30

    func run() async throws -> Outcome {
        let executable = try IngestLintBinary.url().path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ingestlint-measured-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputPath = folder.appendingPathComponent("stdout").path
        let errorPath = folder.appendingPathComponent("stderr").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let peakPath = folder.appendingPathComponent("peak").path
        let usesTime = FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
        // `sh` changes folder and execs the binary (under GNU time when there is one).
        let script = usesTime
            ? #"dir=$0; peak=$1; shift; cd -- "$dir" || exit 126; exec /usr/bin/time -f %M -o "$peak" "$@""#
            : #"dir=$0; peak=$1; shift; cd -- "$dir" || exit 126; exec "$@""#
        let argv = (["/bin/sh", "-c", script, currentDirectory.path, peakPath, executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var pid: pid_t = 0
        let start = Date()
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw Failure(description: "cannot start \(executable): \(String(cString: strerror(spawned)))") }

        var status: Int32 = 0
        var timedOut = false
        var polledPeak = 0
        while true {
            if !usesTime, let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
               let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kib = Int(line.split(separator: " ").dropFirst().first ?? "") {
                polledPeak = max(polledPeak, kib)
            }
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            if waited < 0, errno != EINTR { throw Failure(description: "waitpid failed: \(String(cString: strerror(errno)))") }
            if !timedOut, Date().timeIntervalSince(start) > timeout {
                timedOut = true
                kill(-pid, SIGKILL) // the group this test started, and nothing else
            }
            // Sleeps without holding a worker thread of the test pool.
            try await Task.sleep(for: .milliseconds(10))
        }
        let peak = usesTime
            ? ((try? String(contentsOfFile: peakPath, encoding: .utf8))?.split(separator: "\n").last.flatMap { Int($0) } ?? 0)
            : polledPeak
        let seconds = Date().timeIntervalSince(start)
        // WIFEXITED / WEXITSTATUS, which Swift does not import as functions.
        let exited = (status & 0x7F) == 0
        return Outcome(
            status: exited ? (status >> 8) & 0xFF : nil,
            timedOut: timedOut,
            peakMemoryKiB: peak,
            seconds: seconds,
            output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
            error: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
    }
}
