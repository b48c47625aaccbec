/// A named queue: a query in the query language. Built-in views and saved views are the same thing.
public struct QueueView: Equatable, Sendable {
    /// Short name used by `:view NAME` (e.g. "tier2").
    public var key: String
    /// What the title line shows.
    public var name: String
    public var query: String
    /// A saved view of the whole team (admins manage them), not one agent's own.
    public var isShared: Bool

    public init(key: String, name: String, query: String, isShared: Bool = false) {
        self.key = key
        self.name = name
        self.query = query
        self.isShared = isShared
    }
}
