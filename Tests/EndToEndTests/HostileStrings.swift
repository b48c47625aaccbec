import Foundation

/// The shared hostile test strings, `../shared/fixtures/hostile-strings.json` beside the repository.
struct HostileString: Decodable, Sendable, CustomStringConvertible {
    let name: String
    let text: String

    var description: String { name }

    static func all() throws -> [HostileString] {
        let url = HelpdeskBinary.repositoryRoot.appendingPathComponent("../shared/fixtures/hostile-strings.json").standardizedFileURL
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Sandbox.CommandFailed(description: "the hostile-string fixtures are missing: \(url.path)")
        }
        return try JSONDecoder().decode([HostileString].self, from: data)
    }
}
