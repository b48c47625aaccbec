/// A terminal colour: the terminal's own default, an xterm palette index, or a true colour.
///
/// Themes write colours as strings (see ``init(parsing:)``); before drawing, a theme is
/// adapted to what the terminal can show with ``nearest(in:)``.
public enum Color: Hashable, Sendable {
    /// The terminal's default foreground or background.
    case `default`
    /// An xterm palette index: 0–7 the ANSI colours, 8–15 their bright forms, 16–231 a
    /// 6×6×6 colour cube, 232–255 a grey ramp.
    case indexed(UInt8)
    /// A true colour, mapped to the nearest palette index before drawing.
    case rgb(UInt8, UInt8, UInt8)

    /// The ANSI colour names in palette order; `bright-` forms are 8–15.
    public static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses a colour as written in themes: `default`, an ANSI name (`red`, `bright-red`),
    /// a palette index `0`–`255`, or `#rrggbb` (also `#rgb`). Case and surrounding spaces are
    /// ignored. Returns nil for anything else.
    ///
    /// ```swift
    /// Color(parsing: "bright-cyan")  // .indexed(14)
    /// Color(parsing: "#22d3ee")      // .rgb(0x22, 0xd3, 0xee)
    /// ```
    public init?(parsing text: String) {
        let s = Self.trimmed(text).lowercased()
        if s == "default" || s == "none" {
            self = .default
            return
        }
        if let index = Self.ansiNames.firstIndex(of: s) {
            self = .indexed(UInt8(index))
            return
        }
        for prefix in ["bright-", "bright_", "bright"] where s.hasPrefix(prefix) {
            if let index = Self.ansiNames.firstIndex(of: String(s.dropFirst(prefix.count))) {
                self = .indexed(UInt8(index + 8))
                return
            }
        }
        if s == "grey" || s == "gray" {
            self = .indexed(8)
            return
        }
        if !s.isEmpty, s.count <= 3, s.allSatisfy(\.isASCIIDigit), let n = Int(s), n <= 255 {
            self = .indexed(UInt8(n))
            return
        }
        if s.hasPrefix("#") {
            let hex = Array(s.dropFirst())
            guard hex.allSatisfy(\.isHexDigit) else { return nil }
            func byte(_ digits: String) -> UInt8? { UInt8(digits, radix: 16) }
            switch hex.count {
            case 6:
                guard let r = byte(String(hex[0...1])), let g = byte(String(hex[2...3])),
                      let b = byte(String(hex[4...5])) else { return nil }
                self = .rgb(r, g, b)
            case 3:
                guard let r = byte(String([hex[0], hex[0]])), let g = byte(String([hex[1], hex[1]])),
                      let b = byte(String([hex[2], hex[2]])) else { return nil }
                self = .rgb(r, g, b)
            default:
                return nil
            }
            return
        }
        return nil
    }

    /// The closest colour a terminal with `colorCount` colours can show.
    ///
    /// - More than 256 (a direct-colour terminal such as `TERM=xterm-direct`): unchanged.
    /// - 256: true colours map into the colour cube and grey ramp (16–255), which
    ///   unlike 0–15 are not re-tinted by the user's terminal palette.
    /// - 16 to 255: the 16 ANSI colours; 8 to 15: the 8 basic ones. Greyish colours map only
    ///   to greys (black, bright-black, white, bright-white), so slate text does not turn blue;
    ///   with 8 colours only the darkest greys become black, the rest white.
    /// - Fewer than 8 (no colour): `.default`.
    public func nearest(in colorCount: Int) -> Color {
        switch self {
        case .default:
            return .default
        case .indexed(let n):
            if colorCount < 8 { return .default }
            if Int(n) < colorCount { return self }
            if n >= 8 && n < 16 { return .indexed(n - 8) }  // bright → normal on 8-colour terminals
            let (r, g, b) = Self.xtermRGB(n)
            return Color.rgb(r, g, b).nearest(in: colorCount)
        case .rgb(let r, let g, let b):
            if colorCount < 8 { return .default }
            if colorCount > 256 { return self }  // a direct-colour (true colour) terminal
            let candidates: ClosedRange<Int>
            if colorCount >= 256 {
                candidates = 16...255
            } else if colorCount >= 16 {
                candidates = 0...15
            } else {
                candidates = 0...7
            }
            let greyish = Int(max(r, g, b)) - Int(min(r, g, b)) < 40
            if greyish && candidates.upperBound == 7 {
                // Only black and white: a mid grey (borders, muted text) must stay visible on a
                // dark terminal, so everything but the darkest greys becomes white.
                return .indexed(max(r, g, b) < 64 ? 0 : 7)
            }
            var best = candidates.lowerBound
            var bestDistance = Int.max
            for index in candidates {
                if greyish && candidates.upperBound < 16 && ![0, 7, 8, 15].contains(index) { continue }
                let (cr, cg, cb) = Self.xtermRGB(UInt8(index))
                let dr = Int(r) - Int(cr), dg = Int(g) - Int(cg), db = Int(b) - Int(cb)
                let distance = dr * dr + dg * dg + db * db
                if distance < bestDistance {
                    bestDistance = distance
                    best = index
                }
            }
            return .indexed(UInt8(best))
        }
    }

    /// The RGB value xterm uses for a palette index.
    public static func xtermRGB(_ index: UInt8) -> (UInt8, UInt8, UInt8) {
        switch index {
        case 0..<16:
            return ansiRGB[Int(index)]
        case 16..<232:
            let n = Int(index) - 16
            let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
            return (levels[n / 36], levels[(n / 6) % 6], levels[n % 6])
        default:
            let level = UInt8(8 + 10 * (Int(index) - 232))
            return (level, level, level)
        }
    }

    /// The text without leading and trailing spaces and tabs.
    private static func trimmed(_ text: String) -> String {
        var slice = Substring(text)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }

    private static let ansiRGB: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
}

extension Color: CustomStringConvertible {
    /// The colour as a theme would write it: `default`, `red`, `bright-red`, `123` or `#rrggbb`.
    public var description: String {
        switch self {
        case .default:
            return "default"
        case .indexed(let n) where n < 8:
            return Self.ansiNames[Int(n)]
        case .indexed(let n) where n < 16:
            return "bright-" + Self.ansiNames[Int(n) - 8]
        case .indexed(let n):
            return String(n)
        case .rgb(let r, let g, let b):
            let hex = [r, g, b].map { byte -> String in
                let digits = String(byte, radix: 16)
                return digits.count == 1 ? "0" + digits : digits
            }
            return "#" + hex.joined()
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
