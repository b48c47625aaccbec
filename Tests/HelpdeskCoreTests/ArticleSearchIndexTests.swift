import Foundation
import GRDB
import Testing
@testable import HelpdeskCore

/// Bulk loads leave the article index as one segment, so each search word is one lookup.
@Suite struct ArticleSearchIndexTests {
    @Test func theDemoArticlesAreOneSegment() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        var generator = DemoGenerator(store: store, options: DemoOptions(tickets: 10, articles: 0, seed: 1, now: 1_795_000_000))
        try generator.run(actor: "tester")
        #expect(try store.read(ArticleSearchIndex.segmentCount) == 1)
        #expect(try store.searchArticles("drucker papierstau").first?.title.hasPrefix("Printer paper jams") == true)
    }

    @Test func aLargeImportEndsWithOneSegmentAndASmallOneDoesNot() throws {
        let folder = TemporaryFolder()
        let store = try Fixture.store(in: folder)
        try store.addArticle(title: "VPN", body: "GlobalProtect", tags: ["vpn"], actor: "tester")
        let documents = (1...ArticleSearchIndex.bulkLoad).map { ArticleDocument(title: "Article \($0)", tags: ["bulk"], body: "Body number \($0) about printers.") }
        let small = try ArticleArchive.importDocuments(Array(documents.prefix(3)), into: store, actor: "tester")
        #expect(small.added.count == 3)
        #expect(try store.read(ArticleSearchIndex.segmentCount) > 1)
        let large = try ArticleArchive.importDocuments(documents, into: store, actor: "tester")
        #expect(large.added.count == ArticleSearchIndex.bulkLoad)
        #expect(try store.read(ArticleSearchIndex.segmentCount) == 1)
        #expect(try store.searchArticles("globalprotect").first?.title == "VPN")
    }
}
