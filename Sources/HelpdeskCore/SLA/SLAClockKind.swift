/// How an SLA clock counts time. Most desks promise answers within their opening hours
/// (`business`); a 24/7 service promises them around the clock (`continuous`).
public enum SLAClockKind: String, Sendable, Codable, CaseIterable {
    /// Only the working hours of the desk's `BusinessCalendar` count.
    case business
    /// Every second counts, nights, weekends and holidays included.
    case continuous
}
