/// The ticket's tag in a mail subject, `[Helpdesk #1042]`: how replies find their ticket first
/// (before In-Reply-To and References), as Request Tracker and Zammad do. The prefix is the
/// team's (`helpdesk mail settings --tag-prefix`), so another system's `[#12]` is not ours.
public enum TicketTag {
    /// `[Prefix #1042]` for a subject line.
    public static func format(_ ticketId: Int64, prefix: String) -> String { "[\(prefix) #\(ticketId)]" }

    /// The ticket number of the first tag with this prefix in the subject (case-insensitive,
    /// spaces around `#` tolerated: mail clients and people retype it).
    public static func ticketId(in subject: String, prefix: String) -> Int64? {
        let lowered = Array(subject.lowercased().unicodeScalars)
        let wanted = Array(("[" + prefix.lowercased()).unicodeScalars)
        guard !prefix.isEmpty, lowered.count > wanted.count else { return nil }
        var index = 0
        while index + wanted.count <= lowered.count {
            if Array(lowered[index..<index + wanted.count]) == wanted {
                var cursor = index + wanted.count
                while cursor < lowered.count, lowered[cursor] == " " { cursor += 1 }
                if cursor < lowered.count, lowered[cursor] == "#" {
                    cursor += 1
                    while cursor < lowered.count, lowered[cursor] == " " { cursor += 1 }
                    var digits = ""
                    while cursor < lowered.count, ("0"..."9").contains(lowered[cursor]), digits.count < 18 {
                        digits.unicodeScalars.append(lowered[cursor])
                        cursor += 1
                    }
                    if cursor < lowered.count, lowered[cursor] == "]", let id = Int64(digits), id > 0 { return id }
                }
            }
            index += 1
        }
        return nil
    }
}
