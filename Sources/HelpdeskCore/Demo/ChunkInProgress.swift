import Foundation

/// A chunk of demo tickets being made on another thread; `result()` waits for it.
final class ChunkInProgress: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the worker before it signals, read only after the wait: no data race.
    private var records: [DemoTicketRecord] = []
    private var random: SeededRandom

    init(factory: DemoTicketFactory, range: Range<Int>, random: SeededRandom) {
        self.random = random
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            var generator = self.random
            records = factory.make(range, random: &generator)
            self.random = generator
            done.signal()
        }
    }

    func result() -> ([DemoTicketRecord], SeededRandom) {
        done.wait()
        return (records, random)
    }
}
