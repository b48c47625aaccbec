import Foundation

/// Replies and notes being written live as files (`$XDG_STATE_HOME/helpdesk/drafts/`, else
/// `~/.local/state/helpdesk/drafts/`), one per database, ticket and kind. The editor edits
/// the file itself, so a crashed editor, a failed send or a closed terminal never loses the
/// text: it is offered again the next time.
public struct DraftStore: Sendable {
    public let folder: URL
    /// Distinguishes databases, so two helpdesks on one account keep apart drafts.
    let databaseTag: String

    public init(databasePath: String, environment: [String: String] = ProcessInfo.processInfo.environment, home: String) {
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/state"
        folder = URL(fileURLWithPath: state).appendingPathComponent("helpdesk/drafts")
        // A short stable tag of the path (FNV-1a), not the path itself.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in databasePath.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        databaseTag = String(hash, radix: 16)
    }

    public func path(for key: DraftKey) -> String {
        folder.appendingPathComponent("\(databaseTag)-\(key.ticketId)-\(key.kind.rawValue).md").path
    }

    /// The kept draft, if there is a non-empty one.
    public func load(_ key: DraftKey) -> String? {
        guard let text = try? String(contentsOfFile: path(for: key), encoding: .utf8),
              !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return text
    }

    public func save(_ text: String, for key: DraftKey) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try text.write(toFile: path(for: key), atomically: true, encoding: .utf8)
    }

    public func remove(_ key: DraftKey) {
        try? FileManager.default.removeItem(atPath: path(for: key))
    }
}
