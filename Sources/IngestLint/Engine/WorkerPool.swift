#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// Threads of their own for linting, outside Swift's cooperative pool: a worker may wait for
/// the reporter to catch up (the bounded hand-over of `LintRun`) without taking a thread the
/// reporter itself needs.
enum WorkerPool {
    /// Runs `body(worker)` on `count` new threads and returns at once; each thread ends when
    /// its `body` returns. Should a thread not be created (a process out of threads), that
    /// worker runs on Dispatch's global queue instead, still off the cooperative pool.
    static func start(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        for worker in 0..<count {
            let box = Unmanaged.passRetained(Job { body(worker) })
            var thread = pthread_t()
            #if canImport(Glibc)
            let status = pthread_create(&thread, nil, { argument in
                guard let argument else { return nil }
                Unmanaged<Job>.fromOpaque(argument).takeRetainedValue().run()
                return nil
            }, box.toOpaque())
            #else
            let status = pthread_create(&thread, nil, { argument in
                Unmanaged<Job>.fromOpaque(argument).takeRetainedValue().run()
                return nil
            }, box.toOpaque())
            #endif
            if status == 0 {
                pthread_detach(thread)
            } else {
                box.release()
                DispatchQueue.global().async { body(worker) }
            }
        }
    }

    private final class Job: @unchecked Sendable {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
}

/// The next index to take, shared by the workers: each input is linted by whichever worker is
/// free, so a pool as wide as `--jobs` keeps busy on thousands of small files without a task
/// per file.
final class SharedCounter: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var value = 0
    private var stopped = false

    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }

    /// The next index below `limit`, or nil once the limit is reached or `stop()` was called.
    func next(below limit: Int) -> Int? {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        guard !stopped, value < limit else { return nil }
        value += 1
        return value - 1
    }

    /// No index is handed out after this (the run failed).
    func stop() {
        pthread_mutex_lock(&mutex)
        stopped = true
        pthread_mutex_unlock(&mutex)
    }
}
