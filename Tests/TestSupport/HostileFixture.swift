import Foundation
import Testing

/// The hostile test strings (`Tests/Fixtures/hostile-strings.json`, in the repository). A missing
/// or broken file fails `HostileFixtureTests`, never the whole test run.
public struct HostileFixture: Decodable, Sendable, CustomTestStringConvertible {
    public let name: String
    public let text: String

    public var testDescription: String { name }

    /// The fixture file, found relative to this source file.
    public static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TestSupport
        .deletingLastPathComponent()  // Tests
        .appendingPathComponent("Fixtures/hostile-strings.json")

    /// Every fixture, or the reason they could not be read.
    public static let loaded: Result<[HostileFixture], Error> = Result {
        try JSONDecoder().decode([HostileFixture].self, from: Data(contentsOf: url))
    }

    /// Every fixture; empty when the file is missing (then `HostileFixtureTests` fails and says why).
    public static var all: [HostileFixture] { (try? loaded.get()) ?? [] }
}
