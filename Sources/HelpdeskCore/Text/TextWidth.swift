#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cell widths that agree exactly with what ncurses does on the screen.
///
/// ncurses places each character by the C library's `wcwidth`, so this measures the same way,
/// scalar by scalar, instead of by Swift grapheme clusters (which would count a joined emoji
/// sequence as one glyph while ncurses gives every emoji its own cells). Text is split into
/// *glyphs*: one scalar with `wcwidth` ≥ 1 followed by its zero-width (combining) scalars.
///
/// `wcwidth` depends on the locale: the first use of any function here calls
/// ``ensureUTF8Locale()``. Text is expected to be sanitised (``Sanitizer``); a scalar that is
/// still unprintable counts as the one-cell replacement `�`.
///
/// ```swift
/// TextWidth.width("打印机")                  // 6
/// TextWidth.truncate("打印机无法连接", to: 7)  // "打印机…"
/// TextWidth.pad("ok", to: 4)                 // "ok  "
/// ```
public enum TextWidth {
    /// One glyph and the cells it takes (1 or 2).
    public struct Glyph: Hashable, Sendable {
        /// A spacing scalar plus its zero-width scalars.
        public var text: String
        /// 1 or 2.
        public var width: Int

        public init(text: String, width: Int) {
            self.text = text
            self.width = width
        }
    }

    /// ncurses keeps at most five scalars per cell (`CCHARW_MAX`): the base and four marks.
    /// Further marks are dropped, which also defuses "Zalgo" text.
    public static let maxCombiningMarks = 4

    // MARK: - Locale

    private static let utf8Active: Bool = {
        setlocale(LC_ALL, "")
        if codesetIsUTF8() { return true }
        _ = environmentLocaleIsUTF8
        // The user's locale is not UTF-8 (often plain "C" in containers and CI): keep their
        // other categories and switch only character classification and widths.
        setlocale(LC_CTYPE, "C.UTF-8")
        if codesetIsUTF8() { return true }
        setlocale(LC_CTYPE, "C.utf8")
        return codesetIsUTF8()
    }()

    /// Whether the user's own locale (before any fallback) is UTF-8. When it is not, the TUI
    /// draws ASCII borders and marks: the terminal may not show box-drawing characters.
    public static let environmentLocaleIsUTF8: Bool = {
        let saved = setlocale(LC_CTYPE, nil).map { String(cString: $0) }
        setlocale(LC_CTYPE, "")
        let isUTF8 = codesetIsUTF8()
        if let saved { setlocale(LC_CTYPE, saved) }
        return isUTF8
    }()

    private static func codesetIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// Sets the locale from the environment (`setlocale(LC_ALL, "")`) and, when its codeset is
    /// not UTF-8, tries `C.UTF-8` for `LC_CTYPE` only. Returns whether UTF-8 is active.
    ///
    /// Runs once per process; later calls return the first answer. Call it before starting
    /// ncurses (``CursesTerminal`` does).
    @discardableResult
    public static func ensureUTF8Locale() -> Bool {
        utf8Active
    }

    /// Whether the terminal side can show non-ASCII text (the UTF-8 locale is active).
    public static var isUnicode: Bool { utf8Active }

    /// Shown for a scalar that cannot be printed: `�`, or `?` without a UTF-8 locale.
    public static var replacement: String { utf8Active ? "\u{FFFD}" : "?" }

    /// The mark for cut text: `…`, or `~` without a UTF-8 locale.
    public static var ellipsis: String { utf8Active ? "…" : "~" }

    // MARK: - Measuring

    /// `wcwidth` of one scalar: -1 unprintable, 0 combining or zero-width, 1 or 2.
    public static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        _ = utf8Active
        if scalar.value >= 0x20 && scalar.value < 0x7F { return 1 }
        return Int(cWcwidth(Int32(bitPattern: scalar.value)))
    }

    /// The C library's `wcwidth`. Glibc declares it only for `_XOPEN_SOURCE`, so Swift's Glibc
    /// module does not export it and this target may not import the ncurses shim (the UI knows
    /// nothing of ncurses): it is looked up once at run time instead.
    private static let cWcwidth: @convention(c) (Int32) -> Int32 = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth") else {
            // Cannot happen with any C library that has wide characters; ASCII still works.
            return { $0 >= 0x20 && $0 < 0x7F ? 1 : -1 }
        }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    /// The cells `s` takes on one line.
    public static func width(_ s: String) -> Int {
        if isPrintableASCII(s) { return s.utf8.count }
        var total = 0
        var hasBase = false
        for scalar in s.unicodeScalars {
            let w = scalarWidth(scalar)
            if w < 0 {
                total += 1  // shown as the replacement
                hasBase = true
            } else if w == 0 {
                if !hasBase {
                    total += 1  // an orphan mark gets a dotted-circle base
                    hasBase = true
                }
            } else {
                total += w
                hasBase = true
            }
        }
        return total
    }

    /// `s` split into glyphs as ncurses will place them.
    ///
    /// An unprintable scalar becomes ``replacement``; a combining mark with nothing before it
    /// gets the dotted circle `◌` as its base, the way Unicode shows a lone mark.
    public static func glyphs(_ s: String) -> [Glyph] {
        var result: [Glyph] = []
        if isPrintableASCII(s) {
            result.reserveCapacity(s.utf8.count)
            for byte in s.utf8 {
                result.append(Glyph(text: asciiStrings[Int(byte) - 0x20], width: 1))
            }
            return result
        }
        var current = String.UnicodeScalarView()
        var currentWidth = 0
        var marks = 0
        func flush() {
            if currentWidth > 0 {
                result.append(Glyph(text: String(current), width: currentWidth))
            }
            current = String.UnicodeScalarView()
            currentWidth = 0
            marks = 0
        }
        for scalar in s.unicodeScalars {
            let w = scalarWidth(scalar)
            if w > 0 {
                flush()
                current.append(scalar)
                currentWidth = w
            } else if w < 0 {
                flush()
                current.append(contentsOf: replacement.unicodeScalars)
                currentWidth = 1
            } else {
                if currentWidth == 0 {
                    current.append(dottedCircle)
                    currentWidth = 1
                }
                if marks < maxCombiningMarks {
                    current.append(scalar)
                    marks += 1
                }
            }
        }
        flush()
        return result
    }

    /// The base a combining mark with nothing before it is shown on: `◌`.
    static let dottedCircle: Unicode.Scalar = "\u{25CC}"

    // MARK: - Fitting

    /// `s` cut to at most `cells` cells, ending in ``ellipsis`` when something was cut. Never
    /// splits a wide glyph (the result may then be one cell short); pads nothing.
    public static func truncate(_ s: String, to cells: Int, ellipsis: String? = nil) -> String {
        guard cells > 0 else { return "" }
        let mark = ellipsis ?? Self.ellipsis
        if isPrintableASCII(s) {
            if s.utf8.count <= cells { return s }
            let markWidth = width(mark)
            if markWidth > cells { return String(s.prefix(cells)) }
            return String(s.prefix(cells - markWidth)) + mark
        }
        if width(s) <= cells { return s }
        let markWidth = width(mark)
        let room = markWidth > cells ? cells : cells - markWidth
        var out = ""
        var used = 0
        for glyph in glyphs(s) {
            if used + glyph.width > room { break }
            out += glyph.text
            used += glyph.width
        }
        return markWidth > cells ? out : out + mark
    }

    /// `s` made exactly `cells` cells wide: cut with ``truncate(_:to:ellipsis:)`` when longer,
    /// then filled with spaces on the right.
    public static func pad(_ s: String, to cells: Int) -> String {
        guard cells > 0 else { return "" }
        let fitted = truncate(s, to: cells)
        let w = width(fitted)
        return w < cells ? fitted + String(repeating: " ", count: cells - w) : fitted
    }

    /// `s` made exactly `cells` cells wide, filled with spaces on the left (right-aligned).
    public static func padLeft(_ s: String, to cells: Int) -> String {
        guard cells > 0 else { return "" }
        var fitted = truncate(s, to: cells)
        // A leading mark counts on its dotted circle; without it, the padding would become its base.
        if let first = fitted.unicodeScalars.first, scalarWidth(first) == 0 { fitted = String(dottedCircle) + fitted }
        let w = width(fitted)
        return w < cells ? String(repeating: " ", count: cells - w) + fitted : fitted
    }

    // MARK: - ASCII fast path

    /// Printable ASCII: one byte, one scalar, one cell.
    package static func isPrintableASCII(_ s: String) -> Bool {
        for byte in s.utf8 where byte < 0x20 || byte > 0x7E { return false }
        return true
    }

    /// Single-character strings for printable ASCII, so drawing plain text allocates nothing.
    package static let asciiStrings: [String] = (0x20..<0x7F).map { String(Unicode.Scalar(UInt8($0))) }
}
