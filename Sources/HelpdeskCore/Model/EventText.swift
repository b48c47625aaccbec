/// One history line in words: "mkeller: escalate tier 1 → tier 2 — needs AD rights".
public enum EventText {
    public static func describe(_ event: TicketEvent) -> String {
        var text = "\(event.actor): \(event.action)"
        switch (event.oldValue, event.newValue) {
        case let (old?, new?): text += " \(old) → \(new)"
        case let (nil, new?): text += " \(new)"
        case let (old?, nil): text += " \(old) → (none)"
        case (nil, nil): break
        }
        if let reason = event.reason, !reason.isEmpty { text += " — \(reason)" }
        return text
    }
}
