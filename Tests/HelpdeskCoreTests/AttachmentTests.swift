import Foundation
import GRDB
import Testing
@testable import HelpdeskCore

/// Attachments of mailed-in requests: stored once per content, listed with their message,
/// read back only through their own ticket, erased with the requester, written out safely.
@Suite struct AttachmentTests {
    typealias Desk = MailIntakeTests.Desk

    /// A multipart mail from `from` carrying `files` (name, type, bytes) after a short text.
    static func mail(id: String, from: String = "Anna Huber <anna.huber@nordwind.example>", subject: String = "Rechnung",
                     files: [(name: String, type: String, data: [UInt8])]) -> [UInt8] {
        var lines = ["From: \(from)", "To: support@nordwind.example", "Subject: \(subject)", "Message-ID: <\(id)>",
                     "MIME-Version: 1.0", "Content-Type: multipart/mixed; boundary=\"b0\"", "", "--b0",
                     "Content-Type: text/plain; charset=utf-8", "", "Anbei die Dateien."]
        for file in files {
            lines += ["--b0", "Content-Type: \(file.type); name=\"\(file.name)\"", "Content-Disposition: attachment; filename=\"\(file.name)\"",
                      "Content-Transfer-Encoding: base64", "", Data(file.data).base64EncodedString()]
        }
        lines += ["--b0--", ""]
        return Array(lines.joined(separator: "\r\n").utf8)
    }

    static let pdf = Array("%PDF-1.4 a small invoice".utf8)

    func count(_ desk: Desk, _ table: String) throws -> Int {
        try desk.store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }

    @Test func filesAreListedWithTheirMessageAndStoredOncePerContent() throws {
        let desk = try Desk()
        let first = try desk.intake.receive(Self.mail(id: "a1@nordwind.example", files: [("Rechnung 2026.pdf", "application/pdf", Self.pdf),
                                                                                        ("log.txt", "text/plain", Array("line 1\n".utf8))])).ticketId
        let second = try desk.intake.receive(Self.mail(id: "a2@nordwind.example", subject: "Noch einmal",
                                                       files: [("copy.pdf", "application/pdf", Self.pdf)])).ticketId
        #expect(first != second)
        let detail = try desk.store.ticketDetail(id: first)
        let files = try #require(detail.messages.first?.attachments)
        #expect(files.map(\.fileName) == ["Rechnung 2026.pdf", "log.txt"])
        #expect(files.map(\.mediaType) == ["application/pdf", "text/plain"] && files[0].size == Int64(Self.pdf.count))
        #expect(files[0].summary == "Rechnung 2026.pdf  application/pdf · 24 B")
        #expect(try desk.store.attachments(ofTicket: first) == files)
        // The same PDF on two tickets: two entries, one blob.
        #expect(try count(desk, "attachments") == 3 && count(desk, "mail_blobs") == 2)
        #expect(try desk.store.attachmentData(files[0].id, ofTicket: first) == Data(Self.pdf))
        let copy = try #require(try desk.store.attachments(ofTicket: second).first)
        #expect(try desk.store.attachmentData(copy.id, ofTicket: second) == Data(Self.pdf))
    }

    @Test func aFileIsOnlyReadThroughItsOwnTicket() throws {
        let desk = try Desk()
        let first = try desk.intake.receive(Self.mail(id: "b1@nordwind.example", files: [("a.pdf", "application/pdf", Self.pdf)])).ticketId
        let other = try desk.intake.receive(MailIntakeTests.mail(id: "<b2@example.com>")).ticketId
        let file = try #require(try desk.store.attachments(ofTicket: first).first)
        #expect(throws: HelpdeskError.notFound("ticket \(other) has no attachment \(file.id) (see: helpdesk ticket attachment list \(other))")) {
            try desk.store.attachmentData(file.id, ofTicket: other)
        }
        #expect(throws: HelpdeskError.notFound("ticket 999 does not exist")) { try desk.store.attachments(ofTicket: 999) }
    }

    @Test func hostileNamesBecomeOneSafePathComponent() throws {
        let desk = try Desk()
        let id = try desk.intake.receive(Self.mail(id: "c1@nordwind.example", files: [
            ("../../etc/passwd", "text/plain", Array("x".utf8)),
            ("..\\..\\evil.bat", "application/octet-stream", [1]),
            ("\u{1B}[31mred\u{1B}[0m.txt", "text/plain", [2]),
            ("invoice\u{202E}fdp.exe", "application/octet-stream", [3]),
            ("...", "application/pdf", [4]),
        ])).ticketId
        let names = try desk.store.attachments(ofTicket: id).map(\.fileName)
        #expect(names == ["passwd", "evil.bat", "[31mred[0m.txt", "invoicefdp.exe", "attachment-5.pdf"])
        for name in names { #expect(!name.contains("/") && !name.hasPrefix(".") && !name.unicodeScalars.contains { Sanitizer.isControl($0) }) }
    }

    @Test func noMoreThanTheLimitOfFilesPerMailAreStoredOneByOne() throws {
        let desk = try Desk()
        let many = (0..<(AttachmentStore.maxFilesPerMessage + 5)).map { ("f\($0).bin", "application/octet-stream", [UInt8(truncatingIfNeeded: $0)]) }
        let id = try desk.intake.receive(Self.mail(id: "d1@nordwind.example", files: many)).ticketId
        #expect(try desk.store.attachments(ofTicket: id).count == AttachmentStore.maxFilesPerMessage)
    }

    @Test func erasingTheRequesterErasesTheirFilesButNotAFileSharedWithAnotherTicket() throws {
        let desk = try Desk()
        let secret = Array("Gehaltsabrechnung zorbifax".utf8)
        let own = try desk.intake.receive(Self.mail(id: "e1@nordwind.example", files: [("lohn.pdf", "application/pdf", secret),
                                                                                      ("shared.pdf", "application/pdf", Self.pdf)])).ticketId
        let other = try desk.intake.receive(Self.mail(id: "e2@example.com", from: "Eva <eva@example.com>", subject: "Auch",
                                                      files: [("shared.pdf", "application/pdf", Self.pdf),
                                                              ("Anna Huber CV.pdf", "application/pdf", [9])])).ticketId
        let admin = try #require(try desk.store.agent(login: "tester"))
        try RequesterErasure(store: desk.store, actor: admin).erase(.email("anna.huber@nordwind.example"), reason: "GDPR 2026-301")
        let erased = try desk.store.attachments(ofTicket: own)
        #expect(erased.map(\.fileName) == ["[redacted]", "[redacted]"] && erased.allSatisfy(\.isErased))
        #expect(erased[0].summary == "[redacted]  (erased)")
        #expect(throws: HelpdeskError.notFound("attachment \(erased[0].id) of ticket \(own) was erased")) {
            try desk.store.attachmentData(erased[0].id, ofTicket: own)
        }
        // Eva's copy of the shared file stays; a file name that names Anna does not.
        let kept = try desk.store.attachments(ofTicket: other)
        #expect(kept.map(\.fileName) == ["shared.pdf", "[redacted]"] && !kept[0].isErased)
        #expect(try desk.store.attachmentData(kept[0].id, ofTicket: other) == Data(Self.pdf))
        #expect(try count(desk, "mail_blobs") == 2)
        try desk.store.close()
        var bytes = try Data(contentsOf: URL(fileURLWithPath: desk.store.path))
        if let wal = try? Data(contentsOf: URL(fileURLWithPath: desk.store.path + "-wal")) { bytes += wal }
        #expect(!String(decoding: bytes, as: UTF8.self).contains("zorbifax"))
    }

    @Test func theRequesterExportCarriesTheirFiles() throws {
        let desk = try Desk()
        _ = try desk.intake.receive(Self.mail(id: "f1@nordwind.example", files: [("a.pdf", "application/pdf", Self.pdf)]))
        let admin = try #require(try desk.store.agent(login: "tester"))
        let export = try RequesterExport.collect(.email("anna.huber@nordwind.example"), store: desk.store, actor: admin)
        let file = try #require(export.tickets.first?.messages.first?.attachments.first)
        #expect(file.fileName == "a.pdf" && file.mediaType == "application/pdf" && file.size == Int64(Self.pdf.count))
        #expect(file.contentBase64.flatMap { Data(base64Encoded: $0) } == Data(Self.pdf))
    }

    @Test func privateFilesAreNewOwnerOnlyAndNeverFollowALink() throws {
        let folder = TemporaryFolder()
        let data = Data("hello".utf8)
        let written = try PrivateFile.create(data, at: folder.url.path, fileName: "a.txt")
        #expect(written == folder.path("a.txt"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: written)) == data)
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: written)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        #expect(throws: HelpdeskError.invalidInput("cannot write \(written): it already exists (nothing was overwritten)")) {
            try PrivateFile.create(data, at: written, fileName: "a.txt")
        }
        let link = folder.path("link.txt")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.path("target.txt"))
        #expect(throws: HelpdeskError.self) { try PrivateFile.create(data, at: link, fileName: "x") }
        #expect(!FileManager.default.fileExists(atPath: folder.path("target.txt")))
        let copy = try PrivateFile.temporaryCopy(data, fileName: "b.txt")
        let parent = (copy as NSString).deletingLastPathComponent
        #expect(try FileManager.default.attributesOfItem(atPath: parent)[.posixPermissions] as? Int == 0o700)
        PrivateFile.removeCopy(copy)
        #expect(!FileManager.default.fileExists(atPath: parent))
    }

    @Test func textForAPagerHasNoEscapeSequences() {
        let text = StoredAttachment.text(of: Data("ok\u{1B}]52;c;aGk=\u{07}\u{1B}[2Jend\n\u{FF}".utf8) + Data([0xFF]))
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
        #expect(text.hasPrefix("ok") && text.contains("end"))
    }

    @Test func sizesReadAsPeopleWriteThem() {
        #expect(ByteCount.text(0) == "0 B" && ByteCount.text(1023) == "1023 B" && ByteCount.text(1024) == "1 KB")
        #expect(ByteCount.text(812 * 1024) == "812 KB" && ByteCount.text(9_122_611) == "8.7 MB" && ByteCount.text(1_288_490_189) == "1.2 GB")
    }
}
