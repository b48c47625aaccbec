import CNcursesW
import HelpdeskUI

/// Turns what `wget_wch` returns into key events.
enum CursesKeys {
    /// A character read with `OK` (not Esc, which needs a second read for Alt).
    static func key(forCharacter code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 0: return .ctrl(" ")
        case 27: return .escape
        case 1...26: return .ctrl(Character(Unicode.Scalar(code + 96)!))
        case 28: return .ctrl("\\")
        case 29: return .ctrl("]")
        case 30: return .ctrl("^")
        case 31: return .ctrl("_")
        case 0x80...0x9F: return nil  // C1 controls are never typed keys
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// A key code read with `KEY_CODE_YES` (not KEY_RESIZE). Alt held is reported for the
    /// modified cursor keys terminals send (`kUP3` and the like).
    static func event(forKeyCode code: Int32) -> KeyEvent? {
        switch code {
        case KEY_UP, KEY_SR: return KeyEvent(.up)
        case KEY_DOWN, KEY_SF: return KeyEvent(.down)
        case KEY_LEFT, KEY_SLEFT: return KeyEvent(.left)
        case KEY_RIGHT, KEY_SRIGHT: return KeyEvent(.right)
        case KEY_HOME, KEY_SHOME, KEY_A1: return KeyEvent(.home)
        case KEY_END, KEY_SEND, KEY_C1, KEY_LL: return KeyEvent(.end)
        case KEY_PPAGE, KEY_SPREVIOUS, KEY_A3: return KeyEvent(.pageUp)
        case KEY_NPAGE, KEY_SNEXT, KEY_C3: return KeyEvent(.pageDown)
        case KEY_ENTER: return KeyEvent(.enter)
        case KEY_BACKSPACE: return KeyEvent(.backspace)
        case KEY_DC, KEY_SDC: return KeyEvent(.delete)
        case KEY_IC, KEY_SIC: return KeyEvent(.insert)
        case KEY_BTAB: return KeyEvent(.backTab)
        case (KEY_F0 + 1)...(KEY_F0 + 24): return KeyEvent(.function(Int(code - KEY_F0)))
        default:
            return extendedKey(code)
        }
    }

    /// Keys ncurses numbers at run time from terminfo's extended names: `kUP3` is Alt-Up,
    /// `kUP5` Ctrl-Up (reported as plain Up: there is no Ctrl-Up in ``Key``).
    private static func extendedKey(_ code: Int32) -> KeyEvent? {
        guard code > KEY_MAX, let cName = keyname(code) else { return nil }
        let name = String(cString: cName)
        let bases: [(String, Key)] = [
            ("kUP", .up), ("kDN", .down), ("kLFT", .left), ("kRIT", .right),
            ("kHOM", .home), ("kEND", .end), ("kPRV", .pageUp), ("kNXT", .pageDown),
            ("kDC", .delete), ("kIC", .insert),
        ]
        for (prefix, key) in bases where name.hasPrefix(prefix) {
            guard let modifier = Int(name.dropFirst(prefix.count)) else { continue }
            // xterm modifier codes: 2 shift, 3 alt, 4 shift-alt, 5 ctrl, 6 shift-ctrl, 7 ctrl-alt.
            return KeyEvent(key, alt: [3, 4, 7, 8].contains(modifier))
        }
        return nil
    }
}
