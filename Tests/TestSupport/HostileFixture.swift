import Foundation
import Testing

/// The shared hostile test strings (`../shared/fixtures/hostile-strings.json` beside the repo).
public struct HostileFixture: Decodable, Sendable, CustomTestStringConvertible {
    public let name: String
    public let text: String

    public var testDescription: String { name }

    /// Every fixture, loaded from the path relative to this source file.
    public static let all: [HostileFixture] = {
        let repoRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // TestSupport
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
