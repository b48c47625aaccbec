/// The promise made for one priority: how soon the first answer and the resolution are due, and
/// whether that time counts only in the desk's working hours or around the clock.
public struct SLAPolicy: Sendable, Equatable, Codable {
    public var firstResponseTarget: SLATarget
    public var resolutionTarget: SLATarget
    public var clock: SLAClockKind

    public init(firstResponseTarget: SLATarget, resolutionTarget: SLATarget, clock: SLAClockKind = .business) {
        self.firstResponseTarget = firstResponseTarget
        self.resolutionTarget = resolutionTarget
        self.clock = clock
    }

    /// The targets a desk gets until it configures its own, all in business hours.
    public static func standard(for priority: Priority) -> SLAPolicy {
        switch priority {
        case .urgent: SLAPolicy(firstResponseTarget: SLATarget(minutes: 30), resolutionTarget: SLATarget(minutes: 4 * 60))
        case .high: SLAPolicy(firstResponseTarget: SLATarget(minutes: 60), resolutionTarget: SLATarget(minutes: 8 * 60))
        case .normal: SLAPolicy(firstResponseTarget: SLATarget(minutes: 4 * 60), resolutionTarget: SLATarget(businessDays: 3))
        case .low: SLAPolicy(firstResponseTarget: SLATarget(businessDays: 1), resolutionTarget: SLATarget(businessDays: 5))
        }
    }

    /// The deadline of a clock that started at `start` and has been paused for `pausedSeconds` so far
    /// (as measured by `pausedSeconds(from:to:calendar:)`): pauses push the deadline back by their length.
    public func due(from start: Int64, target: SLATarget, pausedSeconds: Int64, calendar: BusinessCalendar) -> Int64 {
        let length = target.seconds(in: calendar).saturatingAdding(max(0, pausedSeconds))
        switch clock {
        case .business: return calendar.adding(businessSeconds: length, to: start)
        case .continuous: return start.saturatingAdding(length)
        }
    }

    /// How much clock time a pause from `start` to `end` took: working time on a business clock (a
    /// ticket pending over the weekend loses nothing), wall-clock time on a continuous one.
    public func pausedSeconds(from start: Int64, to end: Int64, calendar: BusinessCalendar) -> Int64 {
        switch clock {
        case .business: calendar.businessSeconds(from: start, to: end)
        case .continuous: max(0, end.saturatingSubtracting(start))
        }
    }
}
