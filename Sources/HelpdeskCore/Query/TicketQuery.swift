/// A parsed query: the terms a ticket must match (all of them) and an optional ordering.
///
/// Parsed by ``QueryParser``, turned into SQL by ``QueryCompiler``.
public struct TicketQuery: Equatable, Sendable {
    public var terms: [Term]
    public var sort: TicketSort?

    public init(terms: [Term] = [], sort: TicketSort? = nil) {
        self.terms = terms
        self.sort = sort
    }

    /// One condition. `negated` comes from a leading `-` (`-tag:vpn`, `-printer`).
    public enum Term: Equatable, Sendable {
        case field(FieldTerm)
        case text(String, isPhrase: Bool, negated: Bool)
    }

    public struct FieldTerm: Equatable, Sendable {
        public var field: QueryField
        public var comparison: Comparison
        /// Alternatives (`status:open,pending`, `assignee:me|none`), already validated for the field.
        public var values: [String]
        public var negated: Bool
        /// Column of the value, for error messages found later.
        public var column: Int
    }

    public enum Comparison: String, Equatable, Sendable {
        case equal = "", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    }
}

/// The fields a query may name.
public enum QueryField: String, CaseIterable, Sendable {
    case status, priority, tier, assignee, requester, org, category, tag, channel, sla, created, updated, `is`, id

    /// Fields that accept `<`, `<=`, `>`, `>=`.
    var isOrdered: Bool {
        switch self {
        case .priority, .tier, .created, .updated, .id: true
        default: false
        }
    }
}
