import HelpdeskCore
import HelpdeskUI

/// A mail as it arrives (raw bytes, any of them): `MailMessage.parse` returns, the same way every
/// time; every attachment's name is one safe path component; splitting off the quoted text
/// loses none of the new text; the message in the detail pane, drawn, keeps the screen grid.
/// (A parse that takes seconds is libFuzzer's `-timeout`.)
enum MailHarness {
    static func run(_ bytes: [UInt8]) throws(FuzzFailure) {
        let mail = MailMessage.parse(bytes)
        let again = MailMessage.parse(bytes)
        try FuzzFailure.check(mail.subject == again.subject && mail.bodyText == again.bodyText && mail.attachments == again.attachments,
                              "parsing the same bytes twice gave different mails")
        for file in mail.attachments {
            let name = file.fileName
            try FuzzFailure.check(!name.isEmpty && !name.contains("/") && !name.contains("\\") && !name.hasPrefix(".") && name != "..",
                                  "an unsafe file name \(name.debugDescription)")
            try FuzzFailure.check(name.utf8.count <= 255, "a file name of \(name.utf8.count) bytes")
            try ScreenChecks.checkSafe(name, "file name")
        }
        let split = QuotedText.split(mail.bodyText)
        let newText = split.new.trimmingCharacters(in: .whitespacesAndNewlines)
        try FuzzFailure.check(newText.isEmpty || mail.bodyText.contains(newText),
                              "the new text \(split.new.debugDescription) is not part of the body")

        let ticket = Ticket(id: 1, subject: mail.subject ?? "", channel: .email, requesterId: 1, createdAt: 0, updatedAt: 0, firstResponseDue: 60, resolutionDue: 120)
        let files = mail.attachments.enumerated().map { index, file in
            StoredAttachment(id: Int64(index + 1), ticketId: 1, messageRowId: 1, fileName: file.fileName, mediaType: file.mediaType,
                             size: Int64(file.size), isInline: file.isInline)
        }
        let entry = TicketDetail.ThreadEntry(message: Message(id: 1, ticketId: 1, authorRequesterId: 1, isInternal: false, body: mail.bodyText, createdAt: 0),
                                             authorName: mail.from?.name ?? "?", authorIsAgent: false, attachments: files)
        let detail = TicketDetail(ticket: ticket, requester: Requester(id: 1, name: mail.from?.name ?? "?", email: mail.from?.address ?? "?"),
                                  organization: nil, assignee: nil, tags: [], messages: [entry], events: [])
        let width = 60
        let lines = DetailLines.lines(detail, width: width, now: 0)
        let theme = Theme(name: "fuzz", styles: [:])
        var buffer = Buffer(size: Size(width: width, height: min(lines.count, 200)))
        for (y, line) in lines.prefix(buffer.height).enumerated() {
            line.draw(in: &buffer, x: 0, y: y, width: width, theme: theme)
        }
        try ScreenChecks.checkGrid(buffer, "the mail in the detail pane")
    }
}
