/// First-response and resolution targets per priority, in seconds of wall-clock time.
/// (Business-hour calendars and pausing come with the triage work; until then due times are plain offsets.)
public struct SLAPolicy: Sendable, Equatable {
    public var firstResponse: Int64
    public var resolution: Int64

    public static func standard(for priority: Priority) -> SLAPolicy {
        switch priority {
        case .urgent: SLAPolicy(firstResponse: 30 * 60, resolution: 4 * 3600)
        case .high: SLAPolicy(firstResponse: 3600, resolution: 8 * 3600)
        case .normal: SLAPolicy(firstResponse: 4 * 3600, resolution: 3 * 86_400)
        case .low: SLAPolicy(firstResponse: 86_400, resolution: 5 * 86_400)
        }
    }
}
