import Foundation
import GRDB
import Testing
@testable import HelpdeskCore

/// Files an agent attaches: stored with the reply or note of the same change, refused alone, and
/// a reply's mail carries them as multipart/mixed that reads back to the same files.
@Suite struct ReplyAttachmentTests {
    typealias Desk = MailSenderTests.Desk

    static let pdf = NewAttachment(fileName: "Anleitung Drucker.pdf", data: Array("%PDF-1.4 ".utf8) + (0..<3000).map { UInt8($0 % 251) })

    @Test func aReplysFilesGoOutWithItsMailAndReadBackTheSame() throws {
        let desk = try Desk()
        let umlaut = NewAttachment(fileName: "Übersicht März.txt", data: Array("Zeile eins\nZeile zwei\n".utf8))
        try desk.agent.perform([.reply("Anbei die Anleitung."), .attach(Self.pdf), .attach(umlaut)], on: desk.ticket)
        let reply = try #require(try desk.store.ticketDetail(id: desk.ticket).messages.last)
        #expect(reply.attachments.map(\.fileName) == ["Anleitung Drucker.pdf", "Übersicht März.txt"])
        #expect(reply.attachments.map(\.mediaType) == ["application/pdf", "text/plain"])
        #expect(try desk.store.ticketDetail(id: desk.ticket).events.contains { $0.action == "attach" && $0.newValue == "Anleitung Drucker.pdf (3 KB)" })

        #expect(try MailSender(store: desk.store).sendDue().sent == [desk.ticket])
        let mail = try #require(try desk.sent().first)
        #expect(mail.bodyText.hasPrefix("Anbei die Anleitung."))
        #expect(mail.attachments.map(\.fileName) == ["Anleitung Drucker.pdf", "Übersicht März.txt"])
        #expect(mail.attachments.map(\.data) == [Self.pdf.data, umlaut.data])
        #expect(mail.attachments.map(\.mediaType) == ["application/pdf", "text/plain"])
        let raw = try #require(try FileManager.default.contentsOfDirectory(atPath: desk.outbox).first)
        let text = try String(contentsOfFile: desk.outbox + "/" + raw, encoding: .utf8)
        #expect(text.contains("filename*=utf-8''%C3%9Cbersicht%20M%C3%A4rz.txt"))
        #expect(text.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 998 }, "no line longer than RFC 5322 allows")
    }

    @Test func aFileWithoutAReplyOrNoteIsRefusedAndChangesNothing() throws {
        let desk = try Desk()
        let before = try desk.store.ticketDetail(id: desk.ticket)
        #expect(throws: HelpdeskError.invalidInput("a file goes with a reply or a note: write one in the same change — nothing was changed")) {
            try desk.agent.perform([.attach(Self.pdf)], on: desk.ticket)
        }
        #expect(try desk.store.ticketDetail(id: desk.ticket) == before)
    }

    @Test func aNotesFileStaysInside() throws {
        let desk = try Desk()
        try desk.agent.perform([.note("Screenshot vom Techniker"), .attach(Self.pdf)], on: desk.ticket)
        #expect(try desk.store.ticketDetail(id: desk.ticket).messages.last?.attachments.count == 1)
        #expect(try MailSender(store: desk.store).sendDue() == MailSender.Report())
        #expect(try desk.sent().isEmpty)
    }

    @Test func filesAreCheckedBeforeAnythingIsStored() throws {
        let folder = TemporaryFolder()
        #expect(throws: HelpdeskError.invalidInput("cannot read \(folder.path("none.pdf")): no such file")) {
            try NewAttachment.read(path: folder.path("none.pdf"))
        }
        #expect(throws: HelpdeskError.invalidInput("\(folder.url.path) is a folder: attach files one by one")) {
            try NewAttachment.read(path: folder.url.path)
        }
        FileManager.default.createFile(atPath: folder.path("empty.txt"), contents: Data())
        #expect(throws: HelpdeskError.invalidInput("empty.txt is empty: nothing to attach")) { try NewAttachment.read(path: folder.path("empty.txt")) }
        let big = folder.path("big.bin")
        FileManager.default.createFile(atPath: big, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: big))
        try handle.truncate(atOffset: UInt64(InputLimits.attachmentBytes + 1))
        try handle.close()
        #expect(throws: HelpdeskError.invalidInput("big.bin is larger than 15 MB, too large to mail: share a link instead")) {
            try NewAttachment.read(path: big)
        }
        FileManager.default.createFile(atPath: folder.path("a.log"), contents: Data("x".utf8))
        let read = try NewAttachment.read(path: folder.path("a.log"))
        #expect(read.fileName == "a.log" && read.mediaType == "text/plain" && read.data == [UInt8(ascii: "x")])
        #expect(NewAttachment(fileName: "../x\u{202E}.pdf", data: [1]).fileName == "x.pdf")
    }
}
