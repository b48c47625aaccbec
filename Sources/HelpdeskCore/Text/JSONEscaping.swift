import Foundation

/// JSON for terminals and scripts: JSONEncoder escapes only C0 controls, quotes and backslashes,
/// so DEL, C1 controls (one of them is CSI), bidi overrides and other invisible characters would
/// reach a terminal that shows the output raw (`helpdesk ticket list --json | less -R`). Each
/// becomes a `\u` escape of four hex digits (a surrogate pair beyond U+FFFF): the data stays
/// exact for a parser and harmless on a screen. They can only stand inside strings (JSON's own
/// syntax is ASCII), so replacing them is always safe.
public enum JSONEscaping {
    public static func escapingInvisibles(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: needsEscape) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard needsEscape(scalar) else { out.append(scalar); continue }
            for unit in String(scalar).utf16 {
                out.append(contentsOf: String(format: "\\u%04X", unit).unicodeScalars)
            }
        }
        return String(out)
    }

    /// What the sanitiser would replace, beyond the C0 controls JSONEncoder already escapes
    /// (and which must stay as they are: "\n" inside a string is already escaped text), plus
    /// the line and paragraph separators, which end a line in some terminals and JavaScript.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x7F && (Sanitizer.isControl(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029)
    }
}
