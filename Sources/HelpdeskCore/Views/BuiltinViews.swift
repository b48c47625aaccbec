/// The views every agent has, on keys 1–8. Each query is served by an index (see Schema) so its
/// pages are keyset range scans.
public enum BuiltinViews {
    public static let mine = QueueView(key: "mine", name: "My tickets", query: "assignee:me is:open sort:-priority")
    public static let unassignedTier1 = QueueView(key: "unassigned", name: "Unassigned tier 1",
                                                  query: "is:unassigned tier:1 is:open sort:-priority")
    public static let tier2 = QueueView(key: "tier2", name: "Tier 2", query: "tier:2 is:open sort:-priority")
    public static let tier3 = QueueView(key: "tier3", name: "Tier 3", query: "tier:3 is:open sort:-priority")
    public static let slaAtRisk = QueueView(key: "sla", name: "SLA at risk", query: "is:open sla:breached,at-risk sort:due")
    public static let allOpen = QueueView(key: "open", name: "All open", query: "is:open sort:-updated")
    public static let pending = QueueView(key: "pending", name: "Pending", query: "status:pending sort:-updated")
    public static let recent = QueueView(key: "recent", name: "Recently updated", query: "sort:-updated")

    public static let all: [QueueView] = [mine, unassignedTier1, tier2, tier3, slaAtRisk, allOpen, pending, recent]

    public static func named(_ key: String) -> QueueView? {
        all.first { $0.key == key.lowercased() }
    }
}
