import Foundation
import HelpdeskCore

/// Human and JSON output of the CLI. Every human-readable string passes the sanitiser, so a hostile
/// subject cannot drive the user's terminal; JSON escapes control characters itself.
enum Output {
    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = JSONEscaping.escapingInvisibles(String(decoding: try encoder.encode(value), as: UTF8.self))
        FileHandle.standardOutput.write(Data(json.utf8))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// JSON lines: one compact object per line, written in one go (a page of a stream).
    static func jsonLines<T: Encodable>(_ values: [T]) throws {
        guard !values.isEmpty else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var text = ""
        for value in values {
            text += JSONEscaping.escapingInvisibles(String(decoding: try encoder.encode(value), as: UTF8.self))
            text += "\n"
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Columns padded to their widest cell (in terminal cells); the last column is cut to the terminal width.
    static func table(headers: [String], rows: [[String]]) {
        let clean = rows.map { $0.map(Sanitizer.line) }
        var widths = headers.map(TextWidth.width)
        for row in clean {
            for (index, cell) in row.enumerated() where index < widths.count - 1 {
                widths[index] = max(widths[index], TextWidth.width(cell))
            }
        }
        let available = terminalWidth()
        func line(_ cells: [String]) -> String {
            var text = ""
            for (index, cell) in cells.enumerated() {
                if index == cells.count - 1 {
                    let room = available.map { max(8, $0 - TextWidth.width(text)) }
                    text += room.map { TextWidth.truncate(cell, to: $0) } ?? cell
                } else {
                    text += TextWidth.pad(cell, to: widths[index]) + "  "
                }
            }
            return text
        }
        print(line(headers))
        for row in clean { print(line(row)) }
    }

    /// Sanitised text, one line per line, for bodies shown in a terminal.
    static func text(_ value: String) -> String { Sanitizer.multiline(value) }

    static func terminalWidth() -> Int? {
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    // MARK: - Times

    // The CLI runs on one thread.
    nonisolated(unsafe) static let isoFormatter = ISO8601DateFormatter()

    static func iso(_ seconds: Int64) -> String {
        isoFormatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    static func iso(_ seconds: Int64?) -> String? { seconds.map(iso) }
}
