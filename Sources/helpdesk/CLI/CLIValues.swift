import HelpdeskCore

/// Reading the named values of the command line (status, priority, channel, clock), each with a
/// one-line error that lists what is valid — checked before any command opens the store.
enum CLIValues {
    /// The statuses a ticket can be set to (not back to new).
    static func status(_ text: String) throws -> TicketStatus {
        let settable = TicketStatus.allCases.filter { $0 != .new }
        guard let status = TicketStatus(parsing: text), status != .new else {
            if TicketStatus(parsing: text) == .new { throw CLIError("a ticket cannot go back to new (use open)") }
            throw CLIError("unknown status '\(text)' (expected \(settable.map(\.rawValue).joined(separator: ", ")))")
        }
        return status
    }

    static func priority(_ text: String) throws -> Priority {
        guard let priority = Priority(parsing: text) else {
            throw CLIError("unknown priority '\(text)' (expected \(Priority.allCases.map(\.name).joined(separator: ", ")))")
        }
        return priority
    }

    static func channel(_ text: String) throws -> Channel {
        guard let channel = Channel(parsing: text) else {
            throw CLIError("unknown channel '\(text)' (expected \(Channel.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return channel
    }

    static func clock(_ text: String) throws -> SLAClockKind {
        guard let clock = SLAClockKind(rawValue: text.lowercased()) else {
            throw CLIError("unknown clock '\(text)' (expected \(SLAClockKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return clock
    }

    static func breachAction(_ text: String) throws -> SLABreachAction {
        guard let action = SLABreachAction(rawValue: text.lowercased()) else {
            throw CLIError("unknown breach action '\(text)' (expected \(SLABreachAction.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return action
    }
}
