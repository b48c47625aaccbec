// TEMPORARY until core-rules merges: delete this file.
import HelpdeskCore
public struct UndoOutcome: Sendable, Equatable { public var summary: String; public var ticketIds: [Int64]; public var refused: [BulkOutcome.Refusal] }
extension TicketService { func undoLast() throws -> UndoOutcome { throw HelpdeskError.invalidInput("nothing to undo") } }
public enum TierStep { public static func next(from tier: Int, up: Bool, ticketId: Int64) throws -> Int {
    let n = tier + (up ? 1 : -1); guard (1...3).contains(n) else { throw HelpdeskError.invalidInput("no tier") }; return n } }
public enum TagChanges { public static func actions(from text: String) throws -> [TicketAction] { [] } }
extension Macro { func actions(for detail: TicketDetail, agentName: String, replacingText: String? = nil) -> [TicketAction] {
    [.reply(replacingText ?? text(for: detail, agentName: agentName))] + fieldActions } }
