import HelpdeskCore
import HelpdeskUI

/// What must hold for any text on its way to the terminal, as `Sanitizer` documents it.
enum ScreenChecks {
    /// A scalar that must never reach the screen: C0 controls (a newline only where lines are
    /// kept), DEL, C1 controls, the line and paragraph separators, and format characters (bidi
    /// controls, zero-width and invisible characters), Hangul fillers and tag characters.
    static func isForbidden(_ scalar: Unicode.Scalar, newlineAllowed: Bool = false) -> Bool {
        switch scalar.value {
        case 0x0A: !newlineAllowed
        case 0x00..<0x20, 0x7F, 0x80...0x9F, 0x2028, 0x2029, 0x115F, 0x1160, 0x3164, 0xFFA0, 0xE0000...0xE007F: true
        default: scalar.properties.generalCategory == .format
        }
    }

    /// Throws when `text` holds a forbidden scalar.
    static func checkSafe(_ text: String, newlineAllowed: Bool = false, _ context: @autoclosure () -> String) throws(FuzzFailure) {
        if let bad = text.unicodeScalars.first(where: { isForbidden($0, newlineAllowed: newlineAllowed) }) {
            throw FuzzFailure("\(context()): U+\(String(bad.value, radix: 16, uppercase: true)) in \(text.debugDescription)")
        }
    }

    /// Every row of the buffer is exactly its width: each cell one glyph of one or two cells, a
    /// wide glyph followed by its continuation, nothing forbidden in a cell.
    static func checkGrid(_ buffer: Buffer, _ context: @autoclosure () -> String) throws(FuzzFailure) {
        let lines = buffer.lines()
        for y in 0..<buffer.height {
            var x = 0
            while x < buffer.width {
                let cell = buffer[x: x, y: y]
                try checkSafe(cell.text, "\(context()): cell (\(x),\(y))")
                let width = TextWidth.width(cell.text)
                try FuzzFailure.check(width == 1 || width == 2, "\(context()): cell (\(x),\(y)) \(cell.text.debugDescription) is \(width) cells")
                if width == 2 {
                    try FuzzFailure.check(x + 1 < buffer.width && buffer[x: x + 1, y: y].isContinuation,
                                          "\(context()): wide glyph at (\(x),\(y)) without its right half")
                }
                x += width
            }
            try FuzzFailure.check(TextWidth.width(lines[y]) == buffer.width, "\(context()): row \(y) is not \(buffer.width) cells")
        }
    }
}
