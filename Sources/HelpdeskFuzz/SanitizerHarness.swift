import HelpdeskCore
import HelpdeskUI

/// Text from outside on its way to the screen: what `Sanitizer` lets through is safe and stays
/// the same when sanitised again; `TextWidth` measures it as it cuts it (no cut or padded text
/// wider than asked); a `Buffer` it is drawn into keeps its grid.
enum SanitizerHarness {
    static func run(_ text: String) throws(FuzzFailure) {
        let line = Sanitizer.line(text)
        let multiline = Sanitizer.multiline(text)
        try ScreenChecks.checkSafe(line, "Sanitizer.line")
        try ScreenChecks.checkSafe(multiline, newlineAllowed: true, "Sanitizer.multiline")
        try FuzzFailure.check(Sanitizer.line(line) == line, "Sanitizer.line is not idempotent on \(text.debugDescription)")
        try FuzzFailure.check(Sanitizer.multiline(multiline) == multiline, "Sanitizer.multiline is not idempotent on \(text.debugDescription)")

        // Raw text too: a scalar that cannot be printed counts as its one-cell replacement.
        for measured in [text, line] {
            let glyphs = TextWidth.glyphs(measured)
            let width = TextWidth.width(measured)
            try FuzzFailure.check(glyphs.allSatisfy { $0.width == 1 || $0.width == 2 }, "a glyph of \(measured.debugDescription) is not 1 or 2 cells")
            try FuzzFailure.check(glyphs.reduce(0) { $0 + $1.width } == width,
                                  "width \(width) of \(measured.debugDescription) is not the sum of its glyphs")
        }
        let width = TextWidth.width(line)
        for cells in Set([0, 1, 2, 3, 7, width - 1, width, width + 1]) where cells >= 0 {
            let cut = TextWidth.truncate(line, to: cells)
            try FuzzFailure.check(TextWidth.width(cut) <= cells, "truncate(\(line.debugDescription), to: \(cells)) is \(TextWidth.width(cut)) cells")
            try FuzzFailure.check(cells < width || cut == line, "truncate(\(line.debugDescription), to: \(cells)) cut text that fits")
            if cells > 0 {
                try FuzzFailure.check(TextWidth.width(TextWidth.pad(line, to: cells)) == cells, "pad(\(line.debugDescription), to: \(cells))")
                try FuzzFailure.check(TextWidth.width(TextWidth.padLeft(line, to: cells)) == cells, "padLeft(\(line.debugDescription), to: \(cells))")
            }
        }

        // Drawn at a few places, also partly off the left edge and cut on the right.
        var buffer = Buffer(size: Size(width: 24, height: 3))
        let advanced = buffer.put(text, x: 0, y: 0, style: .plain)
        try FuzzFailure.check(advanced <= 24, "put advanced \(advanced) cells in a row of 24")
        buffer.put(text, x: -3, y: 1, style: .plain, maxWidth: 13)
        buffer.put("打印机", x: 0, y: 2, style: .plain)
        buffer.put(text, x: 1, y: 2, style: .plain, maxWidth: 10)
        try ScreenChecks.checkGrid(buffer, "Buffer.put(\(text.debugDescription))")
    }
}
