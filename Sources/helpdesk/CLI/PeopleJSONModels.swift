import HelpdeskCore

// The `--json` shapes of requesters and organizations (as JSONModels.swift: stable names, ISO 8601 times in UTC).

struct RequesterJSON: Encodable {
    var id: Int64
    /// `[redacted]` for an erased requester, as in the text output.
    var name, email: String
    var organization: String?
    var openTickets, totalTickets: Int
    var erased: Bool

    init(_ requester: RequesterSummary) {
        id = requester.id
        name = requester.name
        email = requester.email
        organization = requester.organization
        openTickets = requester.openTickets
        totalTickets = requester.totalTickets
        erased = requester.isErased
    }
}

struct RequesterDetailJSON: Encodable {
    var id: Int64
    var name, email: String
    var organization: String?
    var openTickets, totalTickets: Int
    var erased: Bool
    var erasedAt: String?
    /// The most recently updated ones first, at most `--limit`.
    var tickets: [TicketRowJSON]

    init(_ requester: RequesterSummary, tickets: [TicketRow], now: Int64) {
        id = requester.id
        name = requester.name
        email = requester.email
        organization = requester.organization
        openTickets = requester.openTickets
        totalTickets = requester.totalTickets
        erased = requester.isErased
        erasedAt = Output.iso(requester.erasedAt)
        self.tickets = tickets.map { TicketRowJSON($0, now: now) }
    }
}

struct OrganizationJSON: Encodable {
    var id: Int64
    var name: String
    var domains: [String]
    var requesters, openTickets: Int

    init(_ organization: OrganizationListing) {
        id = organization.id
        name = organization.name
        domains = organization.domains
        requesters = organization.requesters
        openTickets = organization.openTickets
    }
}
