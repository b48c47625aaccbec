import Foundation

/// What a database folder holds, to prove that a failed command changed nothing: the names of
/// the files next to the database (a left-over `-wal` with frames counts), and the database's bytes.
///
/// GRDB creates and drops a table whenever a writing command opens a database without a WAL
/// file (GRDB issue #102; reading commands open it read-only and change nothing), which bumps
/// SQLite's header counters, and the first time leaves one free page behind. So a fingerprint
/// zeroes those counters, and the database should be opened once by a writing command (`warmUp`)
/// before the "before" fingerprint is taken. Any real write changes pages.
struct DatabaseFingerprint: Equatable, CustomStringConvertible {
    var files: [String]
    var size: Int
    var bytes: Data

    init(path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        // The shared-memory index and an empty WAL hold no data (a reading command leaves them
        // behind when it was the only process), a WAL with frames does.
        files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { name in
            let file = (folder as NSString).appendingPathComponent(name)
            if file == path + "-shm" { return false }
            if file == path + "-wal" { return ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int ?? 0) > 0 }
            return true
        }.sorted()
        var data = FileManager.default.contents(atPath: path) ?? Data()
        if data.count >= 100 {
            // File change counter, schema cookie, version-valid-for and the SQLite version.
            for range in [24..<28, 40..<44, 92..<100] {
                data.replaceSubrange(range, with: Data(count: range.count))
            }
        }
        size = data.count
        bytes = data
    }

    var description: String { "files \(files), \(size) bytes" }

    /// Opens the database once for writing (a setting set to the value it has), so that later
    /// opens change no pages.
    static func warmUp(_ path: String, in sandbox: Sandbox) async throws {
        let result = try await sandbox.helpdesk(["mail", "settings", "--acknowledge", "on", "--db", path])
        guard result.status == 0 else { throw Sandbox.CommandFailed(description: "warm-up failed: \(result.summary)") }
    }
}
