/// A key, as the terminal backend reports it and keymaps name it.
public enum Key: Hashable, Sendable {
    /// A printable character (`" "` for the space bar).
    case char(Character)
    /// Control plus a character, always lowercase: `.ctrl("d")`. Ctrl-I, Ctrl-M/Ctrl-J and
    /// Ctrl-H arrive as ``tab``, ``enter`` and ``backspace`` (terminals send the same bytes).
    case ctrl(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete, insert
    /// F1 … F24.
    case function(Int)
}

/// A key press: a key plus whether Alt (Meta) was held.
///
/// Keymaps spell keys as text; ``init(spec:)`` parses the spellings people write and ``spec``
/// gives the one canonical spelling used in help and docs:
///
/// ```swift
/// KeyEvent(spec: "C-d")        // ctrl-d
/// KeyEvent(spec: "pagedown")   // pgdn
/// KeyEvent(spec: "M-x")?.spec  // "alt-x"
/// ```
public struct KeyEvent: Hashable, Sendable {
    public var key: Key
    public var alt: Bool

    public init(_ key: Key, alt: Bool = false) {
        self.key = key
        self.alt = alt
    }

    /// The same as ``init(_:alt:)``, with the label.
    public init(key: Key, alt: Bool = false) {
        self.init(key, alt: alt)
    }

    /// Parses a key spelling: a single character (`j`, `G`, `?`, `:`, `/`), a named key
    /// (`enter`, `esc`, `tab`, `shift-tab`, `up`, `pgdn`/`pagedown`, `home`, `space`, `f1` …),
    /// optionally after `ctrl-`/`C-` and/or `alt-`/`M-`/`meta-`. Names are case-insensitive,
    /// single characters are not (`G` is shift-g). Returns nil for anything else.
    public init?(spec: String) {
        var rest = Substring(spec)
        var ctrl = false, alt = false, shift = false
        // Modifiers, each once, in any order; a lone "-" or "C-" stays a character.
        while true {
            let lower = rest.lowercased()
            if let length = Self.prefixLength(lower, of: ["ctrl-", "control-", "c-"]), rest.count > length, !ctrl {
                ctrl = true
                rest = rest.dropFirst(length)
            } else if let length = Self.prefixLength(lower, of: ["alt-", "meta-", "m-", "a-"]), rest.count > length, !alt {
                alt = true
                rest = rest.dropFirst(length)
            } else if let length = Self.prefixLength(lower, of: ["shift-", "s-"]), rest.count > length, !shift {
                shift = true
                rest = rest.dropFirst(length)
            } else {
                break
            }
        }
        guard let base = Self.parseBase(String(rest)) else { return nil }
        var key = base
        if shift {
            switch key {
            case .tab: key = .backTab
            case .char(let c) where c.isLetter: key = .char(Character(c.uppercased()))
            default: return nil  // shift-arrows etc. do not reach us as distinct keys
            }
        }
        if ctrl {
            switch key {
            case .char(let c):
                guard let controlled = Self.control(c) else { return nil }
                key = controlled
            default:
                return nil  // ctrl-up etc. are not distinct keys here
            }
        }
        self.init(key, alt: alt)
    }

    /// The canonical spelling: `ctrl-d`, `alt-x`, `G`, `space`, `enter`, `esc`, `tab`,
    /// `shift-tab`, `up`, `pgup`, `pgdn`, `home`, `end`, `backspace`, `delete`, `insert`, `f1`.
    public var spec: String {
        let base: String
        switch key {
        case .char(" "): base = "space"
        case .char(let c): base = String(c)
        case .ctrl(" "): base = "ctrl-space"
        case .ctrl(let c): base = "ctrl-" + String(c)
        case .up: base = "up"
        case .down: base = "down"
        case .left: base = "left"
        case .right: base = "right"
        case .home: base = "home"
        case .end: base = "end"
        case .pageUp: base = "pgup"
        case .pageDown: base = "pgdn"
        case .enter: base = "enter"
        case .escape: base = "esc"
        case .tab: base = "tab"
        case .backTab: base = "shift-tab"
        case .backspace: base = "backspace"
        case .delete: base = "delete"
        case .insert: base = "insert"
        case .function(let n): base = "f\(n)"
        }
        return alt ? "alt-" + base : base
    }

    // MARK: - Parsing helpers

    private static let names: [String: Key] = [
        "enter": .enter, "return": .enter, "ret": .enter, "cr": .enter,
        "esc": .escape, "escape": .escape,
        "tab": .tab,
        "backtab": .backTab, "btab": .backTab, "shift-tab": .backTab, "s-tab": .backTab,
        "up": .up, "down": .down, "left": .left, "right": .right,
        "home": .home, "end": .end,
        "pgup": .pageUp, "pageup": .pageUp, "page-up": .pageUp, "prior": .pageUp,
        "pgdn": .pageDown, "pgdown": .pageDown, "pagedown": .pageDown, "page-down": .pageDown, "next": .pageDown,
        "backspace": .backspace, "bs": .backspace, "bksp": .backspace,
        "delete": .delete, "del": .delete,
        "insert": .insert, "ins": .insert,
        "space": .char(" "), "spc": .char(" "),
        "minus": .char("-"), "plus": .char("+"), "lt": .char("<"), "gt": .char(">"),
    ]

    private static func parseBase(_ text: String) -> Key? {
        if text.count == 1, let c = text.first {
            // Control characters are not key spellings.
            guard !c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
            return .char(c)
        }
        let lower = text.lowercased()
        if let key = names[lower] { return key }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
            return .function(n)
        }
        return nil
    }

    /// Ctrl plus a character, normalised to what the terminal sends.
    private static func control(_ c: Character) -> Key? {
        let lower = Character(c.lowercased())
        switch lower {
        case "i": return .tab
        case "m", "j": return .enter
        case "h": return .backspace
        case "[": return .escape
        case "a"..."z": return .ctrl(lower)
        case " ", "@", "2": return .ctrl(" ")
        case "\\", "]", "^", "_": return .ctrl(lower)
        default: return nil
        }
    }

    private static func prefixLength(_ text: String, of prefixes: [String]) -> Int? {
        prefixes.first { text.hasPrefix($0) }?.count
    }
}

extension KeyEvent: CustomStringConvertible {
    public var description: String { spec }
}
