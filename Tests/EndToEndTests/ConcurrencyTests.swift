import Foundation
import GRDB
import HelpdeskCore
import Testing
import TestSupport

/// Many processes writing one database at once, as a team on one host does: nothing fails with
/// "database is locked", no update is lost, and the file stays intact.
@Suite struct ConcurrencyTests {
    struct StressReport: Decodable {
        struct Applied: Decodable { var ticket: Int64; var version: Int64; var action: String; var marker: String? }
        var applied: [Applied]
        var conflicts: Int
        var refused: Int
        var errors: [String]
    }

    @Test(.timeLimit(.minutes(3)))
    func eightProcessesTimesFiveHundredActionsAgreeWithTheDatabase() async throws {
        let sandbox = try Sandbox()
        let db = try await sandbox.demoDatabase()
        let store = try HelpdeskStore.open(path: db, createIfMissing: false)
        // The newest 40: mostly open (the oldest are closed, and closed tickets refuse every change).
        let newest = try store.read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM tickets") ?? 40 }
        let tickets: ClosedRange<Int64> = (newest - 39)...newest
        let before = try store.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
                SELECT id, version, (SELECT count(*) FROM events e WHERE e.ticket_id = t.id) AS events FROM tickets t WHERE id BETWEEN ? AND ?
                """, arguments: [tickets.lowerBound, tickets.upperBound]).map { ($0["id"] as Int64, (version: $0["version"] as Int64, events: $0["events"] as Int)) })
        }

        let reports = try await withThrowingTaskGroup(of: StressReport.self) { group in
            for seed in 1...8 {
                group.addTask {
                    // Niced, so the timing-sensitive terminal tests running alongside keep their pace.
                    let result = try await ProcessRunner.run(
                        "/usr/bin/nice", ["-n", "15", try HelpdeskBinary.path(), "debug", "stress", "--db", db,
                                          "--tickets", "\(tickets.lowerBound)-\(tickets.upperBound)", "--actions", "500", "--seed", String(seed)],
                        environment: sandbox.environment, timeout: 170)
                    #expect(result.status == 0, "\(result.summary)")
                    return try JSONDecoder().decode(StressReport.self, from: result.stdout)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(reports.count == 8)
        #expect(reports.flatMap(\.errors).isEmpty, "\(reports.flatMap(\.errors).prefix(3))")
        let applied = reports.flatMap(\.applied)
        #expect(applied.count + reports.map { $0.conflicts + $0.refused }.reduce(0, +) == 4_000)
        #expect(applied.count > 1_000, "most changes go through")

        try store.read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            for id in tickets {
                let mine = applied.filter { $0.ticket == id }
                // Every applied change bumped the version once and wrote one event; none was lost.
                let version = try Int64.fetchOne(db, sql: "SELECT version FROM tickets WHERE id = ?", arguments: [id]) ?? 0
                let events = try Int.fetchOne(db, sql: "SELECT count(*) FROM events WHERE ticket_id = ?", arguments: [id]) ?? 0
                #expect(version == before[id]!.version + Int64(mine.count), "ticket \(id)")
                #expect(events == before[id]!.events + mine.count, "ticket \(id)")
                // Each version was handed out once: no two processes changed the same state.
                #expect(Set(mine.map(\.version)).count == mine.count, "ticket \(id)")
            }
            // Notes and tags exist exactly as reported.
            let notes = try String.fetchAll(db, sql: "SELECT body FROM messages WHERE body LIKE 'stress-%' ORDER BY body")
            #expect(notes == applied.filter { $0.action == "note" }.compactMap(\.marker).sorted())
            let tags = try String.fetchAll(db, sql: "SELECT tag FROM ticket_tags WHERE tag LIKE 'stress-%' ORDER BY tag")
            #expect(tags == applied.filter { $0.action == "tags" }.compactMap(\.marker).sorted())
        }
    }
}
