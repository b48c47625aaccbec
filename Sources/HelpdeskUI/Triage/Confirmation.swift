/// Actions waiting for a yes: sending a reply, a bulk change, a merge.
public struct Confirmation: Equatable, Sendable {
    public var question: String
    /// The keys that answer it ("y = send, n = keep as draft"), drawn after the question and
    /// kept whole when a long subject has to be cut.
    public var answers: String
    public var request: TriageRequest
    /// The reply or note being sent, to edit it again (`e`).
    public var composition: Composition?

    public init(question: String, answers: String = "", request: TriageRequest, composition: Composition? = nil) {
        self.question = question
        self.answers = answers
        self.request = request
        self.composition = composition
    }
}
