/// A multi-line text field for the inline reply editor: lines, a cursor (line, column in
/// characters), and the usual editing keys. Enter starts a new line.
public struct TextArea: Equatable, Sendable {
    public private(set) var lines: [String]
    public private(set) var line = 0
    public private(set) var column = 0

    public init(_ text: String = "") {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.isEmpty { lines = [""] }
        // Start at the end, as an editor opened on a draft would after "G$".
        line = lines.count - 1
        column = lines[line].count
    }

    public var text: String { lines.joined(separator: "\n") }

    /// Applies an editing or moving key; returns false for keys it does not use.
    public mutating func handle(_ event: KeyEvent) -> Bool {
        let editing = line
        var current = Array(lines[editing])
        switch event.key {
        case .char(let character) where !event.alt:
            current.insert(character, at: column)
            column += 1
        case .enter:
            lines[line] = String(current[..<column])
            lines.insert(String(current[column...]), at: line + 1)
            line += 1
            column = 0
            return true
        case .backspace, .ctrl("h"):
            if column > 0 {
                current.remove(at: column - 1)
                column -= 1
            } else if line > 0 {
                let previous = lines[line - 1]
                lines.remove(at: line)
                line -= 1
                column = previous.count
                lines[line] = previous + String(current)
                return true
            }
        case .delete:
            if column < current.count {
                current.remove(at: column)
            } else if line + 1 < lines.count {
                lines[line] = String(current) + lines.remove(at: line + 1)
                return true
            }
        case .left: moveLeft()
        case .right: moveRight()
        case .up where line > 0:
            line -= 1
            column = min(column, lines[line].count)
        case .down where line + 1 < lines.count:
            line += 1
            column = min(column, lines[line].count)
        case .up, .down: break
        case .home, .ctrl("a"): column = 0
        case .end, .ctrl("e"): column = current.count
        case .ctrl("k"):
            current.removeLast(current.count - column)
        case .ctrl("u"):
            current.removeFirst(column)
            column = 0
        default:
            return false
        }
        lines[editing] = String(current)  // moves leave it as it was
        return true
    }

    private mutating func moveLeft() {
        if column > 0 { column -= 1 } else if line > 0 { line -= 1; column = lines[line].count }
    }

    private mutating func moveRight() {
        if column < lines[line].count { column += 1 } else if line + 1 < lines.count { line += 1; column = 0 }
    }
}
