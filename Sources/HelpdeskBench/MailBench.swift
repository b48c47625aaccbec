import Foundation

/// Mail figures, whole process as an MTA or a timer runs them: `helpdesk mail fetch` of a
/// Maildir of generated messages into a fresh database (new requests with acknowledgements,
/// tagged replies, quoted history, a few with attachments), then `helpdesk mail send` of the
/// outbox through a stand-in sendmail that only reads the message.
struct MailBench {
    let helpdesk: String
    let folder: String
    let environment: [String: String]
    let messages: Int

    static let intakeTarget = 500.0

    func run(log: (String) -> Void) throws -> [Figure] {
        let root = folder + "/mail"
        try? FileManager.default.removeItem(atPath: root)
        let maildir = root + "/Maildir", database = root + "/helpdesk.sqlite", sendmail = root + "/sendmail"
        for sub in ["new", "cur", "tmp"] { try FileManager.default.createDirectory(atPath: maildir + "/" + sub, withIntermediateDirectories: true) }
        log("  mail: writing \(messages) messages")
        for number in 0..<messages {
            try Data(Self.message(number)).write(to: URL(fileURLWithPath: "\(maildir)/new/\(1_800_000_000 + number).M\(number)P1.bench"))
        }
        try "#!/bin/sh\ncat > /dev/null\n".write(toFile: sendmail, atomically: true, encoding: .utf8)
        chmod(sendmail, 0o755)
        try helpdeskRun(["init", "--db", database])
        try helpdeskRun(["mail", "settings", "--db", database, "--from", "support@bench.example", "--sendmail", sendmail + " -t -oi"])

        log("  mail: fetch")
        let fetchStart = nowMilliseconds()
        try helpdeskRun(["mail", "fetch", "--maildir", maildir, "--db", database])
        let fetchSeconds = (nowMilliseconds() - fetchStart) / 1000
        let stored = (try? FileManager.default.contentsOfDirectory(atPath: maildir + "/cur").count) ?? 0
        guard stored == messages else { throw BenchError("mail fetch moved \(stored) of \(messages) messages to cur/") }
        let perSecond = Double(messages) / fetchSeconds

        log("  mail: send")
        var sent = 0
        let sendStart = nowMilliseconds()
        for _ in 0..<5 {
            let output = try helpdeskRun(["mail", "send", "--db", database])
            sent += Int(output.split(separator: " ").first ?? "0") ?? 0
        }
        let sendSeconds = (nowMilliseconds() - sendStart) / 1000
        return [
            Figure(tickets: messages, group: "mail", name: "mail fetch: Maildir of \(messages) → tickets, replies, acknowledgements",
                   unit: "messages/s", value: perSecond, target: "≥ \(Int(Self.intakeTarget)) messages/s",
                   verdict: Targets.verdict(perSecond >= Self.intakeTarget), note: "\(formatNumber(fetchSeconds)) s, whole process"),
            Figure(tickets: messages, group: "mail", name: "mail send: outbox → sendmail (a stand-in that reads it), 5 runs",
                   unit: "mails/s", value: Double(sent) / sendSeconds, note: "\(sent) mails in \(formatNumber(sendSeconds)) s; one sendmail process each"),
        ]
    }

    /// Seven in ten start a ticket (each from its own address: each is acknowledged), three
    /// answer an earlier one by its tag with the history quoted; one in fifty carries a file.
    static func message(_ number: Int) -> [UInt8] {
        let isReply = number % 10 >= 7 && number > 10
        let subject = isReply ? "Re: [Helpdesk #\(number / 2)] Drucker im \(number % 5). OG" : "Drucker im \(number % 5). OG zieht kein Papier ein (\(number))"
        var lines = ["From: Requester \(number) <r\(number)@clients.example>", "To: support@bench.example", "Subject: \(subject)",
                     "Message-ID: <bench-\(number)@clients.example>", "Date: Thu, 03 Dec 2026 10:00:00 +0100", "MIME-Version: 1.0"]
        let text = "Guten Tag,\n\nseit heute früh zieht der Drucker kein Papier mehr ein. Neustart hilft nicht.\n\nGrüße\nRequester \(number)\n"
            + (isReply ? "\nAm 02.12.2026 schrieb Support:\n> Bitte prüfen Sie das Fach.\n> Danke.\n" : "")
        if number % 50 == 0 {
            lines += ["Content-Type: multipart/mixed; boundary=\"b\(number)\"", "", "--b\(number)", "Content-Type: text/plain; charset=utf-8", "",
                      text, "--b\(number)", "Content-Type: application/pdf; name=\"scan.pdf\"", "Content-Transfer-Encoding: base64", "",
                      Data(repeating: UInt8(number % 251), count: 6_000).base64EncodedString(options: .lineLength76Characters), "--b\(number)--"]
        } else {
            lines += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", text]
        }
        return Array(lines.joined(separator: "\n").utf8)
    }

    @discardableResult
    private func helpdeskRun(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: helpdesk)
        process.arguments = arguments
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // mail send exits 75 when some failed: still a figure, not an error.
        guard process.terminationStatus == 0 || (arguments.prefix(2) == ["mail", "send"] && process.terminationStatus == 75) else {
            throw BenchError("helpdesk \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
