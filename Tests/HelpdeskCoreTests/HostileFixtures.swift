import Foundation
import Testing

/// The shared hostile test strings (`../shared/fixtures/hostile-strings.json` beside the repo).
struct HostileFixture: Decodable, Sendable, CustomTestStringConvertible {
    let name: String
    let text: String

    var testDescription: String { name }

    /// Every fixture, loaded from the path relative to this source file.
    static let all: [HostileFixture] = {
        let repoRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // HelpdeskCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repo root
        let url = repoRoot.appendingPathComponent("../shared/fixtures/hostile-strings.json")
        do {
            return try JSONDecoder().decode([HostileFixture].self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot load \(url.path): \(error)")
        }
    }()
}
