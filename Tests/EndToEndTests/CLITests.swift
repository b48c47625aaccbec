import Foundation
import HelpdeskCore
import Testing

/// Every CLI command of the built binary, on success and on failure, asserting its real output.
@Suite("CLI (the built binary)", .timeLimit(.minutes(3)))
struct CLITests {
    // MARK: - init

    @Test func initCreatesTheFolderAndTheFileAndSaysWhere() async throws {
        let sandbox = try Sandbox()
        let db = sandbox.path("nested/folder/helpdesk.sqlite")
        let first = try await sandbox.helpdesk(["init", "--db", db])
        #expect(first.status == 0, "\(first.summary)")
        #expect(first.output == """
            Created a new helpdesk database at \(db)
            You (\(Sandbox.login)) are its first agent, with the admin role.

            """)
        #expect(first.errorOutput.isEmpty)
        #expect(FileManager.default.fileExists(atPath: db))

        let agents = try await sandbox.json([HelpdeskJSON.Agent].self, ["agent", "list", "--json", "--db", db])
        #expect(agents == [HelpdeskJSON.Agent(login: Sandbox.login, name: OSUser.current().fullName, role: "admin", tier: 3, active: true)])

        let before = DatabaseFingerprint(path: db)
        let second = try await sandbox.helpdesk(["init", "--db", db])
        #expect(second.status == 0, "\(second.summary)")
        #expect(second.output == "A helpdesk database already exists at \(db); nothing was changed.\n")
        #expect(DatabaseFingerprint(path: db) == before)
    }

    @Test func initWithoutDBUsesXDGDataHomeNotTheRealHome() async throws {
        let sandbox = try Sandbox()
        let result = try await sandbox.helpdesk(["init"])
        let expected = sandbox.path("data/helpdesk/helpdesk.sqlite")
        #expect(result.status == 0, "\(result.summary)")
        #expect(result.output.contains("Created a new helpdesk database at \(expected)"))
        #expect(FileManager.default.fileExists(atPath: expected))
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.path("home")).isEmpty)
    }

    // MARK: - demo

    @Test func demoFillsTheDatabaseWithTheRequestedTickets() async throws {
        let fixture = try await DemoDatabase.shared.fixture()
        #expect(fixture.creation.output.hasPrefix("Generated \(DemoDatabase.tickets) demo tickets in "))
        #expect(fixture.creation.output.hasSuffix("into \(fixture.path)\n"))
        #expect(fixture.creation.errorLines.contains("\(DemoDatabase.tickets)/\(DemoDatabase.tickets) tickets (100%)"))

        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let rows = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--limit", "10000", "--db", db])
        #expect(rows.count == DemoDatabase.tickets)
        #expect(Set(rows.map(\.id)).count == DemoDatabase.tickets)
        #expect(Set(rows.map(\.status)).isSuperset(of: ["new", "open", "pending", "solved", "closed"]))
        #expect(Set(rows.map(\.tier)) == [1, 2, 3])
    }

    @Test func demoIsTheSameForTheSameSeed() async throws {
        let sandbox = try Sandbox()
        var lists: [[HelpdeskJSON.TicketRow]] = []
        for name in ["a", "b"] {
            let db = sandbox.path("\(name)/h.sqlite")
            let result = try await sandbox.helpdesk(["demo", "--db", db, "--tickets", "40", "--seed", "7", "--now", String(DemoDatabase.now)])
            #expect(result.status == 0, "\(result.summary)")
            #expect(result.output.hasPrefix("Generated 40 demo tickets in "))
            var rows = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--limit", "100", "--query", "sort:id", "--db", db])
            // The SLA state is measured against the real clock, which moves between the two runs.
            for index in rows.indices { rows[index].sla = "" }
            lists.append(rows)
        }
        #expect(lists[0].count == 40)
        #expect(lists[0] == lists[1])
    }

    // MARK: - ticket list

    /// The documented negation may come first: `--query '-tag:vpn'` is a query, not an option.
    @Test func aQueryMayStartWithANegation() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let negated = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--limit", "10000", "--query", "-tag:vpn is:open", "--db", db])
        let all = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--limit", "10000", "--query", "is:open", "--db", db])
        let vpn = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--limit", "10000", "--query", "tag:vpn is:open", "--db", db])
        #expect(!negated.isEmpty && !vpn.isEmpty)
        #expect(negated.count + vpn.count == all.count)
        #expect(Set(negated.map(\.id)).isDisjoint(with: vpn.map(\.id)))
        let view = try await sandbox.helpdesk(["view", "add", "novpn", "--query", "-tag:vpn", "--db", db])
        #expect(view.status == 0, "\(view.summary)")
    }

    @Test func ticketListPrintsATableWithAHeader() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let result = try await sandbox.helpdesk(["ticket", "list", "--limit", "5", "--db", db])
        #expect(result.status == 0, "\(result.summary)")
        #expect(result.errorOutput.isEmpty)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(lines.first?.split(separator: " ").map(String.init)
                == ["ID", "PRIORITY", "STATUS", "TIER", "SLA", "UPDATED", "REQUESTER", "ASSIGNEE", "SUBJECT"])

        // The same tickets, in the same order, as the JSON output.
        let rows = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--limit", "5", "--json", "--db", db])
        #expect(lines.dropFirst().map { $0.prefix { $0 != " " } }.map(String.init) == rows.map { String($0.id) })
        for (line, row) in zip(lines.dropFirst(), rows) {
            #expect(line.hasSuffix(row.subject))
        }

        let all = try await sandbox.helpdesk(["ticket", "list", "--db", db])
        #expect(all.output.split(separator: "\n").count == 51, "the default limit is 50")
    }

    @Test func ticketListQueryFiltersTheRows() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let result = try await sandbox.helpdesk(["ticket", "list", "--query", "status:pending tier:2", "--limit", "500", "--db", db])
        #expect(result.status == 0, "\(result.summary)")
        let lines = result.output.split(separator: "\n").map(String.init)
        let header = try #require(lines.first)
        func column(_ title: String) throws -> [String] {
            let offset = try #require(header.range(of: title)).lowerBound.utf16Offset(in: header)
            // ID, PRIORITY, STATUS and TIER hold ASCII only, so offsets line up.
            return lines.dropFirst().map { line in
                String(line.dropFirst(offset).prefix { $0 != " " })
            }
        }
        #expect(lines.count > 2)
        #expect(try column("STATUS").allSatisfy { $0 == "pending" })
        #expect(try column("TIER").allSatisfy { $0 == "2" })

        let rows = try await sandbox.json([HelpdeskJSON.TicketRow].self,
                                          ["ticket", "list", "--query", "status:pending tier:2", "--limit", "500", "--json", "--db", db])
        #expect(rows.count == lines.count - 1)
        #expect(rows.allSatisfy { $0.status == "pending" && $0.tier == 2 })

        let none = try await sandbox.helpdesk(["ticket", "list", "--query", "zzqxj-nothing-like-this", "--db", db])
        #expect(none.status == 0)
        #expect(none.output == "No tickets match.\n")
    }

    @Test func ticketListJSONHasEveryField() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let result = try await sandbox.helpdesk(["ticket", "list", "--json", "--limit", "20", "--query", "tier:3 sort:id", "--db", db])
        #expect(result.status == 0, "\(result.summary)")
        let object = try JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]]
        let first = try #require(object?.first)
        for key in ["id", "subject", "status", "priority", "channel", "tier", "requester", "requesterEmail",
                    "createdAt", "updatedAt", "nextDue", "sla", "version"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        let rows = try JSONDecoder().decode([HelpdeskJSON.TicketRow].self, from: result.stdout)
        #expect(rows.count == 20)
        #expect(rows.allSatisfy { $0.tier == 3 })
        #expect(rows.map(\.id) == rows.map(\.id).sorted())
        #expect(rows.allSatisfy { $0.createdAt.hasSuffix("Z") && $0.createdAt.contains("T") })
    }

    @Test func ticketListAfterContinuesWhereTheLastPageEnded() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let query = ["--query", "status:open sort:-priority"]
        let whole = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--limit", "60", "--db", db] + query)
        let first = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--limit", "25", "--db", db] + query)
        let last = try #require(first.last)
        let next = try await sandbox.json([HelpdeskJSON.TicketRow].self,
                                          ["ticket", "list", "--json", "--limit", "35", "--after", String(last.id), "--db", db] + query)
        #expect(whole.count == 60 && first + next == whole)
    }

    @Test func ticketListJSONLStreamsEveryTicketOnce() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        // More tickets than the 10,000 cap would allow in one page is too slow for a test; the
        // demo's 2,000 are four of the stream's pages.
        let result = try await sandbox.helpdesk(["ticket", "list", "--jsonl", "--query", "sort:id", "--db", db])
        #expect(result.status == 0, "\(result.summary)")
        let lines = result.output.split(separator: "\n")
        let rows = try lines.map { try JSONDecoder().decode(HelpdeskJSON.TicketRow.self, from: Data($0.utf8)) }
        #expect(rows.count == DemoDatabase.tickets && rows.map(\.id) == Array(1...Int64(DemoDatabase.tickets)))
        let json = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--limit", "10000", "--query", "sort:id", "--db", db])
        #expect(rows == json)

        let some = try await sandbox.helpdesk(["ticket", "list", "--jsonl", "--limit", "700", "--after", "1000", "--query", "sort:id", "--db", db])
        let ids = try some.output.split(separator: "\n").map { try JSONDecoder().decode(HelpdeskJSON.TicketRow.self, from: Data($0.utf8)).id }
        #expect(ids == Array(1001...1700))
        expectCleanFailure(try await sandbox.helpdesk(["ticket", "list", "--json", "--jsonl", "--db", db]), "give either --json or --jsonl, not both")
        expectCleanFailure(try await sandbox.helpdesk(["ticket", "list", "--after", "99999", "--db", db]), "ticket 99999 does not exist")
    }

    @Test func ticketListOnAnEmptyDatabaseSaysHowToStart() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.emptyDatabase()
        let result = try await sandbox.helpdesk(["ticket", "list", "--db", db])
        #expect(result.status == 0, "\(result.summary)")
        #expect(result.output == "No tickets yet. Create one with: helpdesk ticket create --subject S --requester EMAIL\n")
        let json = try await sandbox.helpdesk(["ticket", "list", "--json", "--db", db])
        #expect(json.output.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]"
                || json.output.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
    }

    // MARK: - ticket show

    @Test func ticketShowPrintsTheTicketConversationAndHistory() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let detail = try await sandbox.json(HelpdeskJSON.TicketDetail.self, ["ticket", "show", "42", "--json", "--db", db])
        #expect(detail.id == 42)
        #expect(!detail.messages.isEmpty)
        #expect(detail.events.first?.action == "create")
        #expect(detail.messages.first?.fromAgent == false, "the requester writes first")
        let row = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--query", "id:42", "--db", db])
        #expect(row.map(\.subject) == [detail.subject])

        let text = try await sandbox.helpdesk(["ticket", "show", "42", "--db", db])
        #expect(text.status == 0, "\(text.summary)")
        let lines = text.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "#42  \(detail.subject)")
        #expect(lines.contains("  Status        \(detail.status)"))
        #expect(lines.contains("  Priority      \(detail.priority)"))
        #expect(lines.contains("Conversation"))
        #expect(lines.contains("History"))
        for message in detail.messages {
            #expect(lines.contains { $0.hasPrefix("── \(message.author) · ") }, "no header for the message by \(message.author)")
        }
        let historyStart = try #require(lines.firstIndex(of: "History"))
        #expect(lines[(historyStart + 1)...].filter { !$0.isEmpty }.count == detail.events.count)
    }

    // MARK: - ticket create

    @Test func ticketCreateReadsTheBodyFromStandardInputAndPrintsTheNumber() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let body = "Hallo,\nseit dem Update bricht das VPN alle 5 Minuten ab.\nGrüße, Anna"
        let result = try await sandbox.helpdesk(
            ["ticket", "create", "--db", db, "--subject", "VPN bricht ab", "--requester", "anna.huber@nordwind.example",
             "--body-file", "-", "--priority", "high", "--tier", "2", "--category", "network", "--channel", "phone",
             "--tag", "vpn", "--tag", "remote"],
            stdin: Data(body.utf8))
        #expect(result.status == 0, "\(result.summary)")
        #expect(result.errorOutput.isEmpty)
        let id = try #require(Int64(result.output.trimmingCharacters(in: .newlines)), "printed \(result.output)")
        #expect(result.output == "\(id)\n")
        #expect(id > Int64(DemoDatabase.tickets))

        let detail = try await sandbox.json(HelpdeskJSON.TicketDetail.self, ["ticket", "show", String(id), "--json", "--db", db])
        #expect(detail.subject == "VPN bricht ab")
        #expect(detail.messages.map(\.body) == [body])
        #expect(detail.priority == "high")
        #expect(detail.tier == 2)
        #expect(detail.category == "network")
        #expect(detail.channel == "phone")
        #expect(Set(detail.tags) == ["vpn", "remote"])
        #expect(detail.requesterEmail == "anna.huber@nordwind.example")
        #expect(detail.status == "new")

        let listed = try await sandbox.helpdesk(["ticket", "list", "--query", "tag:vpn sort:-id", "--limit", "1", "--db", db])
        #expect(listed.output.split(separator: "\n").last.map { $0.hasPrefix("\(id) ") && $0.hasSuffix("VPN bricht ab") } == true,
                "\(listed.output)")
    }

    @Test func ticketCreateWithBodyFile() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.emptyDatabase()
        let file = sandbox.path("body.txt")
        try "Der Drucker im 3. OG druckt nur leere Seiten.".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try await sandbox.helpdesk(["ticket", "create", "--db", db, "--subject", "Drucker", "--requester", "max@x.example", "--body-file", file])
        #expect(result.status == 0, "\(result.summary)")
        #expect(result.output == "1\n", "the first ticket of a new database is number 1")
        let detail = try await sandbox.json(HelpdeskJSON.TicketDetail.self, ["ticket", "show", "1", "--json", "--db", db])
        #expect(detail.messages.map(\.body) == ["Der Drucker im 3. OG druckt nur leere Seiten."])
        #expect(detail.priority == "normal")
    }

    /// A subject with terminal control sequences is neutralised in human output, kept exactly in JSON.
    @Test func hostileSubjectCannotDriveTheTerminal() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.emptyDatabase()
        let subject = "\u{1b}[2J evil\u{7}"
        let body = "line 1\u{1b}]0;owned\u{7}\n\u{1b}[31mred\u{1b}[0m c1\u{9b}2J"
        let created = try await sandbox.helpdesk(["ticket", "create", "--db", db, "--subject", subject, "--requester", "evil@x.example",
                                                  "--body-file", "-"], stdin: Data(body.utf8))
        #expect(created.status == 0, "\(created.summary)")
        let id = try #require(Int64(created.output.trimmingCharacters(in: .newlines)))

        // ESC and BEL as bytes, and the C1 CSI as a character (its byte 0x9b is also part of
        // ordinary UTF-8 sequences, such as the placeholder ␛ itself).
        func hasControls(_ result: ProcessResult) -> Bool {
            result.stdout.contains { $0 == 0x1b || $0 == 0x07 } || result.output.unicodeScalars.contains { $0.value == 0x9b }
        }
        let list = try await sandbox.helpdesk(["ticket", "list", "--db", db])
        #expect(list.status == 0)
        #expect(list.output.contains("evil"))
        #expect(!hasControls(list), "ESC or BEL reached the terminal: \(Array(list.stdout))")
        let show = try await sandbox.helpdesk(["ticket", "show", String(id), "--db", db])
        #expect(show.output.contains("evil"))
        #expect(show.output.contains("red"))
        #expect(!hasControls(show), "ESC or BEL reached the terminal: \(show.output)")

        let rows = try await sandbox.json([HelpdeskJSON.TicketRow].self, ["ticket", "list", "--json", "--db", db])
        #expect(rows.map(\.subject) == [subject])
        let detail = try await sandbox.json(HelpdeskJSON.TicketDetail.self, ["ticket", "show", String(id), "--json", "--db", db])
        #expect(detail.subject == subject)
        #expect(detail.messages.map(\.body) == [body])
    }

    // MARK: - kb

    @Test func kbSearchFindsArticlesBestFirst() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let hits = try await sandbox.json([HelpdeskJSON.ArticleHit].self, ["kb", "search", "passwort zurücksetzen", "--json", "--db", db])
        #expect(!hits.isEmpty)
        // Best first: articles matching more of the question's words, then (among those) title
        // matches and BM25 (`score`), as docs/knowledge-base.md describes.
        #expect(hits.map(\.matchedWords) == hits.map(\.matchedWords).sorted(by: >), "best match first")
        let best = try #require(hits.first)
        #expect(best.title.localizedCaseInsensitiveContains("kennwort") || best.title.localizedCaseInsensitiveContains("passwort"))

        let text = try await sandbox.helpdesk(["kb", "search", "passwort zurücksetzen", "--db", db])
        #expect(text.status == 0, "\(text.summary)")
        let lines = text.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "#\(best.id)  \(best.title)")
        #expect(lines.count == hits.count * 2, "a title line and a snippet line per hit")

        let none = try await sandbox.helpdesk(["kb", "search", "zzqxjvbnm", "--db", db])
        #expect(none.status == 0)
        #expect(none.output == "No articles match.\n")
    }

    @Test func kbShowPrintsTheArticle() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let article = try await sandbox.json(HelpdeskJSON.Article.self, ["kb", "show", "1", "--json", "--db", db])
        #expect(article.id == 1)
        #expect(!article.title.isEmpty && !article.body.isEmpty)
        let text = try await sandbox.helpdesk(["kb", "show", "1", "--db", db])
        #expect(text.status == 0, "\(text.summary)")
        let lines = text.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "# \(article.title)")
        if !article.tags.isEmpty { #expect(lines.contains("Tags: \(article.tags.joined(separator: ", "))")) }
        #expect(lines.contains { $0.hasPrefix("Updated: ") })
        let firstBodyLine = try #require(article.body.split(separator: "\n").first)
        #expect(lines.contains(String(firstBodyLine)))
    }

    @Test func kbAddStoresTheArticleAndSearchFindsIt() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let file = sandbox.path("zebra.md")
        let body = "# Zebradrucker einrichten\n\n1. Treiber installieren\n2. Etiketten einlegen\n"
        try body.write(toFile: file, atomically: true, encoding: .utf8)
        let added = try await sandbox.helpdesk(["kb", "add", "--db", db, "--title", "Zebradrucker einrichten", "--body-file", file,
                                                "--tag", "drucker", "--tag", "etiketten"])
        #expect(added.status == 0, "\(added.summary)")
        let id = try #require(Int64(added.output.trimmingCharacters(in: .newlines)), "printed \(added.output)")

        let article = try await sandbox.json(HelpdeskJSON.Article.self, ["kb", "show", String(id), "--json", "--db", db])
        #expect(article.title == "Zebradrucker einrichten")
        #expect(article.body == body)
        #expect(Set(article.tags) == ["drucker", "etiketten"])
        let hits = try await sandbox.json([HelpdeskJSON.ArticleHit].self, ["kb", "search", "zebradrucker", "--json", "--db", db])
        #expect(hits.first?.id == id)

        let fromStdin = try await sandbox.helpdesk(["kb", "add", "--db", db, "--title", "Aus der Pipe", "--body-file", "-"],
                                                   stdin: Data("Text aus stdin".utf8))
        #expect(fromStdin.status == 0, "\(fromStdin.summary)")
        let second = try #require(Int64(fromStdin.output.trimmingCharacters(in: .newlines)))
        let piped = try await sandbox.json(HelpdeskJSON.Article.self, ["kb", "show", String(second), "--json", "--db", db])
        #expect(piped.body == "Text aus stdin")
    }

    // MARK: - agent

    @Test func agentAddAndList() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let added = try await sandbox.helpdesk(["agent", "add", "jdoe", "--name", "Jane Doe", "--role", "supervisor", "--tier", "2", "--db", db])
        #expect(added.status == 0, "\(added.summary)")
        #expect(added.output == "Added agent jdoe (supervisor, tier 2)\n")
        let plain = try await sandbox.helpdesk(["agent", "add", "mmuster", "--name", "Max Muster", "--db", db])
        #expect(plain.output == "Added agent mmuster (agent, tier 1)\n")

        let agents = try await sandbox.json([HelpdeskJSON.Agent].self, ["agent", "list", "--json", "--db", db])
        #expect(agents.contains(HelpdeskJSON.Agent(login: "jdoe", name: "Jane Doe", role: "supervisor", tier: 2, active: true)))
        #expect(agents.contains(HelpdeskJSON.Agent(login: "mmuster", name: "Max Muster", role: "agent", tier: 1, active: true)))
        #expect(agents.contains { $0.login == Sandbox.login && $0.role == "admin" })

        let table = try await sandbox.helpdesk(["agent", "list", "--db", db])
        let lines = table.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.split(separator: " ").map(String.init) == ["LOGIN", "NAME", "ROLE", "TIER", "ACTIVE"])
        #expect(lines.count == agents.count + 1)
        #expect(lines.contains { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) == ["jdoe", "Jane", "Doe", "supervisor", "2", "yes"] })
    }

    // MARK: - Failures

    /// A command that fails, on a database that must come out of it unchanged.
    struct Failure: Sendable, CustomTestStringConvertible {
        enum Database: Sendable { case demo, empty }
        var name: String
        var database: Database
        /// `$DB` stands for the database path.
        var arguments: [String]
        var stdin: Data?
        /// The whole stderr line, or a part of it.
        var message: String
        var exact = false

        var testDescription: String { name }

        static let all: [Failure] = [
            Failure(name: "ticket show of a ticket that does not exist", database: .empty,
                    arguments: ["ticket", "show", "999", "--db", "$DB"], message: "helpdesk: error: ticket 999 does not exist", exact: true),
            Failure(name: "ticket show 99999 in the demo", database: .demo,
                    arguments: ["ticket", "show", "99999", "--db", "$DB"], message: "helpdesk: error: ticket 99999 does not exist", exact: true),
            Failure(name: "misspelt priority", database: .demo,
                    arguments: ["ticket", "create", "--db", "$DB", "--subject", "Drucker", "--requester", "a@x.example", "--priority", "hgh"],
                    message: "unknown priority 'hgh' (expected low, normal, high, urgent)"),
            Failure(name: "empty subject", database: .demo,
                    arguments: ["ticket", "create", "--db", "$DB", "--subject", "", "--requester", "a@x.example"],
                    message: "subject"),
            Failure(name: "subject too long", database: .demo,
                    arguments: ["ticket", "create", "--db", "$DB", "--subject", String(repeating: "x", count: 501), "--requester", "a@x.example"],
                    message: "too long"),
            Failure(name: "unknown channel", database: .demo,
                    arguments: ["ticket", "create", "--db", "$DB", "--subject", "Fax", "--requester", "a@x.example", "--channel", "fax"],
                    message: "unknown channel 'fax'"),
            Failure(name: "malformed query names the column", database: .demo,
                    arguments: ["ticket", "list", "--db", "$DB", "--query", "status:opn"],
                    message: "helpdesk: error: query column 8: unknown status 'opn' (expected new, open, pending, on-hold, solved, closed) — did you mean 'open'?",
                    exact: true),
            Failure(name: "malformed query later in the text", database: .demo,
                    arguments: ["ticket", "list", "--db", "$DB", "--query", "status:open priority:hgh"],
                    message: "query column 22: unknown priority 'hgh'"),
            Failure(name: "limit out of range", database: .demo,
                    arguments: ["ticket", "list", "--db", "$DB", "--limit", "0"], message: "--limit must be between 1 and 10000"),
            Failure(name: "agent add with a login that exists", database: .demo,
                    arguments: ["agent", "add", Sandbox.login, "--name", "Someone Else", "--db", "$DB"],
                    message: "an agent with login '\(Sandbox.login)' already exists"),
            Failure(name: "agent add with an unknown role", database: .demo,
                    arguments: ["agent", "add", "newbie", "--name", "New Bie", "--role", "boss", "--db", "$DB"],
                    message: "unknown role 'boss' (expected agent, supervisor, admin)"),
            Failure(name: "kb show of an article that does not exist", database: .demo,
                    arguments: ["kb", "show", "999", "--db", "$DB"], message: "helpdesk: error: article 999 does not exist", exact: true),
            Failure(name: "ticket create --body-file that does not exist", database: .demo,
                    arguments: ["ticket", "create", "--db", "$DB", "--subject", "S", "--requester", "a@x.example", "--body-file", "/nonexistent"],
                    message: "helpdesk: error: cannot read /nonexistent: no such file", exact: true),
            Failure(name: "kb add --body-file that does not exist", database: .demo,
                    arguments: ["kb", "add", "--db", "$DB", "--title", "T", "--body-file", "/nonexistent"],
                    message: "helpdesk: error: cannot read /nonexistent: no such file", exact: true),
            Failure(name: "kb add --body-file that is a directory", database: .demo,
                    arguments: ["kb", "add", "--db", "$DB", "--title", "T", "--body-file", "/"], message: "it is a directory"),
            Failure(name: "body on standard input that is not UTF-8", database: .demo,
                    arguments: ["ticket", "create", "--db", "$DB", "--subject", "S", "--requester", "a@x.example", "--body-file", "-"],
                    stdin: Data([0x66, 0xff, 0xfe, 0x80]), message: "standard input is not UTF-8 text"),
            Failure(name: "demo into a database that exists", database: .demo,
                    arguments: ["demo", "--db", "$DB", "--tickets", "5"], message: "already exists; the demo is built as a new database"),
            Failure(name: "unknown option", database: .demo,
                    arguments: ["ticket", "list", "--db", "$DB", "--bogus"], message: "Unknown option '--bogus'"),
        ]
    }

    @Test(arguments: Failure.all)
    func failurePrintsOneErrorLineAndChangesNothing(_ failure: Failure) async throws {
        let sandbox = try Sandbox()
        let db = failure.database == .demo ? try await sandbox.demoDatabase() : try await sandbox.emptyDatabase()
        try await DatabaseFingerprint.warmUp(db, in: sandbox)
        let before = DatabaseFingerprint(path: db)
        let tickets = try await sandbox.helpdesk(["ticket", "list", "--json", "--limit", "3", "--query", "sort:-id", "--db", db]).output
        let agents = try await sandbox.helpdesk(["agent", "list", "--json", "--db", db]).output

        let result = try await sandbox.helpdesk(failure.arguments.map { $0 == "$DB" ? db : $0 }, stdin: failure.stdin)

        expectCleanFailure(result, failure.message, exact: failure.exact)
        #expect(DatabaseFingerprint(path: db) == before, "the database changed")
        #expect(try await sandbox.helpdesk(["ticket", "list", "--json", "--limit", "3", "--query", "sort:-id", "--db", db]).output == tickets)
        #expect(try await sandbox.helpdesk(["agent", "list", "--json", "--db", db]).output == agents)
    }

    @Test func databaseThatIsADirectoryIsRefused() async throws {
        let sandbox = try Sandbox()
        let folder = sandbox.path("i-am-a-folder")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "keep".write(toFile: folder + "/keep.txt", atomically: true, encoding: .utf8)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: sandbox.root.path).sorted()

        let result = try await sandbox.helpdesk(["ticket", "list", "--db", folder])
        expectCleanFailure(result, "helpdesk: error: \(folder) is a directory, not a database file", exact: true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["keep.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.root.path).sorted() == siblings)
    }

    @Test(arguments: [["ticket", "list"], ["agent", "list"], ["init"], ["ticket", "create", "--subject", "S", "--requester", "a@x.example"]])
    func databaseThatIsATextFileIsLeftByteForByte(_ command: [String]) async throws {
        let sandbox = try Sandbox()
        let file = sandbox.path("notes.txt")
        let content = Data("Meeting notes\nnot a database at all\n".utf8)
        try content.write(to: URL(fileURLWithPath: file))

        let result = try await sandbox.helpdesk(command + ["--db", file])
        expectCleanFailure(result, "helpdesk: error: \(file) is not a SQLite database (it was left unchanged)", exact: true)
        #expect(FileManager.default.contents(atPath: file) == content)
        #expect(!FileManager.default.fileExists(atPath: file + "-wal"))
        #expect(!FileManager.default.fileExists(atPath: file + "-shm"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.root.path).sorted() == ["config", "data", "home", "notes.txt"])
    }

    @Test func databaseUnderAFolderThatCannotBeCreated() async throws {
        let sandbox = try Sandbox()
        let result = try await sandbox.helpdesk(["init", "--db", "/proc/nope/h.sqlite"])
        expectCleanFailure(result, "helpdesk: error: cannot create the folder /proc/nope for the database")
        // A command that only reads does not try to create anything.
        let read = try await sandbox.helpdesk(["ticket", "list", "--db", "/proc/nope/h.sqlite"])
        expectCleanFailure(read, "helpdesk: error: there is no helpdesk database at /proc/nope/h.sqlite yet")
        #expect(!FileManager.default.fileExists(atPath: "/proc/nope"))
    }

    /// A command that fails (or only reads) never creates the database `--db` names, and says
    /// exactly one thing.
    @Test(arguments: [
        ["ticket", "list", "--query", "status:opn"],
        ["ticket", "create", "--subject", "", "--requester", "a@x.example"],
        ["ticket", "show", "999"],
        ["kb", "show", "999"],
    ])
    func failureOnANewPathCreatesNoDatabase(_ command: [String]) async throws {
        let sandbox = try Sandbox()
        let db = sandbox.path("not-yet/h.sqlite")
        let result = try await sandbox.helpdesk(command + ["--db", db])
        #expect(result.status != 0)
        #expect(result.errorLines.last?.hasPrefix("helpdesk: error: ") == true, "\(result.summary)")
        #expect(result.errorLines.count == 1, "\(result.errorLines)")
        #expect(!FileManager.default.fileExists(atPath: db), "the failed command created \(db)")
    }

    // MARK: - Helpers

    /// Non-zero exit, nothing on stdout, and exactly one stderr line: `helpdesk: error: …`.
    func expectCleanFailure(_ result: ProcessResult, _ message: String, exact: Bool = false,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status != 0, "exit status 0: \(result.summary)", sourceLocation: sourceLocation)
        #expect(!result.timedOut, sourceLocation: sourceLocation)
        #expect(result.output.isEmpty, "stdout: \(result.output)", sourceLocation: sourceLocation)
        #expect(result.errorLines.count == 1, "stderr must be one line: \(result.errorLines)", sourceLocation: sourceLocation)
        let line = result.errorLines.first ?? ""
        #expect(line.hasPrefix("helpdesk: error: "), "\(line)", sourceLocation: sourceLocation)
        if exact {
            #expect(line == message, sourceLocation: sourceLocation)
        } else {
            #expect(line.contains(message), "“\(line)” does not say “\(message)”", sourceLocation: sourceLocation)
        }
    }
}
