import Foundation
import HelpdeskCore

/// Markdown for the terminal, line by line: headings, lists with hanging indents, code blocks,
/// quotes; `**strong**` and `` `code` `` lose their markers, links read "text <url>".
public enum MarkdownLines {
    public static func render(_ markdown: String, width: Int) -> [StyledLine] {
        guard width > 0 else { return [] }
        var lines: [StyledLine] = []
        var inCode = false
        for raw in Sanitizer.multiline(markdown).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                inCode.toggle()
                continue
            }
            if inCode {
                lines.append(StyledLine("  " + TextWidth.truncate(raw, to: max(1, width - 2)), .mdCode))
                continue
            }
            if let heading = heading(trimmed) {
                // One blank line before a heading, also when the text already has one there.
                if let last = lines.last, !last.spans.allSatisfy({ $0.text.isEmpty }) { lines.append(StyledLine("", .dim)) }
                for line in TextWrap.wrap(inline(heading), width: width) { lines.append(StyledLine(line, .mdHeading)) }
                continue
            }
            // A marker as wide as half the pane ("123456789012. ") leaves the item no room: plain text then.
            if let (marker, item) = listItem(trimmed), TextWidth.width(marker) <= width / 2 {
                let indent = String(repeating: " ", count: TextWidth.width(marker))
                for (index, line) in TextWrap.wrap(inline(item), width: max(1, width - TextWidth.width(marker))).enumerated() {
                    lines.append(StyledLine([(index == 0 ? marker : indent, .mdEmphasis), (line, .messagePublic)]))
                }
                continue
            }
            if trimmed.hasPrefix(">") {
                for line in TextWrap.wrap(inline(String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces)), width: max(1, width - 2)) {
                    lines.append(StyledLine("│ " + line, .dim))
                }
                continue
            }
            if trimmed.hasPrefix("|") {
                lines.append(StyledLine(TextWidth.truncate(trimmed, to: width), .messagePublic))
                continue
            }
            for line in TextWrap.wrap(inline(trimmed), width: width) {
                lines.append(StyledLine(line, .messagePublic))
            }
        }
        return lines
    }

    static func heading(_ line: String) -> String? {
        guard line.hasPrefix("#") else { return nil }
        let hashes = line.prefix { $0 == "#" }.count
        guard hashes <= 6, line.dropFirst(hashes).first == " " else { return nil }
        return String(line.dropFirst(hashes + 1))
    }

    static func listItem(_ line: String) -> (String, String)? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { return ("• ", String(line.dropFirst(2))) }
        let digits = line.prefix { $0.isNumber }
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") {
            return ("\(digits). ", String(line.dropFirst(digits.count + 2)))
        }
        return nil
    }

    /// Inline markup to plain text: markers dropped, links spelled out.
    static func inline(_ text: String) -> String {
        // Most lines carry no markup; a byte scan spares them Foundation's string replacing,
        // which showed up in every frame of the knowledge-base pane.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "`") || $0 == UInt8(ascii: "[") })
        else { return text }
        // One pass, so that cost grows with the length of the line: repeated searching and
        // replacing was quadratic (one line of 20,000 links took 28 s).
        let characters = Array(text)
        // For each position, where the next ")" is (characters.count when there is none).
        var nextClose = [Int](repeating: characters.count, count: characters.count + 1)
        for index in stride(from: characters.count - 1, through: 0, by: -1) {
            nextClose[index] = characters[index] == ")" ? index : nextClose[index + 1]
        }
        var result: [Character] = []
        result.reserveCapacity(characters.count)
        var dropped = Set<Int>()  // positions in `result` of "[" that opened a finished link
        var openBracket: Int?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            switch character {
            case "*" where next == "*", "_" where next == "_":
                index += 2
                continue
            case "`":
                break
            case "[":
                openBracket = result.count
                result.append(character)
            case "]" where next == "(" && openBracket != nil && nextClose[index + 2] < characters.count:
                // [label](url) → label <url>
                let close = nextClose[index + 2]
                dropped.insert(openBracket!)
                openBracket = nil
                result.append(contentsOf: " <")
                result.append(contentsOf: characters[(index + 2)..<close].filter { $0 != "`" })
                result.append(">")
                index = close
            default:
                result.append(character)
            }
            index += 1
        }
        if dropped.isEmpty { return String(result) }
        return String(result.enumerated().lazy.filter { !dropped.contains($0.offset) }.map(\.element))
    }
}
