import HelpdeskCore

/// Word wrapping on the cell grid: lines never exceed `width` cells, long words are broken
/// between glyphs (never inside a wide character). Input is sanitised first.
public enum TextWrap {
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in Sanitizer.multiline(text).split(separator: "\n", omittingEmptySubsequences: false) {
            lines += wrapLine(String(paragraph), width: width)
        }
        return lines
    }

    static func wrapLine(_ line: String, width: Int) -> [String] {
        if TextWidth.width(line) <= width { return [line] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in line.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let wordWidth = TextWidth.width(word)
            let needed = currentWidth == 0 ? wordWidth : currentWidth + 1 + wordWidth
            if needed <= width {
                current += currentWidth == 0 && current.isEmpty ? word : " " + word
                currentWidth = needed
                continue
            }
            if !current.isEmpty || currentWidth > 0 { lines.append(current) }
            current = ""
            currentWidth = 0
            // A word longer than the line is broken glyph by glyph.
            for glyph in TextWidth.glyphs(word) {
                if currentWidth + glyph.width > width {
                    lines.append(current)
                    current = ""
                    currentWidth = 0
                }
                current += glyph.text
                currentWidth += glyph.width
            }
        }
        lines.append(current)
        return lines
    }
}
