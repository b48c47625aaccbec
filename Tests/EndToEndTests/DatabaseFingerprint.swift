import Foundation

/// What a database folder holds, to prove that a failed command changed nothing: the names of
/// the files next to the database (a left-over `-wal` counts), and the database's bytes.
///
/// GRDB creates and drops a table whenever it opens a database without a WAL file (GRDB issue
/// #102), which bumps SQLite's header counters even for reads, and the first time leaves one
/// free page behind. So a fingerprint zeroes those counters, and the database should be opened
/// once (`warmUp`) before the "before" fingerprint is taken. Any real write changes pages.
struct DatabaseFingerprint: Equatable, CustomStringConvertible {
    var files: [String]
    var size: Int
    var bytes: Data

    init(path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
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

    /// Opens the database once with a read-only command, so that later opens change no pages.
    static func warmUp(_ path: String, in sandbox: Sandbox) async throws {
        let result = try await sandbox.helpdesk(["agent", "list", "--db", path])
        guard result.status == 0 else { throw Sandbox.CommandFailed(description: "warm-up failed: \(result.summary)") }
    }
}
