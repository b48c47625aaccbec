import HelpdeskCore

/// Runs the user's editor on a file. The effect runner hands it the terminal meanwhile; tests
/// use an editor that writes a text and returns.
public protocol Editor {
    /// The editor's command, or nil when none is configured (replies then use the inline editor).
    var command: String? { get }
    /// Edits the file with `command` (or `fallback` when none is set) and returns its exit status.
    func edit(_ path: String, fallback: String) -> Int32
}

/// `$VISUAL`, else `$EDITOR` (see ``ExternalEditor``).
public struct SystemEditor: Editor {
    public init() {}

    public var command: String? { ExternalEditor.command() }

    public func edit(_ path: String, fallback: String) -> Int32 {
        ExternalEditor.run(command ?? fallback, path: path)
    }
}
