import Foundation

/// The seed corpora of `make fuzz` (`Tests/Fuzz/Corpus/<target>/`, in the repository) and
/// deterministic mutations of them, so that `make test` runs every fuzz harness over more than
/// its seeds without an instrumented build (docs/fuzzing.md).
public enum FuzzCorpus {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TestSupport
        .deletingLastPathComponent()  // Tests
        .appendingPathComponent("Fuzz/Corpus")

    /// The seeds of one target, by file name, sorted; empty when the folder is missing.
    public static func seeds(_ target: String) -> [(name: String, bytes: [UInt8])] {
        let folder = root.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().compactMap { name in
            (try? Data(contentsOf: folder.appendingPathComponent(name))).map { (name, Array($0)) }
        }
    }

    /// `count` mutants of `seeds`, the same on every run (the generator is seeded by `target`): a
    /// few edits each, of the kinds libFuzzer makes — bytes flipped, replaced, inserted, deleted
    /// or repeated, a piece of another seed spliced in, a token that means something somewhere.
    public static func mutants(of seeds: [[UInt8]], count: Int, target: String) -> [[UInt8]] {
        guard !seeds.isEmpty else { return [] }
        var random = SplitMix64(seed: target.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 })
        return (0..<count).map { _ in
            var bytes = seeds[random.below(seeds.count)]
            for _ in 0...random.below(4) { mutate(&bytes, seeds: seeds, random: &random) }
            return bytes
        }
    }

    /// Bytes and snippets that the parsers, the sanitiser and the renderer treat specially.
    static let tokens: [[UInt8]] = [
        "\"", ":", "-", ",", "|", "<", ">=", "*", "(", ")", "[", "]", "](", "[[", "**", "`", "```", "# ", "- ", "1. ", "> ",
        "=", " = \"", "\n", "\r\n", "\t", "\\", "\u{0}", "\u{1B}[2J", "\u{7F}", "\u{9B}", "\u{202E}", "\u{200D}", "\u{FE0F}",
        "\u{1F3FD}", "\u{0301}", "é", "ß", "打印", "👩‍💻", "\u{E000}", "\u{E001}", "\u{FFFD}", "status:", "sort:-", "updated:<",
        "assignee:me", "tag:", "NEAR", "OR", "[roles]", "[palette]", "[global]", "#ff0000", "bold", "ctrl-", "true",
        String(repeating: "x", count: 200), String(repeating: "[a](b)", count: 20), String(repeating: "9", count: 20),
    ].map { Array($0.utf8) }

    static func mutate(_ bytes: inout [UInt8], seeds: [[UInt8]], random: inout SplitMix64) {
        let at = random.below(bytes.count + 1)
        switch random.below(7) {
        case 0 where !bytes.isEmpty:
            bytes[min(at, bytes.count - 1)] ^= 1 << UInt8(random.below(8))
        case 1 where !bytes.isEmpty:
            bytes[min(at, bytes.count - 1)] = UInt8(random.below(256))
        case 2:
            bytes.insert(contentsOf: tokens[random.below(tokens.count)], at: at)
        case 3 where !bytes.isEmpty:
            let end = min(bytes.count, at + 1 + random.below(16))
            bytes.removeSubrange(min(at, bytes.count - 1)..<end)
        case 4 where at < bytes.count:
            let piece = bytes[at..<min(bytes.count, at + 1 + random.below(32))]
            bytes.insert(contentsOf: Array(repeating: Array(piece), count: 1 + random.below(8)).joined(), at: at)
        case 5:
            let other = seeds[random.below(seeds.count)]
            let start = random.below(other.count + 1)
            bytes.insert(contentsOf: other[start..<min(other.count, start + random.below(64))], at: at)
        default:
            bytes.insert(UInt8(random.below(256)), at: at)
        }
    }
}

/// A small deterministic random generator (SplitMix64): the same mutants on every machine.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound (0 when bound is 0).
    mutating func below(_ bound: Int) -> Int {
        bound <= 0 ? 0 : Int(next() % UInt64(bound))
    }
}
