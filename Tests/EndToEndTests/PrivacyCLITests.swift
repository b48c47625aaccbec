import Foundation
import GRDB
import Testing
import TestSupport

/// `requester export`, `requester erase` and `retention` as an admin runs them on a demo
/// database: JSON to hand over, one-line refusals that change nothing, and a person gone from
/// the file afterwards.
@Suite struct PrivacyCLITests {
    @Test func exportEraseAndRetentionFromTheCommandLine() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        func run(_ arguments: [String]) async throws -> ProcessResult { try await sandbox.helpdesk(arguments + ["--db", db]) }
        let person = try #require(try await sandbox.json([HelpdeskJSON.Requester].self, ["requester", "list", "--limit", "1", "--json", "--db", db]).first)

        let export = try await run(["requester", "export", person.email, "--json"])
        #expect(export.status == 0, "\(export.summary)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(export.output.utf8)) as? [String: Any])
        #expect((document["profile"] as? [String: Any])?["email"] as? String == person.email)
        #expect((document["tickets"] as? [Any])?.count == person.totalTickets)

        try await DatabaseFingerprint.warmUp(db, in: sandbox)
        let fingerprint = DatabaseFingerprint(path: db)
        for (arguments, message) in [
            (["requester", "erase", person.email, "--reason", ""], "erasing needs a --reason"),
            (["requester", "erase", person.email, "--reason", "asked by \(person.name)"], "the reason names the person"),
            (["requester", "erase", "nobody@nowhere.example", "--reason", "GDPR"], "there is no requester nobody@nowhere.example"),
            (["retention", "set", "--closed-after", "2 years"], "is not a retention period"),
        ] {
            let refused = try await run(arguments)
            #expect(refused.status != 0 && refused.errorOutput.contains(message) && refused.errorOutput.split(separator: "\n").count == 1,
                    "\(refused.summary)")
        }
        #expect(DatabaseFingerprint(path: db) == fingerprint, "refusals change nothing")

        let erased = try await run(["requester", "erase", person.email, "--reason", "GDPR request 2026-7"])
        #expect(erased.status == 0 && erased.output.hasPrefix("Erased requester #\(person.id): \(person.totalTickets) own tickets"), "\(erased.summary)")
        let shown = try await run(["requester", "show", String(person.id), "--json"])
        #expect(!shown.output.contains(person.email) && !shown.output.contains(person.name))
        let dump = try await DatabaseQueue(path: db).read { db in
            try String.fetchAll(db, sql: "SELECT subject FROM tickets UNION ALL SELECT body FROM messages UNION ALL SELECT name || email FROM requesters")
        }.joined(separator: "\n")
        #expect(!dump.contains(person.email) && !dump.contains(person.name))

        #expect(try await run(["retention", "set", "--closed-after", "30d"]).status == 0)
        let dry = try await run(["retention", "run", "--dry-run"])
        #expect(dry.status == 0 && dry.output.contains("tickets would be anonymised"), "\(dry.summary)")
        let due = dry.output.split(separator: "\n").count - 1
        // About 1,200 tickets rewritten and the index merged: seconds alone, more on a loaded machine.
        let done = try await sandbox.helpdesk(["retention", "run", "--db", db], timeout: 150)
        #expect(done.status == 0 && done.output.hasPrefix("Anonymised \(due) tickets"), "\(done.summary)")
        #expect(try await run(["retention", "run", "--dry-run"]).output == "Nothing is due.\n")
    }
}
