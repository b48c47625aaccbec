/// One row of the keymap table: a command, its keys, where it applies and what it does.
public struct KeyBinding: Equatable, Sendable {
    public var command: Command
    public var keys: [KeyEvent]
    public var scope: KeyScope
    public var help: String

    public init(_ command: Command, _ keys: [String], scope: KeyScope = .global, help: String) {
        self.command = command
        self.keys = keys.compactMap(KeyEvent.init(spec:))
        self.scope = scope
        self.help = help
    }
}
