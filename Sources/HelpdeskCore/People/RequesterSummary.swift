import GRDB

/// A requester as lists and profiles show them: who, their organization and how many tickets
/// they have. An erased requester (`erased_at` set) is shown as ``Redaction/marker``, whatever
/// is still stored, and without an organization.
public struct RequesterSummary: Equatable, Sendable {
    public var id: Int64
    public var name: String
    public var email: String
    public var organizationId: Int64?
    public var organization: String?
    public var erasedAt: Int64?
    public var openTickets: Int
    public var totalTickets: Int

    public var isErased: Bool { erasedAt != nil }

    public init(id: Int64, name: String, email: String, organizationId: Int64? = nil, organization: String? = nil,
                erasedAt: Int64? = nil, openTickets: Int = 0, totalTickets: Int = 0) {
        let erased = erasedAt != nil
        self.id = id
        self.name = erased ? Redaction.marker : name
        self.email = erased ? Redaction.marker : email
        self.organizationId = erased ? nil : organizationId
        self.organization = erased ? nil : organization
        self.erasedAt = erasedAt
        self.openTickets = openTickets
        self.totalTickets = totalTickets
    }

    init(row: Row) {
        self.init(id: row["id"], name: row["name"], email: row["email"], organizationId: row["organization_id"],
                  organization: row["organization"], erasedAt: row["erased_at"], openTickets: row["open_tickets"],
                  totalTickets: row["total_tickets"])
    }

    /// The SELECT list of `requesters r LEFT JOIN organizations o`, with both ticket counts (each an
    /// indexed look-up of the requester's tickets, `tickets_requester`).
    static let selection = """
        r.id, r.name, r.email, r.organization_id, r.erased_at, o.name AS organization,
        (SELECT count(*) FROM tickets t WHERE t.requester_id = r.id AND t.is_open = 1) AS open_tickets,
        (SELECT count(*) FROM tickets t WHERE t.requester_id = r.id) AS total_tickets
        """
    static let joins = "LEFT JOIN organizations o ON o.id = r.organization_id"
}
