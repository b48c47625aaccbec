import ArgumentParser
import Foundation
import HelpdeskCore

/// `helpdesk ticket attachment list|save`: the files that came with a ticket's mails. Saving
/// writes a new file only, mode 0600 (PrivateFile); nothing is ever opened or run.
struct TicketAttachmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attachment", abstract: "List and save the files that came with a ticket.",
        subcommands: [List.self, Save.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List a ticket's files with their numbers.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Ticket number.") var ticket: Int64
        @Flag(help: "JSON output.") var json = false

        func run() throws {
            let files = try global.openStore(.reading).attachments(ofTicket: ticket)
            if json {
                try Output.json(files.map(AttachmentJSON.init))
                return
            }
            guard !files.isEmpty else {
                print("Ticket #\(ticket) has no attachments.")
                return
            }
            Output.table(headers: ["ID", "SIZE", "TYPE", "NAME"], rows: files.map { file in
                [String(file.id), file.isErased ? "-" : ByteCount.text(file.size), file.mediaType,
                 file.fileName + (file.isErased ? " (erased)" : file.isInline ? " (inline)" : "")]
            })
        }
    }

    struct Save: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "save", abstract: "Save one file of a ticket (a new file, never over an existing one; mode 0600).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Ticket number.") var ticket: Int64
        @Argument(help: "The file's number (see: helpdesk ticket attachment list TICKET).") var id: Int64
        @Option(name: [.short, .long], help: "Where to write it: a new file, a folder, or - for standard output (default: the file's name in the current folder).")
        var output: String?

        func run() throws {
            let store = try global.openStore(.reading)
            guard let file = try store.attachments(ofTicket: ticket).first(where: { $0.id == id }) else {
                throw CLIError("ticket \(ticket) has no attachment \(id) (see: helpdesk ticket attachment list \(ticket))")
            }
            let data = try store.attachmentData(id, ofTicket: ticket)
            if output == "-" {
                // To a pipe the bytes as they are; to a terminal only text, sanitised like every text shown.
                guard isatty(STDOUT_FILENO) != 0 else { FileHandle.standardOutput.write(data); return }
                guard file.isPlainText else {
                    throw CLIError("\(Sanitizer.line(file.fileName)) is \(file.mediaType), not text: redirect it to a file (> FILE) or use -o FILE")
                }
                print(StoredAttachment.text(of: data))
                return
            }
            let path = try PrivateFile.create(data, at: output ?? file.fileName, fileName: file.fileName)
            print("Saved \(Sanitizer.line(path)) (\(ByteCount.text(file.size)), \(file.mediaType))")
        }
    }
}
