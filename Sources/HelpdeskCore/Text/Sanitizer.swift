/// Makes untrusted text safe to show on a terminal.
///
/// This is the one place where text that came from outside (subjects, bodies, names, imported
/// mail, config values shown back) is made harmless before it reaches a terminal: control
/// characters would move the cursor or start escape sequences, bidi overrides reorder what a
/// person reads, and invisible characters hide what is really there. Each of them becomes a
/// *visible* placeholder instead of disappearing, so nothing is hidden:
///
/// | input | output |
/// | --- | --- |
/// | ESC | `␛` |
/// | other C0 controls (NUL, BS, CR, BEL, …) | the control picture U+2400 + code, e.g. `␍` |
/// | DEL | `␡` |
/// | C1 controls U+0080–U+009F | `�` |
/// | bidi embeddings, overrides, isolates and marks | `�` |
/// | zero-width, invisible and format characters, Hangul fillers, tag characters | `�` |
///
/// Deliberate exceptions keep emoji looking right: a zero-width joiner between two emoji, the
/// variation selectors U+FE0E/U+FE0F, and a skin-tone modifier right after an emoji are
/// dropped, because terminals disagree on the width of such sequences while `wcwidth` (and so
/// ncurses) counts every emoji and modifier on its own; dropping them keeps the screen grid
/// exact everywhere. A joiner anywhere else becomes `�`; a lone skin-tone swatch stays.
///
/// ```swift
/// Sanitizer.line("VPN broken\u{1B}[1;1HHACKED")   // "VPN broken␛[1;1HHACKED"
/// Sanitizer.multiline("a\r\nb\tc")                 // "a\nb    c"
/// ```
public enum Sanitizer {
    /// Sanitises text for a single line: newlines (also CRLF and U+2028/U+2029) and tabs become
    /// one space each; everything dangerous becomes a visible placeholder.
    public static func line(_ s: String) -> String {
        if isPrintableASCII(s, allowNewline: false) || isPlainText(s, allowNewline: false) { return s }
        return sanitize(s, multiline: false)
    }

    /// Sanitises text that may span lines: newlines are kept (CRLF and U+2028/U+2029 become
    /// `\n`), a tab becomes four spaces (never a raw tab); everything dangerous becomes a
    /// visible placeholder.
    public static func multiline(_ s: String) -> String {
        if isPrintableASCII(s, allowNewline: true) || isPlainText(s, allowNewline: true) { return s }
        return sanitize(s, multiline: true)
    }

    /// Whether `scalar` is one the sanitiser would replace: a C0 or C1 control, DEL, or a hidden
    /// (bidi, zero-width, format) character. Words such as tags and categories refuse them.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || isHidden(scalar)
    }

    // MARK: - Placeholders

    /// Shown for C1 controls, bidi controls and invisible characters.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    static let escapePicture: Unicode.Scalar = "\u{241B}"
    static let deletePicture: Unicode.Scalar = "\u{2421}"

    // MARK: - Implementation

    /// The second fast path, for text with letters, punctuation and line drawing beyond ASCII
    /// (umlauts, “quotes”, …, ─): nothing in it that `sanitize` would change. Blocks known to hold
    /// no format or control character are passed without a Unicode property lookup.
    static func isPlainText(_ s: String, allowNewline: Bool) -> Bool {
        for scalar in s.unicodeScalars {
            let value = scalar.value
            if (0x20...0x7E).contains(value) || (allowNewline && value == 0x0A) { continue }
            // Latin-1 and the Latin extensions but the soft hyphen; dashes, quotes and … (not the
            // separators U+2028/U+2029 nor the invisible U+2060 and up); arrows, maths, box drawing,
            // shapes, symbols and dingbats.
            if (0xA0...0x2FF).contains(value) && value != 0xAD { continue }
            if (0x2010...0x2027).contains(value) || (0x2030...0x205F).contains(value) || (0x2190...0x27BF).contains(value) { continue }
            return false
        }
        return true
    }

    /// The fast path: this runs for every piece of text drawn, and most of it is plain ASCII.
    static func isPrintableASCII(_ s: String, allowNewline: Bool) -> Bool {
        for byte in s.utf8 where byte < 0x20 || byte > 0x7E {
            if allowNewline && byte == 0x0A { continue }
            return false
        }
        return true
    }

    static func sanitize(_ s: String, multiline: Bool) -> String {
        let scalars = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar?  // the last scalar written, for the emoji-joiner rule

        func emit(_ scalar: Unicode.Scalar) {
            out.append(scalar)
            last = scalar
        }
        func newline() {
            emit(multiline ? "\n" : " ")
        }

        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            index += 1
            switch scalar.value {
            case 0x0A, 0x2028, 0x2029:
                newline()
            case 0x0D where next == "\n":
                continue  // CRLF is one line break; the LF that follows emits it
            case 0x09:
                if multiline {
                    for _ in 0..<4 { emit(" ") }
                } else {
                    emit(" ")
                }
            case 0x1B:
                emit(escapePicture)
            case 0x00..<0x20:
                emit(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                emit(deletePicture)
            case 0xFE0E, 0xFE0F:
                continue  // variation selectors: dropped so the base keeps its wcwidth
            case 0x1F3FB...0x1F3FF where last.map(isEmoji) == true:
                continue  // skin tone after an emoji: dropped like the joiner (2 cells, not 4)
            case 0x200D:
                if let last, let next, isEmoji(last), isEmoji(next) {
                    continue  // joined emoji: dropped, each emoji then shows on its own
                }
                emit(replacement)
            default:
                emit(isHidden(scalar) ? replacement : scalar)
            }
        }
        return String(out)
    }

    /// C1 controls, bidi controls, and characters that take no visible space or look blank
    /// although they are not spaces.
    private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x80...0x9F,            // C1 controls (CSI, NEL, …)
             0x115F, 0x1160, 0x3164, 0xFFA0,  // Hangul fillers: blank but not spaces
             0xE0000...0xE007F:      // tag characters
            return true
        default:
            // Format characters: bidi embeddings, overrides, isolates and marks (U+202A–U+202E,
            // U+2066–U+2069, U+200E/U+200F, U+061C), zero-width space and non-joiner, word
            // joiner and invisible operators (U+2060–U+2064), BOM, soft hyphen, Mongolian
            // vowel separator and the rest of category Cf.
            return scalar.properties.generalCategory == .format
        }
    }

    /// Whether a scalar is an emoji for the joiner rule (ASCII digits, `#` and `*` also carry
    /// the Emoji property but never form joined sequences).
    private static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 0x7F && scalar.properties.isEmoji
    }
}
