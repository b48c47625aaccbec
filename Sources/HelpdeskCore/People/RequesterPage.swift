/// One page of requesters in name order (case-insensitive, then by number), and where the next
/// page starts: keyset paging, so the last page of tens of thousands costs what the first does.
public struct RequesterPage: Equatable, Sendable {
    /// A page boundary: the name and number of the last requester shown.
    public struct Cursor: Equatable, Sendable {
        public var name: String
        public var id: Int64

        public init(name: String, id: Int64) {
            self.name = name
            self.id = id
        }
    }

    public var requesters: [RequesterSummary]
    /// Where the next page starts; nil on the last page.
    public var next: Cursor?

    public init(requesters: [RequesterSummary], next: Cursor?) {
        self.requesters = requesters
        self.next = next
    }
}
