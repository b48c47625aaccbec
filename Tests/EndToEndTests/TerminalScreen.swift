import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One capture of the tmux pane: the text a person sees, line by line.
struct TerminalScreen: CustomStringConvertible, Sendable {
    let lines: [String]
    let width: Int
    let height: Int

    init(text: String, width: Int, height: Int) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.count > height { lines.removeLast(lines.count - height) }
        while lines.count < height { lines.append("") }
        self.lines = lines
        self.width = width
        self.height = height
    }

    var description: String {
        "\(width)×\(height) screen:\n" + lines.enumerated().map { String(format: "%2d|", $0.offset) + $0.element }.joined(separator: "\n")
    }

    var titleLine: String { lines[0] }
    var bottomLine: String { lines[height - 1] }

    func contains(_ text: String) -> Bool { lines.contains { $0.contains(text) } }

    /// The number in the detail pane's title `┌ Ticket #N ─`, if a ticket is shown.
    var detailTicket: Int64? {
        for line in lines {
            guard let range = line.range(of: "┌ Ticket #") else { continue }
            return Int64(line[range.upperBound...].prefix { $0.isNumber })
        }
        return nil
    }

    /// The title line of the inline composer ("┌ Reply to #N …" / "┌ Internal note on #N …"), if it is open.
    var composerTitle: String? {
        lines.first { $0.contains("┌ Reply to #") || $0.contains("┌ Internal note on #") }
    }

    /// Whether `text` names ticket `id` as "#id" followed by a space or the end (so #12 is not #123).
    static func names(_ text: String, ticket id: Int64) -> Bool {
        text.contains("#\(id) ") || text.hasSuffix("#\(id)")
    }

    /// The queue's column header line, and the rows below it down to the pane's bottom border.
    var queueHeader: String? { lines.first { $0.contains(" ID PRIO ") } }

    var queueRows: [String] {
        guard let start = lines.firstIndex(where: { $0.contains(" ID PRIO ") }) else { return [] }
        var rows: [String] = []
        for line in lines[(start + 1)...] {
            guard line.hasPrefix("│"), !line.dropFirst().allSatisfy({ $0 == " " || $0 == "│" }) else { break }
            rows.append(line)
        }
        return rows
    }

    /// A column of the queue, cut from each row where the header has it. The columns up to
    /// STATUS hold one-cell characters only, so characters and cells line up. ID is aligned
    /// right, so it is the first word after the border and the mark column.
    func queueColumn(_ title: String) -> [String] {
        if title == "ID" {
            return queueRows.map { row in row.dropFirst(2).split(separator: " ").first.map(String.init) ?? "" }
        }
        guard let header = queueHeader, let range = header.range(of: " \(title) ") else { return [] }
        let start = header.distance(from: header.startIndex, to: range.lowerBound) + 1
        return queueRows.map { row in
            let characters = Array(row)
            guard characters.count > start else { return "" }
            return String(characters[start...].prefix { $0 != " " })
        }
    }

    /// The width of a line in terminal cells, as the C library measures it (what tmux uses too).
    static func cells(_ line: String) -> Int {
        Self.withUTF8Locale {
            line.unicodeScalars.reduce(0) { total, scalar in total + max(0, Int(wcwidth(Int32(bitPattern: scalar.value)))) }
        }
    }

    /// glibc declares `wcwidth` only for _XOPEN_SOURCE, so Swift's Glibc module lacks it: look it up.
    private static let wcwidth: @convention(c) (Int32) -> Int32 = {
        guard let symbol = dlsym(nil, "wcwidth") else { fatalError("the C library has no wcwidth") }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    /// `wcwidth` needs a UTF-8 locale; it is set for this thread only, so nothing else changes.
    private static func withUTF8Locale<T>(_ body: () -> T) -> T {
        guard let utf8 = newlocale(Int32(1) << LC_CTYPE, "C.UTF-8", nil) else { return body() }
        let previous = uselocale(utf8)
        defer {
            uselocale(previous)
            freelocale(utf8)
        }
        return body()
    }
}
