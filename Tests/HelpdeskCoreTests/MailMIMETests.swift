import Foundation
import Testing
@testable import HelpdeskCore

/// The MIME tree, transfer encodings, RFC 2231 parameters, body selection, attachments, HTML.
@Suite struct MailMIMETests {
    static let pdf = Array("%PDF-1.4\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3] + Array("\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".utf8)
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52,
                               0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89]

    @Test func alternativePrefersPlainTextAndDropsPreambleAndEpilogue() throws {
        let mail = try MailFixture.message("alternative-crlf.eml")
        #expect(mail.root.mediaType == "multipart/alternative")
        #expect(mail.root.parameters["boundary"] == "=_alt_boundary")
        #expect(mail.root.parts.map(\.mediaType) == ["text/plain", "text/html"])
        #expect(mail.bodyText == "The plain text version.\nSecond line.")
        #expect(mail.attachments.isEmpty)
        #expect(mail.from == MailAddress(name: "Lena Berg", address: "lena.berg@example.com"))
    }

    @Test func htmlOnlyMailBecomesReadableText() throws {
        let mail = try MailFixture.message("html-only.eml")
        #expect(mail.bodyText == """
            Bestellung bestätigt

            Guten Tag,
            Ihre Bestellung & Lieferung:

            - Drucker
            - Toner ä “schwarz”

            Details: Bestellung ansehen (https://shop.example/o/42) oder news@shop.example.

            Preis: 12 € <inkl.>

            A B
            """)
    }

    @Test func mixedWithAPDFAndAnImage() throws {
        let mail = try MailFixture.message("mixed-pdf-image.eml")
        #expect(mail.subject == "Rechnung und Screenshot")
        #expect(mail.bodyText == "Anbei die Rechnung und ein Bildschirmfoto.")
        #expect(mail.attachments.count == 2)
        let pdf = try #require(mail.attachments.first)
        #expect(pdf.fileName == "Rechnung 2026.pdf")
        #expect(pdf.mediaType == "application/pdf")
        #expect(pdf.data == Self.pdf)
        #expect(pdf.size == Self.pdf.count)
        #expect(!pdf.isInline)
        #expect(pdf.contentID == nil)
        let image = mail.attachments[1]
        #expect(image.fileName == "attachment-2.png")
        #expect(image.mediaType == "image/png")
        #expect(image.data == Self.png)
        #expect(image.contentID == "screen1@nordwind.example")
        #expect(image.isInline)
    }

    @Test func forwardedMessageIsAnAttachmentThatCanBeRead() throws {
        let mail = try MailFixture.message("forward-rfc822.eml")
        #expect(mail.bodyText == "See the forwarded message below.")
        #expect(mail.attachments.count == 1)
        let forwarded = try #require(mail.attachments.first)
        #expect(forwarded.fileName == "VPN down.eml")
        #expect(forwarded.mediaType == "message/rfc822")
        #expect(forwarded.data.starts(with: Array("From: Olga Ivanova".utf8)))
        #expect(forwarded.data.suffix(11) == Array("--inner--\r\n".utf8)[...])
        let inner = try #require(mail.root.parts[1].embeddedMessage)
        #expect(inner.subject == "VPN down")
        #expect(inner.from == MailAddress(name: "Olga Ivanova", address: "olga@example.ru"))
        #expect(inner.messageID == "original@example.ru")
        #expect(inner.bodyText == "The VPN is down since 17:00.")
        #expect(mail.root.parts[0].embeddedMessage == nil)
    }

    @Test func rfc2231AndEncodedFileNamesMadeSafe() throws {
        let mail = try MailFixture.message("rfc2231-filenames.eml")
        #expect(mail.bodyText == "Vier Dateien.")
        #expect(mail.attachments.map(\.fileName) == ["näme.pdf", "Große Datei.txt", "Übersicht.xlsx", "passwd", "invoicegpj.exe", "attachment-6.bin"])
        #expect(mail.attachments.map { String(decoding: $0.data, as: UTF8.self) } == ["first", "second", "third", "fourth", "fifth", "sixth"])
        #expect(mail.attachments.map(\.mediaType) == ["application/pdf", "text/plain", "application/octet-stream",
                                                      "application/octet-stream", "application/octet-stream", "application/octet-stream"])
        #expect(mail.root.parts[4].fileName == "../../etc/passwd")  // the raw name is still there to see
    }

    @Test func headerParameters() {
        let continued = HeaderParameters.parse("attachment; filename*1=\"b.txt\"; FILENAME*0=\"a\"; size=3")
        #expect(continued.value == "attachment")
        #expect(continued.parameters["filename"] == "ab.txt")
        #expect(continued.parameters["size"] == "3")
        let latin = HeaderParameters.parse("text/plain (plain text); name*=iso-8859-1'de'M%FCller.txt; name=\"fallback.txt\"")
        #expect(latin.value == "text/plain")
        #expect(latin.parameters["name"] == "Müller.txt")
        let sloppy = HeaderParameters.parse("application/pdf; name=Mein Bericht (1).pdf ;charset=\"a\\\"b\"")
        #expect(sloppy.parameters["name"] == "Mein Bericht (1).pdf")
        #expect(sloppy.parameters["charset"] == "a\"b")
        #expect(HeaderParameters.parse(";;;=;x").value == "")
    }

    @Test func missingClosingBoundaryEndsAtTheEnd() throws {
        let mail = try MailFixture.message("missing-closing-boundary.eml")
        #expect(mail.bodyText == "Body text.")
        #expect(mail.attachments.map(\.fileName) == ["data.csv"])
        #expect(mail.attachments.first?.data == Array("a,b\n1,2\n".utf8))
        #expect(mail.attachments.first?.mediaType == "text/csv")
    }

    @Test func missingBoundaryParameterIsGuessed() throws {
        let mail = try MailFixture.message("no-boundary-parameter.eml")
        #expect(mail.bodyText == "The mailer forgot the boundary parameter.")
        #expect(mail.attachments.map(\.fileName) == ["x.bin"])
        #expect(mail.attachments.first?.data == [0, 1, 2])
    }

    @Test func multipartWithNothingToSplitIsText() {
        let mail = MailMessage.parse(Array("Content-Type: multipart/mixed; boundary=zz\n\njust text\n-- \nsig\n".utf8))
        #expect(mail.root.mediaType == "text/plain")
        #expect(mail.bodyText == "just text\n-- \nsig\n")
    }

    @Test func boundaryOnlyCountsAtTheStartOfALine() {
        let raw = "Content-Type: multipart/mixed; boundary=b\n\n--b\n\nsays --b in the middle\n--bb not ours\n--b  \n\nsecond\n--b--\n"
        let mail = MailMessage.parse(Array(raw.utf8))
        #expect(mail.root.parts.count == 2)
        #expect(mail.bodyText == "says --b in the middle\n--bb not ours\n\nsecond")
    }

    @Test func brokenBase64IsDecodedAsFarAsPossible() throws {
        let mail = try MailFixture.message("broken-base64.eml")
        #expect(mail.bodyText == "Hallo Welt!")
        #expect(mail.attachments.first?.data == [0, 1, 2, 3, 4])
        #expect(TransferEncoding.base64(Array("".utf8)) == [])
        #expect(TransferEncoding.base64(Array("A".utf8)) == [])
        #expect(TransferEncoding.base64(Array("=====".utf8)) == [])
        #expect(TransferEncoding.base64(Array("SGk".utf8)) == Array("Hi".utf8))
        #expect(TransferEncoding.base64(Array("S\u{0}G\r\nk=".utf8)) == Array("Hi".utf8))
    }

    @Test func quotedPrintableEdgeCases() {
        func qp(_ text: String) -> String { String(decoding: TransferEncoding.quotedPrintable(Array(text.utf8)), as: UTF8.self) }
        #expect(qp("a=3Db") == "a=b")
        #expect(qp("a=3db") == "a=b")
        #expect(qp("soft=\r\nbreak") == "softbreak")
        #expect(qp("soft=  \nbreak") == "softbreak")
        #expect(qp("trailing   \r\nnext") == "trailing\r\nnext")
        #expect(qp("keep=20\nx") == "keep \nx")
        #expect(qp("bad=ZZ=") == "bad=ZZ")
        #expect(qp("=") == "")
        #expect(qp("=4") == "=4")
    }

    @Test func lfOnlyMultipart() throws {
        let mail = try MailFixture.message("lf-only.eml")
        #expect(mail.bodyText == "Line one.\nLine two.")
        #expect(mail.attachments.map(\.fileName) == ["notes.txt"])
        #expect(mail.attachments.first?.data == Array("attached notes".utf8))
    }

    @Test func bounceIsAReportWithTheOriginalAttached() throws {
        let mail = try MailFixture.message("bounce.eml")
        #expect(mail.isAutomated)
        #expect(mail.autoSubmitted == "auto-replied")
        #expect(mail.from == MailAddress(name: "Mail Delivery System", address: "MAILER-DAEMON@mail.example.org"))
        #expect(mail.root.mediaType == "multipart/report")
        #expect(mail.root.parameters["report-type"] == "delivery-status")
        #expect(mail.bodyText == "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<nobody@nowhere.example>: host nowhere.example said: 550 5.1.1 unknown user\n")
        #expect(mail.attachments.map(\.fileName) == ["attachment-1.txt", "[#42] Ihre Anfrage.eml"])
        #expect(mail.attachments.map(\.mediaType) == ["message/delivery-status", "message/rfc822"])
        let original = try #require(mail.root.parts[2].embeddedMessage)
        #expect(original.messageID == "ticket-42-reply@example.org")
        #expect(original.to == [MailAddress(name: nil, address: "nobody@nowhere.example")])
    }

    @Test func nestedAlternativeWithRelatedImages() throws {
        let mail = try MailFixture.message("nested-related.eml")
        #expect(mail.bodyText == "Plain with a logo.")
        #expect(mail.attachments.map(\.fileName) == ["logo.gif", "logs.zip"])
        #expect(mail.attachments[0].data == Array("GIF89a".utf8))
        #expect(mail.attachments[0].contentID == "logo@x")
        #expect(mail.attachments[0].isInline)
        #expect(mail.attachments[1].data == [0x50, 0x4B, 5, 6] + [UInt8](repeating: 0, count: 18))
        #expect(!mail.attachments[1].isInline)
    }

    @Test func htmlInRelatedIsTheBodyWhenThereIsNoPlainText() {
        let raw = """
            Content-Type: multipart/related; boundary=r

            --r
            Content-Type: text/html

            <p>Hello <img src="cid:a" alt="Logo"></p>
            --r
            Content-Type: image/gif
            Content-ID: <a>

            GIF
            --r--
            """
        let mail = MailMessage.parse(Array(raw.utf8))
        #expect(mail.bodyText == "Hello [Logo]")
        #expect(mail.attachments.map(\.fileName) == ["attachment-1.gif"])
        #expect(mail.attachments.first?.isInline == true)
    }

    @Test func formatFlowedIsRejoined() throws {
        let mail = try MailFixture.message("flowed.eml")
        #expect(mail.bodyText == "This is a long paragraph that was wrapped by the mail client at a fixed width and should read as one line.\n>Space-stuffed line.\n\n-- \nSig\n")
        let thunderbird = try MailFixture.message("thunderbird-german-reply.eml")
        #expect(thunderbird.bodyText == "Vielen Dank, das hat geholfen.\n\nAm 02.12.26 um 16:40 schrieb Helpdesk:\n> Bitte starten Sie den Drucker neu.\n>\n> Ihr Helpdesk\n")
    }

    @Test func digestPartsDefaultToForwardedMessages() {
        let raw = "Content-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: one\n\nfirst\n--d\n\nSubject: two\n\nsecond\n--d--\n"
        let mail = MailMessage.parse(Array(raw.utf8))
        #expect(mail.root.parts.map(\.mediaType) == ["message/rfc822", "message/rfc822"])
        #expect(mail.root.parts.compactMap(\.embeddedMessage).map(\.bodyText) == ["first", "second"])
        #expect(mail.attachments.map(\.fileName) == ["one.eml", "two.eml"])
        #expect(mail.bodyText == "")
    }

    @Test func aSinglePartAttachmentMessageHasNoBody() {
        let raw = "Content-Type: application/pdf; name=\"scan.pdf\"\nContent-Transfer-Encoding: base64\n\nJVBERg==\n"
        let mail = MailMessage.parse(Array(raw.utf8))
        #expect(mail.bodyText == "")
        #expect(mail.attachments.map(\.fileName) == ["scan.pdf"])
        #expect(mail.attachments.first?.data == Array("%PDF".utf8))
    }

    @Test func safeFileNames() {
        #expect(MailAttachment.safeFileName("..\\..\\evil.bat", fallback: "f") == "evil.bat")
        #expect(MailAttachment.safeFileName(".bashrc", fallback: "f") == "bashrc")
        #expect(MailAttachment.safeFileName("a\u{0}b\u{1B}c\td.txt", fallback: "f") == "abcd.txt")
        #expect(MailAttachment.safeFileName("report..pdf", fallback: "f") == "report.pdf")
        #expect(MailAttachment.safeFileName("a . . ..b", fallback: "f") == "a . . .b")
        #expect(MailAttachment.safeFileName("...", fallback: "f") == "f")
        #expect(MailAttachment.safeFileName("  my   file .txt  ", fallback: "f") == "my file .txt")
        #expect(MailAttachment.safeFileName("   ", fallback: "f") == "f")
        #expect(MailAttachment.safeFileName("/", fallback: "f") == "f")
        #expect(MailAttachment.safeFileName(nil, fallback: "f") == "f")
        let long = MailAttachment.safeFileName(String(repeating: "ä", count: 300) + ".pdf", fallback: "f")
        #expect(long.utf8.count <= 255)
        #expect(long.hasSuffix("ä.pdf"))
        // A megabyte of dots, or one "character" of a thousand combining marks as its extension.
        #expect(MailAttachment.safeFileName(String(repeating: ".", count: 1_000_000) + "x", fallback: "f") == "x")
        let combining = MailAttachment.safeFileName("a." + "e" + String(repeating: "\u{301}", count: 1000), fallback: "f")
        #expect(combining.utf8.count <= 255)
        #expect(combining.hasPrefix("a."))
    }

    @Test func htmlToText() {
        #expect(HTMLText.plainText("a<br>b<br/><br >c") == "a\nb\n\nc")
        #expect(HTMLText.plainText("<p>one</p><p>two</p>") == "one\n\ntwo")
        #expect(HTMLText.plainText("<div>x</div><div>y</div>") == "x\ny")
        #expect(HTMLText.plainText("<ul><li>a<ul><li>b</li></ul></li></ul>") == "- a\n  - b")
        #expect(HTMLText.plainText("<a href='https://x.example/'>https://x.example/</a>") == "https://x.example/")
        #expect(HTMLText.plainText("<a href=\"javascript:evil()\">click</a> <a href=\"#top\">top</a>") == "click top")
        #expect(HTMLText.plainText("<a href=\"https://x.example/?a=1&amp;b=2\"></a>") == "https://x.example/?a=1&b=2")
        #expect(HTMLText.plainText("&#0; &#xD800; &#x110000; &#150; &#9731; &unknown; & &amp &lt3") == "\u{FFFD} \u{FFFD} \u{FFFD} – ☃ &unknown; & & <3")
        #expect(HTMLText.plainText("<pre>  keep\n    this</pre>after") == "  keep\n    this\n\nafter")
        #expect(HTMLText.plainText("1 < 2 and 3 > 2") == "1 < 2 and 3 > 2")
        #expect(HTMLText.plainText("<script>never<p>closed") == "")
        #expect(HTMLText.plainText("<style>x</STYLE>shown") == "shown")
        #expect(HTMLText.plainText("<!-- unclosed comment") == "")
        #expect(HTMLText.plainText("<head><title>t</title>hidden</head><body>shown</body>") == "shown")
        #expect(HTMLText.plainText("<b\n class=\"x\">bold</b>   text\n\n\n") == "bold text")
        #expect(HTMLText.plainText("<") == "<")
        #expect(HTMLText.plainText("<p>new</p><blockquote><p>old</p><blockquote>older<br>still</blockquote></blockquote>after")
                == "new\n\n> old\n\n>> older\n>> still\n\nafter")
    }

    @Test func htmlReplyQuotesAreSplitOff() {
        let html = "<div>Works now.</div><div>On Mon, Anna wrote:</div><blockquote><p>Is it fixed?</p></blockquote>"
        let split = QuotedText.split(HTMLText.plainText(html))
        #expect(split.new == "Works now.")
        #expect(split.quoted == "On Mon, Anna wrote:\n\n> Is it fixed?")
    }

    @Test func severalBodyPartsAreJoinedByABlankLine() {
        let raw = "Content-Type: multipart/mixed; boundary=s\n\n--s\n\nfirst\n\n--s\nContent-Type: image/png\n\nPNG\n--s\n\nsecond\n--s\nContent-Type: text/plain\n\n \n--s--\n"
        let mail = MailMessage.parse(Array(raw.utf8))
        #expect(mail.bodyText == "first\n\nsecond")
        #expect(mail.attachments.map(\.fileName) == ["attachment-1.png"])
    }
}
