import Foundation
import HelpdeskCore
import Testing

/// The knowledge-base and self-service commands of the built binary, on success and on failure.
@Suite("Knowledge base CLI (the built binary)", .timeLimit(.minutes(3)))
struct KnowledgeBaseCLITests {
    struct Version: Decodable { var version: Int64; var title: String; var editor: String?; var body: String? }
    struct Article: Decodable { var id: Int64; var title, body: String; var version, timesLinked, timesSent: Int64; var owner: String?; var stale: Bool }

    func run(_ sandbox: Sandbox, _ arguments: [String], _ db: String, environment: [String: String] = [:]) async throws -> ProcessResult {
        try await sandbox.helpdesk(arguments + ["--db", db], overriding: environment)
    }

    func expectOneErrorLine(_ result: ProcessResult, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status != 0, sourceLocation: sourceLocation)
        #expect(result.output.isEmpty, sourceLocation: sourceLocation)
        #expect(result.errorLines.count == 1 && result.errorLines.first?.hasPrefix("helpdesk: error: ") == true, "\(result.errorLines)",
                sourceLocation: sourceLocation)
        #expect(result.errorOutput.contains(text), "\(result.errorOutput)", sourceLocation: sourceLocation)
    }

    @Test func editKeepsVersionsThroughFlagsAndTheEditor() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.emptyDatabase()
        try "First body\n".write(toFile: sandbox.path("a.md"), atomically: true, encoding: .utf8)
        let added = try await run(sandbox, ["kb", "add", "--title", "VPN einrichten", "--body-file", sandbox.path("a.md"), "--tag", "vpn"], db)
        #expect(added.output == "1\n", "\(added.summary)")
        try "Second body\n".write(toFile: sandbox.path("b.md"), atomically: true, encoding: .utf8)
        let edited = try await run(sandbox, ["kb", "edit", "1", "--body-file", sandbox.path("b.md")], db)
        #expect(edited.output == "Saved article 1 as version 2\n", "\(edited.summary)")
        // The editor gets the front matter and the body; here it is sed, as a script would be.
        let viaEditor = try await run(sandbox, ["kb", "edit", "1"], db, environment: ["EDITOR": "sed -i -e s/Second/Third/ -e s/^title:.*/title:\\ VPN\\ am\\ Laptop/"])
        #expect(viaEditor.output == "Saved article 1 as version 3\n", "\(viaEditor.summary)")
        let failing = try await run(sandbox, ["kb", "edit", "1"], db, environment: ["EDITOR": "false"])
        expectOneErrorLine(failing, "the editor (false) exited with status 1: nothing was saved, the text is kept in ")
        // It stays next to the drafts, for the next edit.
        let kept = sandbox.path("home/.local/state/helpdesk/drafts/article-1.md")
        #expect(FileManager.default.fileExists(atPath: kept), "\(failing.summary)")

        let history = try await sandbox.json([Version].self, ["kb", "history", "1", "--json", "--db", db])
        #expect(history.map(\.version) == [1, 2, 3])
        #expect(history.map(\.title) == ["VPN einrichten", "VPN einrichten", "VPN am Laptop"])
        let old = try await sandbox.json(Version.self, ["kb", "history", "1", "--version", "1", "--json", "--db", db])
        #expect(old.body == "First body\n")
        let table = try await run(sandbox, ["kb", "history", "1"], db)
        #expect(table.output.split(separator: "\n").first?.split(separator: " ").map(String.init) == ["VERSION", "SAVED", "BY", "TITLE"])
        let article = try await sandbox.json(Article.self, ["kb", "show", "1", "--json", "--db", db])
        #expect(article.body == "Third body\n" && article.version == 3 && article.owner == Sandbox.login && !article.stale)
        expectOneErrorLine(try await run(sandbox, ["kb", "history", "1", "--version", "9"], db), "article 1 has no version 9 (it has 1 to 3)")
        expectOneErrorLine(try await run(sandbox, ["kb", "edit", "99", "--title", "X"], db), "article 99 does not exist")
        expectOneErrorLine(try await run(sandbox, ["kb", "edit", "1", "--title", "  "], db), "an article needs a title")
        // The kept text is what the next edit opens; saving it removes it.
        let retried = try await run(sandbox, ["kb", "edit", "1"], db, environment: ["EDITOR": "sed -i -e s/Third/Fourth/"])
        #expect(retried.output == "Saved article 1 as version 4\n", "\(retried.summary)")
        #expect(!FileManager.default.fileExists(atPath: kept))
        // Saved unchanged: refused, and nothing is kept.
        expectOneErrorLine(try await run(sandbox, ["kb", "edit", "1"], db, environment: ["EDITOR": "true"]),
                           "article 1 already reads like that: nothing was changed")
        #expect(!FileManager.default.fileExists(atPath: kept))
    }

    @Test func exportThenImportThenExportGivesIdenticalFiles() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let first = sandbox.path("kb1"), second = sandbox.path("kb2")
        let exported = try await run(sandbox, ["kb", "export", first], db)
        #expect(exported.status == 0 && exported.output.hasPrefix("Exported "), "\(exported.summary)")
        let imported = try await run(sandbox, ["kb", "import", first], db)
        #expect(imported.output.hasPrefix("Imported: 0 new, 0 updated, "), "\(imported.summary)")
        _ = try await run(sandbox, ["kb", "export", second], db)
        let names = try FileManager.default.contentsOfDirectory(atPath: first).sorted()
        let secondNames = try FileManager.default.contentsOfDirectory(atPath: second).sorted()
        #expect(!names.isEmpty && names == secondNames)
        for name in names {
            #expect(FileManager.default.contents(atPath: "\(first)/\(name)") == FileManager.default.contents(atPath: "\(second)/\(name)"))
        }
        try "no front matter".write(toFile: "\(first)/zz.md", atomically: true, encoding: .utf8)
        expectOneErrorLine(try await run(sandbox, ["kb", "import", first], db), "zz.md: no front matter")
        expectOneErrorLine(try await run(sandbox, ["kb", "import", sandbox.path("missing")], db), "no such folder")
    }

    @Test func linkSearchAskAndRequests() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let link = try await run(sandbox, ["kb", "link", "10", "3"], db)
        #expect(link.status == 0 && link.output.hasPrefix("Linked article 10 ("), "\(link.summary)")
        expectOneErrorLine(try await run(sandbox, ["kb", "link", "10", "3"], db), "already linked to #3")
        expectOneErrorLine(try await run(sandbox, ["kb", "link", "10", "999999"], db), "ticket 999999 does not exist")
        let show = try await run(sandbox, ["kb", "show", "10"], db)
        #expect(show.output.contains("Linked: 1   Sent: 0"), "\(show.output)")

        let hits = try await sandbox.json([HelpdeskJSON.ArticleHit].self, ["kb", "search", "drucker papierstau", "--json", "--db", db])
        #expect(hits.first?.title.hasPrefix("Printer paper jams") == true)
        for hostile in [#""vpn"#, "AND (", "*", "-x", String(repeating: "z", count: 10_000), "\u{1b}[31m"] {
            // After `--`, so that "-x" is the query, not an option.
            let result = try await sandbox.helpdesk(["kb", "search", "--db", db, "--", hostile])
            #expect(result.status == 0, "\(result.summary)")
        }
        expectOneErrorLine(try await run(sandbox, ["kb", "search", "--raw", #""vpn"#], db), "invalid advanced search")
        let raw = try await sandbox.json([HelpdeskJSON.ArticleHit].self, ["kb", "search", "--raw", "title:vpn AND 809", "--json", "--db", db])
        #expect(raw.first?.title.contains("809") == true)

        let ask = try await run(sandbox, ["ask", "vpn error 809"], db)
        #expect(ask.output.hasPrefix("#"), "\(ask.summary)")
        #expect(ask.output.contains("VPN error 809"))
        let filed = try await run(sandbox, ["request", "new", "--subject", "Drucker klemmt", "--body", "Papierstau"], db)
        #expect(filed.status == 0 && filed.output.hasPrefix("Filed #"), "\(filed.summary)")
        let list = try await run(sandbox, ["request", "list"], db)
        #expect(list.output.contains("Drucker klemmt") && list.output.contains("new"), "\(list.output)")
        expectOneErrorLine(try await run(sandbox, ["request", "new", "--subject", " "], db), "a ticket needs a subject")
    }
}
