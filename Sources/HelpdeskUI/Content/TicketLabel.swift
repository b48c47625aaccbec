import HelpdeskCore

/// How prompts, pickers, confirmations and the composer name the ticket they act on:
/// "#1042 VPN-Verbindung bricht nach 5 Min…" — number and subject, so nobody answers the wrong one.
public enum TicketLabel {
    /// The longest subject shown in a label, in cells.
    static let subjectWidth = 36

    public static func text(id: Int64, subject: String) -> String {
        let subject = shortSubject(subject)
        return subject.isEmpty ? "#\(id)" : "#\(id) \(subject)"
    }

    /// The subject as a label shows it: one sanitised line, at most `subjectWidth` cells.
    public static func shortSubject(_ subject: String) -> String {
        let subject = subject.trimmingCharacters(in: .whitespacesAndNewlines)
        return subject.isEmpty ? "" : TextWidth.truncate(Sanitizer.line(subject), to: subjectWidth)
    }
}
