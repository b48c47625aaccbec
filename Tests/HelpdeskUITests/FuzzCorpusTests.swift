import Foundation
import HelpdeskFuzz
import Testing
import TestSupport

/// The fuzz harnesses of `make fuzz` in the ordinary test run: every seed of every target (the
/// inputs that once crashed among them), then deterministic mutants of the seeds. The real
/// coverage-guided search is `make fuzz` (docs/fuzzing.md); this keeps what it found fixed.
@Suite struct FuzzCorpusTests {
    /// Mutants per target, a few seconds' worth each in a debug build (a Markdown article takes
    /// ~10 ms at three widths, a query ~1 ms).
    static func mutantCount(_ target: FuzzTarget) -> Int {
        switch target {
        case .query: 2_000
        case .markdown, .config, .keymap, .theme, .mail: 500
        default: 1_000
        }
    }

    @Test(arguments: FuzzTarget.allCases)
    func everyTargetHasSeeds(_ target: FuzzTarget) {
        #expect(FuzzCorpus.seeds(target.rawValue).count >= 5, "Tests/Fuzz/Corpus/\(target.rawValue) has too few seeds")
    }

    @Test(arguments: FuzzTarget.allCases)
    func everySeedPasses(_ target: FuzzTarget) {
        for seed in FuzzCorpus.seeds(target.rawValue) {
            #expect(throws: Never.self, "\(target.rawValue)/\(seed.name)") { try target.run(seed.bytes) }
        }
    }

    /// Every target, the TOML ones included since they parse with our own TOMLParser (toml++
    /// stopped the process with an assertion on mutants such as a lone `[`).
    @Test(arguments: FuzzTarget.allCases)
    func mutantsOfTheSeedsPass(_ target: FuzzTarget) {
        let seeds = FuzzCorpus.seeds(target.rawValue).map(\.bytes)
        var failures: [String] = []
        for (index, mutant) in FuzzCorpus.mutants(of: seeds, count: Self.mutantCount(target), target: target.rawValue).enumerated() {
            do {
                try target.run(mutant)
            } catch {
                // Base64, to add it to the corpus as it is: `base64 -d > Tests/Fuzz/Corpus/<target>/found-…`.
                failures.append("mutant \(index) (base64 \(Data(mutant).base64EncodedString())): \(error)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(3).joined(separator: "\n"))")
    }
}
