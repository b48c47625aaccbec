import Foundation
import Testing
@testable import HelpdeskCore

/// Reads a message from Tests/Fixtures/mail (inside the repository, nowhere else).
enum MailFixture {
    static var folder: URL { Fixture.repositoryRoot.appendingPathComponent("Tests/Fixtures/mail") }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func message(_ name: String) throws -> MailMessage {
        MailMessage.parse(try bytes(name))
    }

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".eml") }.sorted()
    }
}

/// MailMessage: header fields, addresses, ids, dates, encoded words and charsets.
@Suite struct MailMessageTests {
    @Test func theCorpusIsThere() throws {
        #expect(MailFixture.names.count >= 25)
        // The line ends are part of what is tested: CRLF fixtures must still have them.
        #expect(try MailFixture.bytes("plain-utf8.eml").contains(0x0D))
        #expect(try MailFixture.bytes("alternative-crlf.eml").contains(0x0D))
        #expect(try !MailFixture.bytes("lf-only.eml").contains(0x0D))
    }

    @Test func plainUTF8WithCRLF() throws {
        let mail = try MailFixture.message("plain-utf8.eml")
        #expect(mail.subject == "Drucker im 2. Stock druckt nicht")
        #expect(mail.from == MailAddress(name: "Anna Huber", address: "anna.huber@nordwind.example"))
        #expect(mail.to == [MailAddress(name: nil, address: "helpdesk@example.org")])
        #expect(mail.cc == [MailAddress(name: "Huber, Max", address: "max.huber@nordwind.example")])
        #expect(mail.messageID == "plain-1@nordwind.example")
        #expect(mail.date == 1_796_285_700)  // 2026-12-03 08:15:00 UTC
        #expect(mail.root.mediaType == "text/plain")
        #expect(mail.bodyText == "Hallo,\n\nder Drucker im 2. Stock zeigt „Papierstau“, obwohl kein Papier klemmt.\n\nGrüße\nAnna\n")
        #expect(mail.attachments.isEmpty)
        #expect(!mail.isAutomated)
    }

    @Test func headersAreOrderedCaseInsensitiveRawAndDecoded() throws {
        let mail = try MailFixture.message("plain-utf8.eml")
        #expect(mail.headers.fields.first?.name == "Return-Path")
        #expect(mail.headers["content-TYPE"] == "text/plain; charset=\"utf-8\"")
        #expect(mail.headers["received"] == "from mx.nordwind.example (mx.nordwind.example [192.0.2.10])\tby mail.example.org with ESMTP id 4711\tfor <helpdesk@example.org>; Thu, 3 Dec 2026 09:15:02 +0100")
        #expect(mail.headers.all("X-Missing").isEmpty)
        #expect(mail.headers["X-Missing"] == nil)
        let encoded = try MailFixture.message("latin1-qp.eml")
        #expect(encoded.headers.raw("Subject") == "=?iso-8859-1?Q?Gr=FC=DFe_aus_M=FCnchen?=")
        #expect(encoded.headers["Subject"] == "Grüße aus München")
    }

    @Test func latin1QuotedPrintable() throws {
        let mail = try MailFixture.message("latin1-qp.eml")
        #expect(mail.subject == "Grüße aus München")
        #expect(mail.from == MailAddress(name: "Jürgen Weiß", address: "juergen.weiss@example.de"))
        #expect(mail.date == 1_796_130_191)  // 2026-12-01 13:03:11 UTC
        #expect(mail.bodyText == "Sehr geehrte Damen und Herren, \ndie Anmeldung schlägt fehl, seit das Passwort geändert wurde. Das ist eine sehr lange Zeile, die weich umbrochen wurde.   \nGruß\nJürgen\n")
    }

    @Test func windows1252DeclaredAsLatin1() throws {
        let mail = try MailFixture.message("cp1252-declared-latin1.eml")
        #expect(mail.bodyText == "“Danke” – das kostet 50 €, sagt „Müller“.\n")
        #expect(mail.date == 1_796_043_600)  // 2026-11-30 13:00:00 UTC
    }

    @Test func base64UTF8() throws {
        let mail = try MailFixture.message("base64-utf8.eml")
        #expect(mail.subject == "Привет")
        #expect(mail.bodyText == "Привет, мир! Ünïcödé ✓\nЗдесь вторая строка.\n")
        #expect(mail.date == 1_796_245_199)  // 2026-12-02 20:59:59 UTC
    }

    @Test func encodedWordsInSeveralCharsets() throws {
        let mail = try MailFixture.message("rfc2047-headers.eml")
        // Adjacent words joined without the blank between them; plain text keeps its blanks;
        // a word with an unknown encoding and an unterminated one stay as written.
        #expect(mail.subject == "🔓 Sicherheitswarnungfür plain €uro und äПривет =?utf-8?X?bad?= =?utf-8?q?open")
        #expect(mail.from == MailAddress(name: "Jürgen Müller", address: "juergen@example.de"))
        #expect(mail.to == [MailAddress(name: "Huber, Anna", address: "anna.huber@nordwind.example"),
                            MailAddress(name: "René Roux", address: "rene@example.fr")])
        #expect(mail.date == 1_796_288_400)  // 2026-12-03 09:00 GMT
    }

    @Test func encodedWordEdgeCases() {
        #expect(EncodedWords.decode("=?utf-8?q?a?= =?utf-8?q?b?=") == "ab")
        #expect(EncodedWords.decode("=?utf-8?q?a?=   \t=?utf-8?q?b?= c") == "ab c")
        #expect(EncodedWords.decode("x =?utf-8?q?a_b?= y") == "x a b y")
        #expect(EncodedWords.decode("=?UTF-8*de?Q?Gr=C3=BC=C3=9Fe?=") == "Grüße")
        #expect(EncodedWords.decode("=?utf-8?b?w6Q?=") == "ä")  // no padding
        #expect(EncodedWords.decode("=?utf-8?B?w6Q=?= =?iso-8859-1?B?5A==?=") == "ää")
        #expect(EncodedWords.decode("=??q?x?=") == "=??q?x?=")
        #expect(EncodedWords.decode("=?utf-8?q?a b?=") == "=?utf-8?q?a b?=")
        #expect(EncodedWords.decode("=?utf-8?q??=") == "")
        #expect(EncodedWords.decode("no words at all") == "no words at all")
        #expect(EncodedWords.decode("=?=?=?=?utf-8?q?ok?=") == "=?=?=?ok")
    }

    @Test func eightBitRawHeaders() throws {
        let mail = try MailFixture.message("raw-8bit-headers.eml")
        #expect(mail.subject == "Bestellung für Müller – dringend")
        #expect(mail.from == MailAddress(name: "Jürgen Weiß", address: "jw@example.de"))  // Latin-1 bytes
        #expect(mail.to == [MailAddress(name: "Support", address: "helpdesk@example.org")])
        #expect(mail.bodyText == "Schöne Grüße\n")
    }

    @Test func addressListsWithGroupsQuotesCommentsAndRoutes() throws {
        let mail = try MailFixture.message("addresses.eml")
        #expect(mail.from == MailAddress(name: "Huber, Anna \"Annie\"", address: "anna.huber@nordwind.example"))
        #expect(mail.to == [
            MailAddress(name: nil, address: "max@nordwind.example"),
            MailAddress(name: "Lena B.", address: "lena@example.com"),
            MailAddress(name: "Olga Ivanova", address: "olga@example.ru"),
            MailAddress(name: "Juergen (the boss) W.", address: "juergen@example.de"),
            MailAddress(name: nil, address: "route@example.com"),
        ])
        #expect(mail.cc == [MailAddress(name: "Sales, Europe", address: "sales@example.com")])
        #expect(mail.replyTo == [MailAddress(name: "Support Team", address: "support@example.org")])
        #expect(MailAddress.list("") == [])
        #expect(MailAddress.list("\"unclosed <a@b>") == [MailAddress(name: "unclosed", address: "a@b")])
        #expect(MailAddress(name: "A", address: "a@x").description == "A <a@x>")
    }

    @Test func messageIDsInReplyToAndReferences() throws {
        let mail = try MailFixture.message("outlook-reply.eml")
        #expect(mail.messageID == "outlook-reply@nordwind.example")
        #expect(mail.inReplyTo == ["ticket-42@example.org"])
        #expect(mail.references == ["plain-1@nordwind.example", "ticket-42@example.org"])
        #expect(MessageIDs.parse("no-brackets@example.org") == ["no-brackets@example.org"])
        #expect(MessageIDs.parse("<a@x> (comment) <b@y>") == ["a@x", "b@y"])
        #expect(MessageIDs.parse("<>") == [])
    }

    @Test func tolerantDates() {
        let expected: Int64 = 1_796_288_400  // 2026-12-03 09:00:00 UTC
        #expect(MailDate.epochSeconds("Thu, 3 Dec 2026 10:00:00 +0100") == expected)
        #expect(MailDate.epochSeconds("3 Dec 2026 09:00 GMT") == expected)
        #expect(MailDate.epochSeconds("Thu, 03 Dec 26 04:00:00 EST") == expected)
        #expect(MailDate.epochSeconds("Thu,  3 Dec 2026 10:00:00 +0100 (CET)") == expected)
        #expect(MailDate.epochSeconds("Thu Dec  3 09:00:00 2026") == expected)
        #expect(MailDate.epochSeconds("2026-12-03T09:00:00Z") == expected)
        #expect(MailDate.epochSeconds("Do, 3 Dez 2026 10:00:00 +0100") == expected)
        #expect(MailDate.epochSeconds("Thu, 3 Dec 2026 01:00:00 -0800") == expected)
        #expect(MailDate.epochSeconds("1 Jan 1970 00:00:00 +0000") == 0)
        #expect(MailDate.epochSeconds("Fr, 1 Mai 2026 00:00:00 +0000") == 1_777_593_600)
        #expect(MailDate.epochSeconds("1 Okt 2026 00:00:00 +0000") == 1_790_812_800)
        #expect(MailDate.epochSeconds("29 Feb 2024 12:00:00 +0000") == 1_709_208_000)
        #expect(MailDate.epochSeconds("") == nil)
        #expect(MailDate.epochSeconds("yesterday") == nil)
        #expect(MailDate.epochSeconds("3 Foo 2026 10:00") == nil)
        #expect(MailDate.epochSeconds("3 Dec 2026 99:00") == nil)
    }

    @Test func missingBlankLineStartsTheBodyAtTheFirstNonField() throws {
        let mail = try MailFixture.message("missing-blank-line.eml")
        #expect(mail.subject == "No blank line")
        #expect(mail.headers.fields.count == 4)
        #expect(mail.bodyText == "This line should be the body.\nAnd this one too.\n")
    }

    @Test func headerBlockShapes() {
        let spaced = MailMessage.parse(Array("Subject\t : spaced colon\nX-Empty:\nX-Tab:\tv\n\nb".utf8))
        #expect(spaced.headers.fields.map(\.name) == ["Subject", "X-Empty", "X-Tab"])
        #expect(spaced.subject == "spaced colon")
        #expect(spaced.headers["x-empty"] == "")
        #expect(spaced.headers["X-Tab"] == "v")
        let headersOnly = MailMessage.parse(Array("Subject: only headers\r\nFrom: a@b".utf8))
        #expect(headersOnly.subject == "only headers")
        #expect(headersOnly.from?.address == "a@b")
        #expect(headersOnly.bodyText == "")
        let noHeaders = MailMessage.parse(Array(" indented first line\nSubject: not a header\n".utf8))
        #expect(noHeaders.headers.fields.isEmpty)
        #expect(noHeaders.bodyText == " indented first line\nSubject: not a header\n")
        let folded = MailMessage.parse(Array("Subject: =?utf-8?q?one?=\r\n =?utf-8?q?_two?=\r\n\tthree\r\n\r\n".utf8))
        #expect(folded.subject == "one two\tthree")
        #expect(folded.headers.raw("Subject") == "=?utf-8?q?one?= =?utf-8?q?_two?=\tthree")
    }

    @Test func mboxFromLineIsNotAField() throws {
        let mail = try MailFixture.message("mbox-from-line.eml")
        #expect(mail.from?.address == "g@example.com")
        #expect(mail.headers.fields.first?.name == "From")
        #expect(mail.date == 1_796_288_400)
        #expect(mail.bodyText == "Body after an mbox From line.\n")
    }

    @Test func ansiEscapeInSubjectIsKeptForTheSanitizer() throws {
        let mail = try MailFixture.message("ansi-subject.eml")
        let subject = try #require(mail.subject)
        #expect(subject == "VPN broken\u{1B}[2J\u{1B}[1;1HHACKED \u{1B}]0;title\u{07}")
        let shown = Sanitizer.line(subject)
        #expect(!shown.unicodeScalars.contains("\u{1B}"))
        #expect(!shown.unicodeScalars.contains("\u{07}"))
        #expect(shown == "VPN broken␛[2J␛[1;1HHACKED ␛]0;title␇")
    }

    @Test func autoRepliesAndBulk() throws {
        let auto = try MailFixture.message("auto-reply.eml")
        #expect(auto.autoSubmitted == "auto-replied")
        #expect(auto.isAutomated)
        #expect(auto.bodyText == "Ich bin bis 7. Dezember nicht im Büro.\n")
        let bulk = try MailFixture.message("out-of-office-precedence.eml")
        #expect(bulk.precedence == "bulk")
        #expect(bulk.autoSubmitted == nil)
        #expect(bulk.isAutomated)
        let person = try MailFixture.message("signature.eml")
        #expect(!person.isAutomated)
        #expect(MailMessage.parse(Array("Return-Path: < >\nSubject: x\n\nbody".utf8)).isAutomated)
        #expect(MailMessage.parse(Array("Auto-Submitted: no\nReturn-Path: <a@b>\n\nbody".utf8)).isAutomated == false)
        #expect(MailMessage.parse(Array("X-Autoreply: yes\n\nbody".utf8)).isAutomated)
    }

    @Test func charsets() {
        #expect(MailCharset.decode(Array("äö".utf8), charset: "UTF-8") == "äö")
        #expect(MailCharset.decode([0xE4, 0xF6], charset: "utf-8") == "äö")  // invalid UTF-8 → Windows-1252
        #expect(MailCharset.decode([0x41, 0x80], charset: "us-ascii") == "A€")
        #expect(MailCharset.decode(Array("ä".utf8), charset: "us-ascii") == "ä")  // mislabelled UTF-8
        #expect(MailCharset.decode([0xE4, 0x93], charset: "\"ISO-8859-1\"") == "ä“")
        #expect(MailCharset.decode([0xA4, 0xBD], charset: "iso-8859-15") == "€œ")
        #expect(MailCharset.decode([0xA4], charset: "latin1") == "¤")
        #expect(MailCharset.decode([0x81, 0x8D], charset: "windows-1252") == "\u{81}\u{8D}")
        #expect(MailCharset.decode([0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4], charset: "koi8-r") == "Привет")
        #expect(MailCharset.decode([0x1B, 0x24, 0x42, 0x46, 0x7C, 0x4B, 0x5C, 0x1B, 0x28, 0x42], charset: "ISO-2022-JP") == "日本")
        #expect(MailCharset.decode([0x93, 0xFA, 0x96, 0x7B], charset: "shift_jis") == "日本")
        #expect(MailCharset.decode([0xE4], charset: "no-such-charset") == "ä")
        #expect(MailCharset.decode([0xFF, 0xFF], charset: "shift_jis") == "ÿÿ")  // invalid there → fallback
        #expect(MailCharset.decode([0xE4], charset: "utf-8//TRANSLIT") == "ä")
        #expect(MailCharset.decode([], charset: "utf-16") == "")
        #expect(MailCharset.replacingNUL("a\u{0}b") == "a\u{FFFD}b")
    }

    @Test func charsetThroughIconvInAFixture() throws {
        let mail = try MailFixture.message("koi8r-iconv.eml")
        #expect(mail.subject == "Привет")
        #expect(mail.from == MailAddress(name: "Олег", address: "oleg@example.ru"))
        #expect(mail.bodyText == "Привет, как дела?\n")
    }

    @Test func wrongDeclaredCharsetFallsBack() throws {
        let mail = try MailFixture.message("wrong-charset-utf8.eml")
        #expect(mail.bodyText == "Grüße aus Köln\n")
    }

    @Test func dataAndBytesGiveTheSameMessage() throws {
        let bytes = try MailFixture.bytes("plain-utf8.eml")
        #expect(MailMessage.parse(Data(bytes)).bodyText == MailMessage.parse(bytes).bodyText)
    }
}
