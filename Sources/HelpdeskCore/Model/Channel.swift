/// How a ticket reached the helpdesk.
public enum Channel: String, CaseIterable, Codable, Sendable {
    case email, phone, chat, web, walkIn = "walk-in"

    public init?(parsing text: String) {
        let lowered = text.lowercased()
        if lowered == "walkin" { self = .walkIn; return }
        guard let value = Channel(rawValue: lowered) else { return nil }
        self = value
    }
}
