import Foundation
import GRDB
import Testing
import TestSupport
@testable import HelpdeskCore

/// Knowledge-base search quality on the demo corpus (German and English articles), hostile
/// input, advanced mode and suggestions for tickets.
@Suite struct ArticleSearchTests {
    /// The demo articles, ids 1… in corpus order.
    static func corpus() throws -> (HelpdeskStore, TemporaryFolder) {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        for seed in DemoCorpus.articles {
            try store.addArticle(title: seed.title, body: seed.body, tags: seed.tags, actor: "tester")
        }
        return (store, folder)
    }

    /// Typical questions, as users type them (no umlauts, plurals, the other language), and the
    /// start of the title of the article that answers them.
    static let questions: [(String, String)] = [
        ("passwort zurucksetzen", "Kennwort vergessen"),
        ("Passwort vergessen", "Kennwort vergessen"),
        ("vpn error 809", "Windows VPN error 809"),
        ("drucker papierstau", "Printer paper jams"),
        ("drucker papier", "Printer paper jams"),
        ("printers offline", "Printer paper jams"),
        ("outlook startet nicht", "Outlook not syncing"),
        ("konto gesperrt", "Konto gesperrt"),
        ("account locked", "Konto gesperrt"),
        ("mailbox full", "Outlook: Postfach voll"),
        ("teams cache", "Clearing the Microsoft Teams cache"),
        ("my laptop is so slow", "Your laptop is slow"),
        ("dns cache leeren", "DNS-Cache leeren"),
        ("guest wifi", "Guest Wi-Fi for visitors"),
        ("netzwerkdrucker hinzufugen", "Netzwerkdrucker hinzufügen"),
        ("jabra headset", "Setting up your Jabra headset"),
        ("authenticator neues handy", "Microsoft Authenticator"),
        ("geloschte dateien wiederherstellen", "Gelöschte Dateien"),
        ("SAP Berechtigung beantragen", "SAP-Berechtigung"),
        ("short dump ST22", "SAP GUI: reading a short dump"),
        ("bitlocker recovery key", "BitLocker"),
        ("phishing mail melden", "Verdächtige E-Mail melden"),
        ("how do I write a good ticket", "How to write a good support ticket"),
    ]

    @Test func typicalQuestionsFindTheRightArticleFirst() throws {
        let (store, folder) = try Self.corpus()
        defer { withExtendedLifetime(folder) {} }
        var misses: [String] = []
        for (question, expected) in Self.questions {
            let hits = try store.searchArticles(question, limit: 3)
            if hits.first?.title.hasPrefix(expected) != true {
                misses.append("\(question) → \(ArticleSearchTerms(question: question).matchExpressions) \(hits.map { "\($0.highlightedTitle) [\($0.matchedWords)/\($0.queryWords) \($0.rank)]" })")
            }
        }
        #expect(misses.isEmpty, "\(misses.joined(separator: "\n"))")
    }
}
