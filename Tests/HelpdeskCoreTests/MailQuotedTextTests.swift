import Testing
@testable import HelpdeskCore

/// QuotedText.split: what the sender newly wrote, apart from quoted history and signature.
@Suite struct MailQuotedTextTests {
    @Test func outlookReplyWithGermanHeaderBlock() throws {
        let split = QuotedText.split(try MailFixture.message("outlook-reply.eml").bodyText)
        #expect(split.new == "Danke, jetzt geht es wieder.\n\nMax")
        #expect(split.quoted == "________________________________\nVon: Helpdesk <helpdesk@example.org>\nGesendet: Donnerstag, 3. Dezember 2026 11:00\nAn: Max Huber <max.huber@nordwind.example>\nBetreff: Drucker\n\nBitte starten Sie den Drucker neu.")
    }

    @Test func outlookOriginalMessage() throws {
        let split = QuotedText.split(try MailFixture.message("outlook-original-message.eml").bodyText)
        #expect(split.new == "It works now, thanks.")
        #expect(split.quoted?.hasPrefix("-----Original Message-----\nFrom: Helpdesk") == true)
        #expect(split.quoted?.hasSuffix("Please reconnect.") == true)
    }

    @Test func germanThunderbirdReply() throws {
        let split = QuotedText.split(try MailFixture.message("thunderbird-german-reply.eml").bodyText)
        #expect(split.new == "Vielen Dank, das hat geholfen.")
        #expect(split.quoted == "Am 02.12.26 um 16:40 schrieb Helpdesk:\n> Bitte starten Sie den Drucker neu.\n>\n> Ihr Helpdesk")
    }

    @Test func gmailReplyWithTheAttributionBrokenOverTwoLines() throws {
        let split = QuotedText.split(try MailFixture.message("gmail-reply.eml").bodyText)
        #expect(split.new == "Yes, Friday works for me.")
        #expect(split.quoted == "On Wed, Dec 2, 2026 at 4:40 PM Helpdesk <helpdesk@example.org\n> wrote:\n\n> Can we pick up the laptop on Friday?\n>")
    }

    @Test func signature() throws {
        let split = QuotedText.split(try MailFixture.message("signature.eml").bodyText)
        #expect(split.new == "Ich brauche einen zweiten Monitor.")
        #expect(split.quoted == "-- \nMax Huber\nBuchhaltung, Zimmer 2.14")
        #expect(QuotedText.split("Text\n--\nSig").new == "Text")
        #expect(QuotedText.split("Text\n---\nnot a signature").quoted == nil)
    }

    @Test func attributionVariants() {
        #expect(QuotedText.split("Ok.\nOn Mon, 1 Dec 2026, Anna Huber\n<anna@x.example>\nwrote:\n> old").new == "Ok.")
        #expect(QuotedText.split("Gut.\nAm Montag, 1. Dezember 2026 um 10:00 schrieb Anna Huber <anna@x.example>:\n> alt").new == "Gut.")
        #expect(QuotedText.split("Merci.\nLe lun. 1 déc. 2026, Anna a écrit :\n> vieux").new == "Merci.")
        #expect(QuotedText.split("Thanks\n\nFrom: A\nSent: B\nTo: C\nSubject: D\n\nold").new == "Thanks")
        #expect(QuotedText.split("Thanks\n\n*From:* A\n*Sent:* B\n*To:* C\n\nold").new == "Thanks")
    }

    @Test func trailingQuotedLines() {
        let split = QuotedText.split("My answer\n\n> old text\n> more\n")
        #expect(split.new == "My answer")
        #expect(split.quoted == "> old text\n> more")
    }

    @Test func thingsThatAreNotQuotes() {
        let inline = "> question one\nanswer one\n> question two\nanswer two"
        #expect(QuotedText.split(inline).new == inline)
        #expect(QuotedText.split(inline).quoted == nil)
        let prose = "On Monday I wrote: the report is late.\nFrom: accounting, sadly.\nBye"
        #expect(QuotedText.split(prose).quoted == nil)
        #expect(QuotedText.split("").new == "")
    }

    @Test func aMessageThatIsAllQuoteIsAllNew() {
        let onlyQuote = "> only a quote\n> here"
        #expect(QuotedText.split(onlyQuote).new == onlyQuote)
        #expect(QuotedText.split(onlyQuote).quoted == nil)
        let onlyAttribution = "On Mon, Anna wrote:\n> hi"
        #expect(QuotedText.split(onlyAttribution).new == onlyAttribution)
        let onlySignature = "-- \nMax"
        #expect(QuotedText.split(onlySignature).new == onlySignature)
    }
}
