/// Why the full-screen interface could not start. Each message is one line saying what to do.
public enum CursesTerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file, a CI job).
    case notATerminal(stream: String)
    /// `TERM` is not set.
    case termUnset
    /// `TERM=dumb`: no cursor movement.
    case dumbTerminal
    /// ncurses has no terminfo entry for `TERM`.
    case unknownTerminal(String)

    public var description: String {
        switch self {
        case .notATerminal(let stream):
            return "\(stream) is not a terminal: the interactive screen needs one (the other commands work without)"
        case .termUnset:
            return "TERM is not set: set it to your terminal type, e.g. TERM=xterm-256color"
        case .dumbTerminal:
            return "TERM=dumb cannot show the interactive screen: set TERM to your terminal type, e.g. xterm-256color"
        case .unknownTerminal(let term):
            return "unknown terminal type TERM=\(term) (no terminfo entry): try TERM=xterm-256color"
        }
    }
}
