/// A rectangle of terminal cells: `x`, `y` of the top-left cell, and a size.
///
/// Layout is done by cutting rectangles; every helper clamps so that no result has a
/// negative size:
///
/// ```swift
/// let screen = Rect(size: Size(width: 120, height: 40))
/// let (body, statusBar) = screen.splitRows(bottom: 1)
/// let (queue, right) = body.splitColumns(ratio: 0.45)
/// let (detail, kb) = right.splitRows(ratio: 0.6)
/// ```
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The rectangle at the origin covering `size`.
    public init(size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    public var size: Size { Size(width: width, height: height) }
    /// One past the right-most column.
    public var maxX: Int { x + width }
    /// One past the bottom row.
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// The overlap of two rectangles (empty, at `x`/`y` of the overlap start, when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    // MARK: - Insets

    /// The rectangle shrunk by `n` cells on every side (a box's inside is `inset(by: 1)`).
    public func inset(by n: Int) -> Rect {
        inset(top: n, left: n, bottom: n, right: n)
    }

    /// The rectangle shrunk on each side.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        let w = max(0, width - left - right), h = max(0, height - top - bottom)
        return Rect(x: x + min(left, width), y: y + min(top, height), width: w, height: h)
    }

    // MARK: - Splitting

    /// Side by side: the left part `left` columns wide (clamped), the right part the rest.
    public func splitColumns(left: Int) -> (left: Rect, right: Rect) {
        let w = min(max(0, left), width)
        return (Rect(x: x, y: y, width: w, height: height),
                Rect(x: x + w, y: y, width: width - w, height: height))
    }

    /// Side by side: the right part `right` columns wide (clamped), the left part the rest.
    public func splitColumns(right: Int) -> (left: Rect, right: Rect) {
        splitColumns(left: width - min(max(0, right), width))
    }

    /// Side by side: the left part gets `ratio` (0…1) of the width, rounded.
    public func splitColumns(ratio: Double) -> (left: Rect, right: Rect) {
        splitColumns(left: Int((Double(width) * min(max(ratio, 0), 1)).rounded()))
    }

    /// Stacked: the top part `top` rows high (clamped), the bottom part the rest.
    public func splitRows(top: Int) -> (top: Rect, bottom: Rect) {
        let h = min(max(0, top), height)
        return (Rect(x: x, y: y, width: width, height: h),
                Rect(x: x, y: y + h, width: width, height: height - h))
    }

    /// Stacked: the bottom part `bottom` rows high (clamped), the top part the rest.
    public func splitRows(bottom: Int) -> (top: Rect, bottom: Rect) {
        splitRows(top: height - min(max(0, bottom), height))
    }

    /// Stacked: the top part gets `ratio` (0…1) of the height, rounded.
    public func splitRows(ratio: Double) -> (top: Rect, bottom: Rect) {
        splitRows(top: Int((Double(height) * min(max(ratio, 0), 1)).rounded()))
    }

    /// Side by side columns of the given widths, left to right, with `spacing` cells between
    /// them; a width of nil takes what is left (shared equally when several are nil). Columns
    /// that no longer fit get width 0.
    public func columns(_ widths: [Int?], spacing: Int = 0) -> [Rect] {
        let gaps = max(0, widths.count - 1) * max(0, spacing)
        let fixed = widths.compactMap { $0 }.reduce(0) { $0 + max(0, $1) }
        let flexibleCount = widths.filter { $0 == nil }.count
        let rest = max(0, width - fixed - gaps)
        let flexible = flexibleCount > 0 ? rest / flexibleCount : 0
        var extra = flexibleCount > 0 ? rest % flexibleCount : 0
        var result: [Rect] = []
        var cx = x
        for (i, w) in widths.enumerated() {
            var cw: Int
            if let w { cw = max(0, w) } else {
                cw = flexible + (extra > 0 ? 1 : 0)
                if extra > 0 { extra -= 1 }
            }
            cw = max(0, min(cw, maxX - cx))
            result.append(Rect(x: cx, y: y, width: cw, height: height))
            cx = min(maxX, cx + cw + (i < widths.count - 1 ? spacing : 0))
        }
        return result
    }

    // MARK: - Rows

    /// Row `i` (0-based) as a rectangle one cell high.
    public func row(_ i: Int) -> Rect {
        Rect(x: x, y: y + i, width: width, height: i >= 0 && i < height ? 1 : 0)
    }

    /// Every row, top to bottom, each one cell high.
    public var rows: [Rect] {
        (0..<height).map { Rect(x: x, y: y + $0, width: width, height: 1) }
    }
}

extension Rect: CustomStringConvertible {
    /// `(x,y) WxH`.
    public var description: String { "(\(x),\(y)) \(width)x\(height)" }
}
