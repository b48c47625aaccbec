import ArgumentParser
import Foundation
import HelpdeskCore

/// `helpdesk backup DEST [--keep N]` (DatabaseBackup): one line, or --json.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backup",
        abstract: "Take a checked copy of the database while everyone keeps working (admins and root).",
        discussion: """
            DEST is a file (a new one, or an earlier backup, which is replaced) or an existing folder, where the copy \
            is named helpdesk-YYYYMMDD-HHMMSS.sqlite (UTC). The copy is written beside DEST, checked as \
            helpdesk check --thorough checks, given the database's group and mode, and only then renamed to DEST: \
            DEST never holds a half-written or unchecked copy. --keep N then removes the oldest backups of that \
            name pattern beyond N in the folder (nothing else). Prints the path, size, tickets and seconds.
            """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("A file, or an existing folder.", valueName: "dest")) var destination: String
    @Option(help: "In a folder: keep the newest N backups, remove older ones (1-10000).") var keep: Int?
    @Flag(help: "JSON output: {\"path\", \"bytes\", \"tickets\", \"seconds\", \"removed\"}.") var json = false

    func run() throws {
        let target = try DatabaseBackup.Destination(destination, keep: keep, at: Date())
        let store = try global.openStore(at: global.path(), .reading)
        let report = try DatabaseBackup.take(from: store, to: target, keep: keep, user: .current())
        if json { return try Output.json(BackupJSON(report)) }
        let removed = report.removed.isEmpty ? "" : ", removed \(report.removed.count) older backup\(report.removed.count == 1 ? "" : "s")"
        print("\(Sanitizer.line(report.path)): \(ByteCount.text(report.bytes)), \(report.tickets) tickets, "
              + String(format: "%.2f s", report.seconds) + removed)
    }
}
