/// One tier up or down from where a ticket is — what `ticket escalate` / `deescalate` without
/// `--tier` and the TUI's escalate keys move to. Tiers are 1 (first line) to 3.
public enum TierStep {
    public static let lowest = 1
    public static let highest = 3

    /// The tier one step up (or down) from `tier`, or why there is none.
    public static func next(from tier: Int, up: Bool, ticketId: Int64) throws -> Int {
        let next = tier + (up ? 1 : -1)
        guard (lowest...highest).contains(next) else {
            throw HelpdeskError.invalidInput(up ? "#\(ticketId) is already tier \(highest), the highest: there is no tier to escalate it to"
                                                : "#\(ticketId) is already tier \(lowest), the lowest: there is no tier to de-escalate it to")
        }
        return next
    }
}
