import Foundation

/// What a query's relative words mean: who "me" is, what "now" is, and which time zone dates are in.
public struct QueryContext: Sendable {
    public var agentId: Int64?
    public var now: Int64
    public var timeZone: TimeZone

    public init(agentId: Int64?, now: Int64, timeZone: TimeZone = .current) {
        self.agentId = agentId
        self.now = now
        self.timeZone = timeZone
    }
}
