/// An organization as `org list` shows it: its mail domains, how many requesters belong to it
/// and how many of their tickets are open.
public struct OrganizationListing: Equatable, Sendable {
    public var id: Int64
    public var name: String
    public var domains: [String]
    public var requesters: Int
    public var openTickets: Int

    public init(id: Int64, name: String, domains: [String], requesters: Int, openTickets: Int) {
        self.id = id
        self.name = name
        self.domains = domains
        self.requesters = requesters
        self.openTickets = openTickets
    }
}
