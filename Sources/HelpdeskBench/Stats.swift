#if canImport(Glibc)
import Glibc
#endif

/// Monotonic wall-clock time in milliseconds.
func nowMilliseconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) * 1000 + Double(spec.tv_nsec) / 1_000_000
}

/// Runs `body` and answers how long it took, in milliseconds.
func measure(_ body: () throws -> Void) rethrows -> Double {
    let start = nowMilliseconds()
    try body()
    return nowMilliseconds() - start
}

/// A set of timings (milliseconds) and their percentiles, nearest-rank.
struct Samples: Sendable {
    private(set) var values: [Double] = []

    init(_ values: [Double] = []) { self.values = values }

    mutating func add(_ value: Double) { values.append(value) }
    mutating func add(_ other: Samples) { values += other.values }

    var count: Int { values.count }

    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[max(0, min(sorted.count - 1, rank - 1))]
    }

    var p50: Double { percentile(50) }
    var p95: Double { percentile(95) }
    var p99: Double { percentile(99) }
    var minimum: Double { values.min() ?? .nan }
}
