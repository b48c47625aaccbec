import Foundation
import GRDB

/// Random ticket changes from one process, for checking that many processes writing one
/// database at once never see "database is locked", never lose an update and never corrupt it
/// (`helpdesk debug stress`, run several times in parallel by a test or on a new install).
///
/// Every action it uses bumps the ticket version exactly once and writes exactly one event, and
/// notes and tags carry the run's seed, so what each process reports can be checked against the
/// database afterwards. Each change is based on the version read just before, so concurrent
/// changes to the same ticket are refused as conflicts rather than overwritten.
public struct StressRun {
    public struct Report: Codable, Sendable {
        public struct Applied: Codable, Sendable {
            public var ticket: Int64
            public var version: Int64
            public var action: String
            /// The note's text or the tag added, to find it again.
            public var marker: String?
        }

        public var applied: [Applied] = []
        public var conflicts = 0
        public var refused = 0
        /// Anything other than a refusal or a conflict (e.g. "database is locked"): must stay empty.
        public var errors: [String] = []
    }

    let service: TicketService
    let tickets: ClosedRange<Int64>
    var random: SeededRandom
    let seed: UInt64

    /// Admins only: it changes real tickets at random.
    public init(service: TicketService, tickets: ClosedRange<Int64>, seed: UInt64) throws {
        try Permissions.requireAdmin(service.actor, to: "run helpdesk debug stress (it changes tickets at random)")
        self.service = service
        self.tickets = tickets
        self.seed = seed
        random = SeededRandom(seed: seed)
    }

    public mutating func run(actions: Int) -> Report {
        var report = Report()
        for number in 0..<actions {
            let id = tickets.lowerBound + Int64(random.below(Int(tickets.count)))
            let marker = "stress-\(seed)-\(number)"
            let action: TicketAction
            switch random.below(4) {
            case 0: action = .note(marker)
            case 1: action = .addTags([marker])
            case 2: action = .setPriority(random.pick(Priority.allCases))
            default: action = .setStatus(random.pick([TicketStatus.open, .pending, .onHold]))
            }
            do {
                let version = try service.store.read { db in
                    try Int64.fetchOne(db, sql: "SELECT version FROM tickets WHERE id = ?", arguments: [id]) ?? 0
                }
                let outcome = try service.perform(action, on: id, basedOn: version)
                let kept: String? = switch action {
                case .note, .addTags: marker
                default: nil
                }
                report.applied.append(.init(ticket: id, version: outcome.version, action: action.name, marker: kept))
            } catch HelpdeskError.conflict {
                report.conflicts += 1
            } catch HelpdeskError.invalidInput {
                report.refused += 1  // nothing to change (the same priority again)
            } catch {
                report.errors.append("\(error)")
            }
        }
        return report
    }
}
