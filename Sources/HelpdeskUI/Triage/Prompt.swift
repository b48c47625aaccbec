/// A one-line question at the bottom (escalation reason, category, tags, ticket number).
public struct Prompt: Equatable, Sendable {
    public var label: String
    public var input: TextInput
    public var purpose: TriagePurpose
}
