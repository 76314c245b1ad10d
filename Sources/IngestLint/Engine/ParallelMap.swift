import Dispatch

/// Maps `0..<count` with up to `width` threads and returns the results in index order.
enum ParallelMap {
    static func map<T: Sendable>(count: Int, width: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        if width <= 1 || count < 64 { return (0..<count).map(transform) }
        let storage = ResultStorage<T>(count: count)
        let workers = min(width, count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < count {
                storage.set(index, transform(index))
                index += workers
            }
        }
        return storage.results()
    }

    /// Each index is written by exactly one worker and read after all of them finished, so the
    /// slots need no lock.
    private final class ResultStorage<T>: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<T?>

        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }

        func set(_ index: Int, _ value: T) { slots[index] = value }

        func results() -> [T] { slots.compactMap { $0 } }
    }
}
