/// Actions waiting for a yes: sending a reply, a bulk change, a merge.
public struct Confirmation: Equatable, Sendable {
    public var question: String
    public var request: TriageRequest
}
