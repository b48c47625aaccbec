/// How urgent a ticket is. Stored as its rank (1...4) so that it sorts and compares in SQL.
public enum Priority: Int, CaseIterable, Codable, Sendable, Comparable {
    case low = 1, normal = 2, high = 3, urgent = 4

    public var name: String {
        switch self {
        case .low: "low"
        case .normal: "normal"
        case .high: "high"
        case .urgent: "urgent"
        }
    }

    public init?(parsing text: String) {
        guard let match = Priority.allCases.first(where: { $0.name == text.lowercased() }) else { return nil }
        self = match
    }

    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rawValue < rhs.rawValue }
}
