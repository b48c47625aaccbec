/// Actions waiting for a yes: sending a reply, a bulk change, a merge.
public struct Confirmation: Equatable, Sendable {
    public var question: String
    public var request: TriageRequest
    /// The reply or note being sent, to edit it again (`e`).
    public var composition: Composition?

    public init(question: String, request: TriageRequest, composition: Composition? = nil) {
        self.question = question
        self.request = request
        self.composition = composition
    }
}
