import ArgumentParser
import Foundation
import HelpdeskCore

/// `helpdesk restore SRC [--force]` (DatabaseRestore) into the database (`--db`).
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "restore",
        abstract: "Put a backup in the database's place (admins and root; nobody may have the database open).",
        discussion: """
            SRC must be a helpdesk database of this version or an older one, and passes the checks of \
            helpdesk check --thorough first. A database already at --db is replaced only with --force, and only while no \
            other process has it open (close every TUI and stop the timers first); it is replaced in one step, keeping \
            its owner, group and mode. Any refusal leaves everything as it was.
            """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The backup to restore.", valueName: "src")) var source: String
    @Flag(help: "Replace the database that is there (what it holds now is lost).") var force = false
    @Flag(help: "JSON output: {\"source\", \"target\", \"bytes\", \"tickets\", \"seconds\", \"replaced\"}.") var json = false

    func run() throws {
        let report = try DatabaseRestore.restore(from: source, to: global.path(), force: force, user: .current())
        if json { return try Output.json(RestoreJSON(report)) }
        print("Restored \(Sanitizer.line(report.target)) from \(Sanitizer.line(report.source)): \(ByteCount.text(report.bytes)), "
              + "\(report.tickets) tickets, " + String(format: "%.2f s", report.seconds))
    }
}
