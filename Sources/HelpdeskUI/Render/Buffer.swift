import HelpdeskCore

/// A grid of styled cells: views draw a whole frame into a fresh buffer, and the terminal
/// backend writes only the cells that differ from the last frame (``diff(from:)``).
///
/// Every text drawn goes through ``Sanitizer/line(_:)`` inside ``put(_:x:y:style:maxWidth:)``,
/// so no view can forget it. A wide glyph takes its cell plus a continuation cell (empty
/// text) to its right; the buffer keeps these pairs whole whatever is drawn over them.
///
/// ```swift
/// var buffer = Buffer(size: Size(width: 20, height: 3))
/// buffer.drawBox(buffer.area, style: .plain, title: "Queue", ascii: false)
/// buffer.put("打印机 offline", x: 1, y: 1, style: Style(bold: true), maxWidth: 18)
/// print(buffer.text())
/// ```
public struct Buffer: Sendable, Equatable {
    /// Width and height in cells.
    public let size: Size
    /// The cells, row by row.
    public private(set) var cells: [Cell]

    /// A buffer of spaces in `style`.
    public init(size: Size, style: Style = .plain) {
        let size = Size(width: max(0, size.width), height: max(0, size.height))
        self.size = size
        self.cells = Array(repeating: Cell(text: " ", style: style), count: size.width * size.height)
    }

    /// A buffer holding `lines` in `style`, as wide as the widest line (handy in tests).
    public init(lines: [String], style: Style = .plain) {
        let width = lines.map { TextWidth.width(Sanitizer.line($0)) }.max() ?? 0
        self.init(size: Size(width: width, height: lines.count), style: style)
        for (y, line) in lines.enumerated() {
            put(line, x: 0, y: y, style: style)
        }
    }

    public var width: Int { size.width }
    public var height: Int { size.height }
    /// The whole buffer as a rectangle at the origin.
    public var area: Rect { Rect(size: size) }

    /// The cell at column `x`, row `y` (both must be inside the buffer).
    public subscript(x x: Int, y y: Int) -> Cell {
        precondition(x >= 0 && x < size.width && y >= 0 && y < size.height,
                     "cell (\(x),\(y)) outside buffer \(size)")
        return cells[y * size.width + x]
    }

    // MARK: - Drawing

    /// Draws `text` on row `y` from column `x`, sanitised, cut at the right edge or after
    /// `maxWidth` cells. A wide glyph that would cross that limit is drawn as a space.
    /// Returns the number of cells advanced (where the next text would start is `x + result`).
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < size.height else { return 0 }
        var limit = size.width
        if let maxWidth { limit = min(limit, x + max(0, maxWidth)) }
        guard x < limit else { return 0 }
        let safe = Sanitizer.line(text)
        var cx = x
        if TextWidth.isPrintableASCII(safe) {
            for byte in safe.utf8 {
                if cx >= limit { break }
                if cx >= 0 { write(TextWidth.asciiStrings[Int(byte) - 0x20], x: cx, y: y, style: style) }
                cx += 1
            }
            return cx - x
        }
        for glyph in TextWidth.glyphs(safe) {
            if cx >= limit { break }
            if cx + glyph.width > limit || cx + glyph.width <= 0 || cx < 0 {
                // Cut by the right limit, or partly left of column 0: a space keeps the grid.
                if cx + glyph.width > 0 {
                    for part in max(cx, 0)..<min(cx + glyph.width, limit) {
                        write(" ", x: part, y: y, style: style)
                    }
                }
                cx += glyph.width
                continue
            }
            if glyph.width == 2 {
                writeWide(glyph.text, x: cx, y: y, style: style)
            } else {
                write(glyph.text, x: cx, y: y, style: style)
            }
            cx += glyph.width
        }
        return min(cx, limit) - x
    }

    /// Fills `rect` (clipped to the buffer) with `char` in `style`. `char` should be one
    /// narrow glyph; anything else fills with spaces.
    public mutating func fill(_ rect: Rect, style: Style, char: String = " ") {
        let area = rect.intersection(self.area)
        guard !area.isEmpty else { return }
        let glyphs = TextWidth.glyphs(Sanitizer.line(char))
        let text = glyphs.count == 1 && glyphs[0].width == 1 ? glyphs[0].text : " "
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                write(text, x: x, y: y, style: style)
            }
        }
    }

    /// Sets the style of every cell in `rect` (clipped), keeping the text. A wide glyph cut by
    /// the edge of `rect` gets the style on both halves.
    public mutating func setStyle(_ rect: Rect, _ style: Style) {
        modifyStyle(rect) { $0 = style }
    }

    /// Changes the style of every cell in `rect` (clipped), keeping the text; e.g.
    /// `buffer.modifyStyle(row) { $0.reverse = true }` highlights a row but keeps its colours.
    public mutating func modifyStyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let area = rect.intersection(self.area)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            var start = area.x, end = area.maxX
            let row = y * size.width
            if cells[row + start].isContinuation && start > 0 { start -= 1 }
            if end < size.width && cells[row + end].isContinuation { end += 1 }
            for x in start..<end {
                change(&cells[row + x].style)
            }
        }
    }

    /// Draws a box on the edge of `rect` with an optional title in the top border
    /// (` Title ` from the third column, cut with `…`). Uses `─│┌┐└┘`, or `-|+` when `ascii`.
    /// Rectangles smaller than 2×2 draw nothing.
    public mutating func drawBox(
        _ rect: Rect, style: Style, title: String? = nil, ascii: Bool = false, titleStyle: Style? = nil
    ) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let h = ascii ? "-" : "─", v = ascii ? "|" : "│"
        let tl = ascii ? "+" : "┌", tr = ascii ? "+" : "┐"
        let bl = ascii ? "+" : "└", br = ascii ? "+" : "┘"
        let top = rect.y, bottom = rect.maxY - 1, left = rect.x, right = rect.maxX - 1
        for x in (left + 1)..<right {
            writeClipped(h, x: x, y: top, style: style)
            writeClipped(h, x: x, y: bottom, style: style)
        }
        for y in (top + 1)..<bottom {
            writeClipped(v, x: left, y: y, style: style)
            writeClipped(v, x: right, y: y, style: style)
        }
        writeClipped(tl, x: left, y: top, style: style)
        writeClipped(tr, x: right, y: top, style: style)
        writeClipped(bl, x: left, y: bottom, style: style)
        writeClipped(br, x: right, y: bottom, style: style)
        if let title, !title.isEmpty, rect.width >= 5 {
            let fitted = TextWidth.truncate(Sanitizer.line(title), to: rect.width - 4)
            put(" \(fitted) ", x: left + 1, y: top, style: titleStyle ?? style, maxWidth: rect.width - 2)
        }
    }

    // MARK: - Reading

    /// The text of each row; trailing spaces are kept, continuation cells add nothing.
    public func lines() -> [String] {
        (0..<size.height).map { y in
            var line = ""
            line.reserveCapacity(size.width)
            for x in 0..<size.width {
                line += cells[y * size.width + x].text
            }
            return line
        }
    }

    /// All rows joined by newlines, for snapshots.
    public func text() -> String {
        lines().joined(separator: "\n")
    }

    // MARK: - Diffing

    /// The cells that differ from `old`, grouped into runs of adjacent cells on one row.
    /// With no old frame, or one of a different size, every row is one run.
    ///
    /// A wide glyph whose right half changed is sent again as a whole, so a run never starts
    /// with a continuation cell whose glyph did not change.
    public func diff(from old: Buffer?) -> [CellRun] {
        let w = size.width
        guard let old, old.size == size else {
            return (0..<size.height).compactMap { y in
                w > 0 ? CellRun(x: 0, y: y, cells: Array(cells[(y * w)..<(y * w + w)])) : nil
            }
        }
        var runs: [CellRun] = []
        for y in 0..<size.height {
            let row = y * w
            var start = -1
            for x in 0...w {
                var changed = false
                if x < w {
                    changed = cells[row + x] != old.cells[row + x]
                    if !changed, x + 1 < w, cells[row + x + 1].isContinuation {
                        changed = cells[row + x + 1] != old.cells[row + x + 1]
                    }
                }
                if changed && start < 0 {
                    start = x
                } else if !changed && start >= 0 {
                    runs.append(CellRun(x: start, y: y, cells: Array(cells[(row + start)..<(row + x)])))
                    start = -1
                }
            }
        }
        return runs
    }

    // MARK: - Cell writing that keeps wide glyphs whole

    /// Writes one narrow glyph if (x, y) is inside the buffer.
    private mutating func writeClipped(_ text: String, x: Int, y: Int, style: Style) {
        guard x >= 0, x < size.width, y >= 0, y < size.height else { return }
        write(text, x: x, y: y, style: style)
    }

    /// Writes a narrow glyph at an in-bounds cell.
    private mutating func write(_ text: String, x: Int, y: Int, style: Style) {
        let i = y * size.width + x
        breakWideGlyph(at: i, x: x)
        cells[i] = Cell(text: text, style: style)
    }

    /// Writes a wide glyph at (x, y) and its continuation at (x + 1, y); both in bounds.
    private mutating func writeWide(_ text: String, x: Int, y: Int, style: Style) {
        let i = y * size.width + x
        breakWideGlyph(at: i, x: x)
        cells[i] = Cell(text: text, style: style)
        breakWideGlyph(at: i + 1, x: x + 1)
        cells[i + 1] = Cell(text: "", style: style)
    }

    /// Before cell `i` is overwritten: if it is half of a wide glyph, the other half becomes a
    /// space, so no orphan half is left behind.
    private mutating func breakWideGlyph(at i: Int, x: Int) {
        if cells[i].isContinuation && x > 0 {
            cells[i - 1].text = " "
        }
        if x + 1 < size.width && cells[i + 1].isContinuation {
            cells[i + 1].text = " "
        }
    }
}

/// Changed cells next to each other on one row, as found by ``Buffer/diff(from:)``.
public struct CellRun: Hashable, Sendable {
    /// Column of the first cell.
    public var x: Int
    /// Row.
    public var y: Int
    /// The new cells, left to right (continuation cells included).
    public var cells: [Cell]

    public init(x: Int, y: Int, cells: [Cell]) {
        self.x = x
        self.y = y
        self.cells = cells
    }
}
