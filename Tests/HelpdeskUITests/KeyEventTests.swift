import Testing
@testable import HelpdeskUI

@Suite struct KeyEventTests {
    @Test func parsesSpellings() {
        #expect(KeyEvent(spec: "j") == KeyEvent(.char("j")))
        #expect(KeyEvent(spec: "G") == KeyEvent(.char("G")))
        #expect(KeyEvent(spec: "?") == KeyEvent(.char("?")))
        #expect(KeyEvent(spec: ":") == KeyEvent(.char(":")))
        #expect(KeyEvent(spec: "/") == KeyEvent(.char("/")))
        #expect(KeyEvent(spec: "-") == KeyEvent(.char("-")))
        #expect(KeyEvent(spec: "ctrl-d") == KeyEvent(.ctrl("d")))
        #expect(KeyEvent(spec: "C-d") == KeyEvent(.ctrl("d")))
        #expect(KeyEvent(spec: "Ctrl-D") == KeyEvent(.ctrl("d")))
        #expect(KeyEvent(spec: "alt-x") == KeyEvent(.char("x"), alt: true))
        #expect(KeyEvent(spec: "M-x") == KeyEvent(.char("x"), alt: true))
        #expect(KeyEvent(spec: "enter") == KeyEvent(.enter))
        #expect(KeyEvent(spec: "esc") == KeyEvent(.escape))
        #expect(KeyEvent(spec: "tab") == KeyEvent(.tab))
        #expect(KeyEvent(spec: "shift-tab") == KeyEvent(.backTab))
        #expect(KeyEvent(spec: "up") == KeyEvent(.up))
        #expect(KeyEvent(spec: "pgdn") == KeyEvent(.pageDown))
        #expect(KeyEvent(spec: "pagedown") == KeyEvent(.pageDown))
        #expect(KeyEvent(spec: "PgUp") == KeyEvent(.pageUp))
        #expect(KeyEvent(spec: "home") == KeyEvent(.home))
        #expect(KeyEvent(spec: "space") == KeyEvent(.char(" ")))
        #expect(KeyEvent(spec: "f1") == KeyEvent(.function(1)))
        #expect(KeyEvent(spec: "F12") == KeyEvent(.function(12)))
        #expect(KeyEvent(spec: "alt-enter") == KeyEvent(.enter, alt: true))
        #expect(KeyEvent(spec: "ctrl-alt-k") == KeyEvent(.ctrl("k"), alt: true))
    }

    @Test func controlKeysNormaliseToWhatTerminalsSend() {
        #expect(KeyEvent(spec: "ctrl-i") == KeyEvent(.tab))
        #expect(KeyEvent(spec: "ctrl-m") == KeyEvent(.enter))
        #expect(KeyEvent(spec: "ctrl-h") == KeyEvent(.backspace))
        #expect(KeyEvent(spec: "ctrl-[") == KeyEvent(.escape))
        #expect(KeyEvent(spec: "ctrl-space") == KeyEvent(.ctrl(" ")))
    }

    @Test func rejectsNonsense() {
        for spec in ["", "ctrl-", "ctrl-up", "hyper-x", "f0", "f99", "jj", "ctrl-é", "\u{1B}"] {
            #expect(KeyEvent(spec: spec) == nil, "\(spec)")
        }
    }

    @Test func specIsCanonicalAndRoundTrips() {
        let pairs: [(String, String)] = [
            ("C-d", "ctrl-d"), ("pagedown", "pgdn"), ("shift-tab", "shift-tab"), ("backtab", "shift-tab"),
            ("space", "space"), ("M-x", "alt-x"), ("escape", "esc"), ("return", "enter"), ("G", "G"),
            ("f5", "f5"), ("del", "delete"), ("ctrl-space", "ctrl-space"),
        ]
        for (input, canonical) in pairs {
            let event = KeyEvent(spec: input)
            #expect(event?.spec == canonical, "\(input)")
            #expect(KeyEvent(spec: canonical) == event, "\(canonical)")
        }
    }
}
