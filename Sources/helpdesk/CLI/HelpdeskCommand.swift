import ArgumentParser
import Foundation
import HelpdeskCore

/// `helpdesk` — with no subcommand it opens the terminal UI.
struct HelpdeskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helpdesk",
        abstract: "A terminal helpdesk for support teams.",
        discussion: """
            Without a subcommand, opens the terminal UI on the database.
            The database is --db PATH, else $HELPDESK_DB, else $XDG_DATA_HOME/helpdesk/helpdesk.sqlite.
            """,
        version: Version.text,
        subcommands: [InitCommand.self, DemoCommand.self, TicketCommand.self, ViewCommand.self, KBCommand.self, AskCommand.self, RequestCommand.self,
                      UndoCommand.self, RequesterCommand.self, OrganizationCommand.self, AgentCommand.self, MacroCommand.self,
                      SLACommand.self, MailCommand.self, RetentionCommand.self, CheckCommand.self, BackupCommand.self, RestoreCommand.self, DebugCommand.self])

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: "Colour theme (default, light, high-contrast, monochrome, or a file name in the themes folder).")
    var theme: String?
    @Flag(name: .long, help: "Draw the first frame, then exit (for start-up measurements).")
    var exitAfterFirstFrame = false
    @Flag(name: .long, help: "Watch only: nothing can be changed (for wallboards).")
    var readOnly = false

    func run() throws {
        try TUILauncher(databasePath: global.path(), themeName: theme, exitAfterFirstFrame: exitAfterFirstFrame, readOnly: readOnly).run()
    }

    /// Runs the command line and turns every failure into one line on stderr and a non-zero exit.
    static func runMain() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as HelpdeskError {
            fail(error.description)
        } catch let error as QueryError {
            fail(error.description)
        } catch let error as CLIError {
            fail(error.description)
        } catch let error as ConfigFileError {
            fail(error.description)
        } catch let exit as ExitCode {
            // A command that has said everything and only sets the status (sla check: 2 = breaches found).
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(Sanitizer.multiline(fullMessage(for: error)))
                Foundation.exit(0)
            }
            let message = message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            // The parser quotes what was typed ("Unknown option '…'"): sanitised like every error.
            FileHandle.standardError.write(Data("helpdesk: error: \(Sanitizer.line(message)) (see helpdesk --help)\n".utf8))
            Foundation.exit(code.rawValue == 0 ? 1 : code.rawValue)
        }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("helpdesk: error: \(Sanitizer.line(message))\n".utf8))
        Foundation.exit(1)
    }
}

/// A command-line mistake found outside the store (a file that cannot be read, a bad flag value).
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
