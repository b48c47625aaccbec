import Foundation
import HelpdeskCore

// The composition root. First the gate (a setgid install run by someone outside the team's
// group: self-service only, in a sanitised environment), then parse the command line and run
// the command (no subcommand opens the TUI).
do {
    try ProcessGate.enter(arguments: CommandLine.arguments)
} catch {
    FileHandle.standardError.write(Data("helpdesk: error: \(error.message)\n".utf8))
    exit(1)
}
HelpdeskCommand.runMain()
