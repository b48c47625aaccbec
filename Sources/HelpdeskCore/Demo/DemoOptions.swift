/// What `helpdesk demo` generates.
public struct DemoOptions: Sendable {
    public var tickets: Int
    public var articles: Int
    public var seed: UInt64
    /// The moment the demo is anchored to: tickets spread over the 90 days before it.
    public var now: Int64

    public init(tickets: Int = 2_000, articles: Int = 0, seed: UInt64 = 1, now: Int64) {
        self.tickets = tickets
        self.articles = articles
        self.seed = seed
        self.now = now
    }
}
