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

    @Test func titlesAndSnippetsMarkTheMatchedWords() throws {
        let (store, folder) = try Self.corpus()
        defer { withExtendedLifetime(folder) {} }
        let hit = try #require(try store.searchArticles("printers offline").first)
        #expect(hit.highlightedTitle.contains("\(ArticleHit.matchStart)Printer\(ArticleHit.matchEnd)"))
        #expect(hit.highlightedTitle.contains("\(ArticleHit.matchStart)offline\(ArticleHit.matchEnd)"))
        #expect(ArticleHit.unmarked(hit.highlightedTitle) == hit.title)
        #expect(hit.snippet.contains(ArticleHit.matchStart))
        #expect(hit.matchedWords == 2 && hit.queryWords == 2)
        // Diacritics either way: the query without, the article with, and the other way round.
        #expect(try store.searchArticles("zurücksetzen").contains { $0.title.hasPrefix("DNS-Cache") })
        #expect(try store.searchArticles("geloscht").first?.title.hasPrefix("Gelöschte") == true)
    }

    @Test func theArticleMatchingMoreWordsComesFirst() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        // Many mentions of one word must not beat an article that has both.
        let many = try store.addArticle(title: "Drucker Drucker Drucker", body: "Drucker drucker drucker drucker.", tags: ["drucker"], actor: "tester")
        let both = try store.addArticle(title: "Toner wechseln", body: "Wenn der Drucker kein Papier mehr einzieht …", tags: [], actor: "tester")
        let hits = try store.searchArticles("drucker papier")
        #expect(hits.map(\.id) == [both.id!, many.id!])
        #expect(hits.map(\.matchedWords) == [2, 1])
    }

    @Test(arguments: [#"""#, #""vpn"#, "AND", "OR NOT", "vpn AND", "NOT vpn", "(", ")", "(vpn", "*", "vpn*", "-", "-vpn", "NEAR(a b)",
                      "title:vpn", "{title}: x", "^vpn", "\"\"\"", "", "   ", "'; DROP TABLE kb_articles; --", "\u{0}\u{1b}[31m\u{7}",
                      String(repeating: "a", count: 10_000), String(repeating: "vpn ", count: 2_500), "ä ö ü ß", "🙂 漢字 كلمة"])
    func hostileQueriesNeverFailInNormalMode(_ query: String) throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        try store.addArticle(title: "VPN-Verbindung einrichten", body: "Öffnen Sie den GlobalProtect-Client.", tags: ["vpn"], actor: "tester")
        _ = try store.searchArticles(query)
        _ = try store.suggestArticles(subject: query, messages: [query])
    }

    @Test func hostileFixtureNeverFails() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        try store.addArticle(title: "VPN", body: "GlobalProtect", tags: [], actor: "tester")
        for fixture in HostileFixture.all {
            _ = try store.searchArticles(fixture.text)
            _ = try store.suggestArticles(subject: fixture.text, messages: [fixture.text])
        }
    }

    @Test func advancedModePassesFTS5SyntaxAndReportsErrorsInOneLine() throws {
        let (store, folder) = try Self.corpus()
        defer { withExtendedLifetime(folder) {} }
        #expect(try store.searchArticles("title:vpn AND 809", advanced: true).first?.title.hasPrefix("Windows VPN error 809") == true)
        #expect(try store.searchArticles(#""paper jam""#, advanced: true).first?.title.hasPrefix("Printer paper jams") == true)
        #expect(try store.searchArticles("outlook NOT postfach", advanced: true).allSatisfy { !$0.title.contains("Postfach") })
        #expect(try store.searchArticles("  ", advanced: true).isEmpty)
        for bad in [#""vpn"#, "vpn AND", "(vpn", "nosuchcolumn:vpn", "NEAR(", "*"] {
            do {
                _ = try store.searchArticles(bad, advanced: true)
                Issue.record("'\(bad)' should be a syntax error")
            } catch let HelpdeskError.invalidInput(message) {
                #expect(message.hasPrefix("invalid advanced search"), "\(message)")
                #expect(!message.contains("\n"))
            }
        }
    }

    @Test func ticketsGetTheirTopicsArticlesSuggested() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        // 300 demo tickets (~200 with a topic that has an article): enough to fail on a ranking
        // regression, cheap enough for `make test`.
        var generator = DemoGenerator(store: store, options: DemoOptions(tickets: 300, articles: 0, seed: 5, now: 1_795_000_000))
        try generator.run(actor: "tester")
        let articleTags = Set(try store.allArticles().flatMap(\.tagList))
        var tried = 0, found = 0
        var printerTickets = 0, printerFound = 0
        var misses: [String] = []
        let tickets = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT t.id, t.subject, group_concat(g.tag, ' ') AS tags FROM tickets t JOIN ticket_tags g ON g.ticket_id = t.id GROUP BY t.id")
        }
        for row in tickets {
            let tags = Set((row["tags"] as String).split(separator: " ").map(String.init)).intersection(articleTags)
            guard !tags.isEmpty else { continue }
            tried += 1
            let suggestions = try store.suggestArticles(ticketId: row["id"], limit: 3)
            let hit = suggestions.contains { !Set($0.tagList).isDisjoint(with: tags) }
            if hit { found += 1 } else if misses.count < 10 { misses.append("\(row["subject"] as String) \(tags) → \(suggestions.map(\.title))") }
            if tags.contains("printer") {
                printerTickets += 1
                if suggestions.first?.tagList.contains("printer") == true { printerFound += 1 }
            }
        }
        #expect(tried > 100)
        #expect(Double(found) >= 0.9 * Double(tried), "\(found)/\(tried)\n\(misses.joined(separator: "\n"))")
        #expect(printerTickets > 5 && printerFound * 10 >= printerTickets * 9, "printer article first: \(printerFound)/\(printerTickets)")
        #expect(throws: HelpdeskError.notFound("ticket 99999 does not exist")) { try store.suggestArticles(ticketId: 99_999) }
    }

    @Test func suggestionsTakeTheMostDistinctiveWords() {
        let terms = ArticleSearchTerms(ticketSubject: "Drucker im 3. OG druckt nicht", messages: [
            "Hallo, seit heute morgen ist der Drucker PRN-HH-3-04 offline und ich kann nicht drucken. Danke und viele Grüße",
        ])
        let stems = terms.groups.map { $0[0] }
        #expect(stems.first == "drucker")
        #expect(stems.contains("offlin") && stems.contains("prn"))
        #expect(!stems.contains("hallo") && !stems.contains("nicht") && !stems.contains("danke"))
        let long = ArticleSearchTerms(ticketSubject: (1...100).map { "wort\($0)x" }.joined(separator: " "), messages: [])
        #expect(long.groups.count == 8)
    }

    /// Suggestions search each word by at most its first 8 letters, which have a prefix index;
    /// questions keep their words whole.
    @Test func suggestionWordsAreCutToTheLongestIndexedPrefix() {
        let terms = ArticleSearchTerms(ticketSubject: "Synchronisierung und Synchronisation: Dateien wiederherstellen, Fehler 0x8004010F",
                                       messages: [])
        #expect(terms.groups.contains(["wiederhe", "restor"]))
        #expect(terms.groups.contains(["0x8004010f"]))
        #expect(terms.groups.filter { $0[0] == "synchron" }.count == 1)
        #expect(terms.groups.allSatisfy { $0.allSatisfy { $0.contains(where: \.isNumber) || $0.count <= ArticleSearchTerms.longestIndexedPrefix } })
        #expect(ArticleSearchTerms(question: "wiederherstellen").groups == [["wiederherstell", "restor"]])
    }
}

private extension ArticleHit {
    var tagList: [String] { tags.split(separator: " ").map(String.init) }
}
