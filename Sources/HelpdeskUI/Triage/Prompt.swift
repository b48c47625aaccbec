/// A one-line question at the bottom (escalation reason, category, tags, ticket number), for
/// the ticket or marked tickets it was asked about (its label names them).
public struct Prompt: Equatable, Sendable {
    public var label: String
    public var input: TextInput
    public var purpose: TriagePurpose
    public var target: TriageRequest.Target

    public init(label: String, input: TextInput = TextInput(), purpose: TriagePurpose, target: TriageRequest.Target) {
        self.label = label
        self.input = input
        self.purpose = purpose
        self.target = target
    }
}
