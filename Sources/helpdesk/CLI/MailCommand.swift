import ArgumentParser
import Foundation
import HelpdeskCore

/// `helpdesk mail receive|fetch|import|settings`: requests by e-mail (MailIntake in the core).
/// Intake needs write access to the database (the team's group), not an agent account: it runs
/// as the MTA's pipe, a .forward, procmail or fetchmail.
struct MailCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mail", abstract: "Requests by e-mail: take in mail (MTA, Maildir, mbox), send the replies.",
        subcommands: [Receive.self, Fetch.self, Import.self, Send.self, Settings.self, Block.self, Unblock.self, Blocks.self,
                      Template.self, Signature.self])

    /// sysexits(3), so that an MTA retries or bounces as it should.
    enum Exit {
        static let dataError: Int32 = 65
        static let temporaryFailure: Int32 = 75
    }

    /// Runs `body`; a refusal exits 65 and anything else 75 (the message is not lost: the sender
    /// tries again), each with one line on stderr.
    static func forMTA(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let refusal as MailRefusal {
            FileHandle.standardError.write(Data("helpdesk: refused: \(Sanitizer.line(refusal.reason))\n".utf8))
            throw ExitCode(Exit.dataError)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            FileHandle.standardError.write(Data("helpdesk: not stored, try again later: \(Sanitizer.line("\(error)"))\n".utf8))
            throw ExitCode(Exit.temporaryFailure)
        }
    }

    static func intake(_ global: GlobalOptions) throws -> MailIntake {
        MailIntake(store: try global.openStore(at: global.path(), .writing))
    }

    struct Receive: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "receive",
            abstract: "Store one message read on standard input (for an MTA alias, .forward or procmail).",
            discussion: "Exit status: 0 stored (or already stored), 65 refused on purpose (the MTA bounces it), 75 try again later.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try MailCommand.forMTA {
                let raw = FileHandle.standardInput.readDataToEndOfFile()
                print("helpdesk: \(try MailCommand.intake(global).receive([UInt8](raw)).summary)")
            }
        }
    }

    struct Fetch: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fetch", abstract: "Store the new messages of a Maildir, moving each to cur/ once its ticket is committed.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The Maildir (with new/, cur/ and tmp/).") var maildir: String

        func run() throws {
            try MailCommand.forMTA {
                let intake = try MailCommand.intake(global)
                let progress = ProgressReporter(label: "messages")
                let run = try Maildir(path: maildir).fetch(into: intake) { progress.report(done: $0, total: $1) }
                progress.finish()
                MailCommand.report(run.outcomes, refused: run.refused.map { "\($0.name): \($0.reason)" })
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Store messages from .eml files or an mbox (migrations); already stored ones are skipped.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "An mbox file.") var mbox: String?
        @Argument(help: "Message files (.eml).") var files: [String] = []

        func run() throws {
            guard (mbox == nil) != files.isEmpty else { throw CLIError("give either --mbox FILE or message files, not both") }
            var messages: [(String, [UInt8])] = []
            if let mbox {
                guard let data = FileManager.default.contents(atPath: mbox) else { throw CLIError("cannot read \(mbox)") }
                messages = Mbox.messages([UInt8](data)).enumerated().map { ("\(mbox) #\($0.offset + 1)", $0.element) }
            } else {
                for file in files {
                    guard let data = FileManager.default.contents(atPath: file) else { throw CLIError("cannot read \(file)") }
                    messages.append((file, [UInt8](data)))
                }
            }
            let intake = try MailCommand.intake(global)
            let progress = ProgressReporter(label: "messages")
            var outcomes: [IntakeOutcome] = [], refused: [String] = []
            for (index, (name, raw)) in messages.enumerated() {
                do {
                    outcomes.append(try intake.receive(raw))
                } catch let refusal as MailRefusal {
                    refused.append("\(name): \(refusal.reason)")
                }
                progress.report(done: index + 1, total: messages.count)
            }
            progress.finish()
            MailCommand.report(outcomes, refused: refused)
        }
    }

    static func report(_ outcomes: [IntakeOutcome], refused: [String]) {
        func count(_ test: (IntakeOutcome) -> Bool) -> Int { outcomes.filter(test).count }
        let created = count { if case .created = $0 { true } else { false } }
        let added = count { if case .added = $0 { true } else { false } }
        let followUps = count { if case .followUp = $0 { true } else { false } }
        let duplicates = count { if case .duplicate = $0 { true } else { false } }
        let bounces = count { if case .bounced = $0 { true } else if case .unmatchedBounce = $0 { true } else { false } }
        for line in refused { FileHandle.standardError.write(Data("helpdesk: refused \(Sanitizer.line(line))\n".utf8)) }
        print("\(created) new tickets, \(added) replies added, \(followUps) follow-ups, \(duplicates) already stored, \(bounces) bounces, \(refused.count) refused")
    }

    struct Send: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "send", abstract: "Send the replies waiting in the outbox, retrying failed ones (from a timer).",
            discussion: "Exit status 0 when everything due was sent, 75 when some failed (they are retried with backoff).")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let report = try MailSender(store: try global.openStore(at: global.path(), .writing)).sendDue()
            for failure in report.failed {
                FileHandle.standardError.write(Data("helpdesk: #\(failure.ticketId) not sent: \(Sanitizer.line(failure.reason))\n".utf8))
            }
            print("\(report.sent.count) sent, \(report.failed.count) failed")
            if !report.failed.isEmpty { throw ExitCode(Exit.temporaryFailure) }
        }
    }

    struct Settings: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "settings", abstract: "Show, or change (admins), the mail settings.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The word in the subject tag, [PREFIX #1042].") var tagPrefix: String?
        @Option(help: "The largest message taken in, in bytes (larger ones are refused).") var maxSize: Int?
        @Option(help: "The support address replies come from.") var from: String?
        @Option(help: "The name in From: of replies.") var fromName: String?
        @Option(help: "How mail leaves (default /usr/sbin/sendmail -t -oi).") var sendmail: String?
        @Option(help: "Tier 1's own support address (\"\" for none).") var tier1Address: String?
        @Option(help: "Tier 2's own support address (\"\" for none).") var tier2Address: String?
        @Option(help: "Tier 3's own support address (\"\" for none).") var tier3Address: String?
        @Option(help: "Acknowledge new mailed requests: on or off.") var acknowledge: String?

        func run() throws {
            let tiers = [tier1Address, tier2Address, tier3Address]
            let changes = tagPrefix != nil || maxSize != nil || from != nil || fromName != nil || sendmail != nil || acknowledge != nil
                || tiers.contains(where: { $0 != nil })
            let store = try global.openStore(changes ? .writing : .reading)
            var settings = try store.mailSettings()
            if changes {
                if let acknowledge {
                    guard ["on", "off"].contains(acknowledge) else { throw CLIError("--acknowledge is on or off, not '\(Sanitizer.line(acknowledge))'") }
                    settings.acknowledge = acknowledge == "on"
                }
                for (index, address) in tiers.enumerated() where address != nil {
                    settings.tierAddresses[index] = address!.isEmpty ? nil : address
                }
                settings.tagPrefix = tagPrefix ?? settings.tagPrefix
                settings.maxMessageBytes = maxSize ?? settings.maxMessageBytes
                settings.fromAddress = from ?? settings.fromAddress
                settings.fromName = fromName ?? settings.fromName
                settings.sendmail = sendmail ?? settings.sendmail
                try store.saveMailSettings(settings, actor: try Permissions.reader(.current(), in: store))
                settings = try store.mailSettings()
            }
            print("Subject tag: \(TicketTag.format(1042, prefix: settings.tagPrefix)) · messages up to \(settings.maxMessageBytes) bytes")
            print("Replies from: \(Sanitizer.line(settings.fromName)) <\(settings.fromAddress)> · sent with \(Sanitizer.line(settings.sendmail))")
            for (index, address) in settings.tierAddresses.enumerated() {
                if let address { print("Tier \(index + 1): \(address) (new mail to it starts in tier \(index + 1); answered from it)") }
            }
            print("Acknowledgements of new requests: \(settings.acknowledge ? "on" : "off")")
        }
    }
}
