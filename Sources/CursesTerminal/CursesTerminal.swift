import CNcursesW
import HelpdeskCore
import HelpdeskUI
#if canImport(Glibc)
import Glibc
#endif

/// The ncurses (ncursesw) implementation of ``Terminal``.
///
/// ```swift
/// let terminal = try CursesTerminal.open()
/// defer { terminal.shutdown() }
/// let theme = Theme.builtinDefault.adapted(toColors: terminal.colorCount)
/// var buffer = Buffer(size: terminal.size)
/// buffer.put("Hello", x: 0, y: 0, style: theme.style(.title))
/// terminal.draw(buffer, cursor: nil)
/// ```
///
/// Each ``draw(_:cursor:)`` writes only the cells that changed since the last frame into
/// ncurses' screen, then calls `doupdate()` once. Opening also installs handlers that restore
/// the terminal on SIGINT, SIGTERM and SIGHUP (see `CursesSignals`); ``shutdown()`` removes
/// them. Use from one thread only.
public final class CursesTerminal: Terminal {
    public private(set) var size: Size
    /// ncurses' `COLORS`: 0 without colour, typically 8, 16 or 256, and 16777216 for a
    /// direct-colour terminfo entry (e.g. `TERM=xterm-direct`), where themes keep their
    /// `#rrggbb` colours.
    public let colorCount: Int
    public let unicode: Bool

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let hasDefaultColors: Bool
    /// `COLORS` above 256 means a direct-colour terminfo entry (e.g. xterm-direct): colour
    /// numbers 8 and up are then 0xRRGGBB values, not palette indices.
    private let directColor: Bool
    private let maxPairs: Int
    private let originalSignalActions: [sigaction]

    private var lastFrame: Buffer?
    private var cursorVisible: Bool?
    private var styleCache: [Style: (attrs: attr_t, pair: Int32)] = [:]
    /// The style of the previous cell and its attributes: most cells share their neighbour's, and
    /// comparing two styles costs less than hashing one.
    private var lastStyle: (style: Style, attrs: attr_t, pair: Int32)?
    private var pairCount = 0
    private var isShutDown = false
    private var isSuspended = false
    private var immediateFailures = 0
    /// Scratch space for one cell's scalars plus the terminating zero.
    private let wideText = UnsafeMutablePointer<wchar_t>.allocate(capacity: 8)

    // MARK: - Opening

    /// Starts full-screen mode on the process's terminal.
    ///
    /// Uses `newterm` rather than `initscr`, so a bad `TERM` is an error to report instead of
    /// ncurses printing and exiting.
    /// `mouse`: report clicks and the wheel (the terminal then keeps plain selection for Shift-drag).
    public static func open(mouse: Bool = false) throws -> CursesTerminal {
        guard isatty(1) == 1 else { throw CursesTerminalError.notATerminal(stream: "standard output") }
        guard isatty(0) == 1 else { throw CursesTerminalError.notATerminal(stream: "standard input") }
        guard let termPointer = getenv("TERM"), termPointer.pointee != 0 else {
            throw CursesTerminalError.termUnset
        }
        let term = String(cString: termPointer)
        if term == "dumb" { throw CursesTerminalError.dumbTerminal }

        let unicode = TextWidth.ensureUTF8Locale()  // before newterm: ncurses reads the locale then
        let originalSignals = CursesSignals.current()
        CursesSignals.saveShellModes()
        guard let screen = newterm(nil, hd_stdout(), hd_stdin()) else {
            throw CursesTerminalError.unknownTerminal(term)
        }
        let terminal = CursesTerminal(screen: screen, unicode: unicode, originalSignals: originalSignals)
        if mouse { hd_mouse_on() }
        return terminal
    }

    private init(screen: OpaquePointer, unicode: Bool, originalSignals: [sigaction]) {
        self.screen = screen
        self.window = hd_stdscr()!
        self.unicode = unicode
        self.originalSignalActions = originalSignals

        raw()       // every key reaches us, Ctrl-C and Ctrl-Z included
        noecho()
        nonl()      // Enter arrives as CR; no newline translation on output
        keypad(window, true)
        set_escdelay(25)  // the default second makes Esc feel broken
        curs_set(0)
        leaveok(window, true)

        if has_colors() {
            start_color()
            hasDefaultColors = use_default_colors() == hd_ok()
            let colors = Int(hd_colors())
            directColor = colors > 256
            colorCount = colors
            maxPairs = Int(hd_color_pairs())
        } else {
            hasDefaultColors = false
            directColor = false
            colorCount = 0
            maxPairs = 0
        }
        var rows: Int32 = 0, cols: Int32 = 0
        hd_getmaxyx(window, &rows, &cols)
        size = Size(width: Int(cols), height: Int(rows))

        CursesSignals.setResetSequence(Self.resetSequence())
        _ = CursesSignals.install()
    }

    deinit {
        shutdown()
        wideText.deallocate()
    }

    /// The bytes that leave full-screen mode, from terminfo, for the signal handler.
    private static func resetSequence() -> [UInt8] {
        var bytes: [UInt8] = []
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            guard let value = capability.withCString({ tigetstr($0) }),
                  Int(bitPattern: value) != -1 else { continue }
            var text = Array(String(cString: value).utf8)
            // Drop terminfo padding like "$<5>": only tputs understands it.
            while let start = text.firstIndex(of: UInt8(ascii: "$")),
                  start + 1 < text.count, text[start + 1] == UInt8(ascii: "<"),
                  let end = text[start...].firstIndex(of: UInt8(ascii: ">")) {
                text.removeSubrange(start...end)
            }
            bytes += text
        }
        return bytes
    }

    // MARK: - Input

    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        if isShutDown { return .hangup }
        wtimeout(window, Int32(clamping: timeoutMilliseconds))
        let started = Self.milliseconds()
        var code: wint_t = 0
        errno = 0
        let result = wget_wch(window, &code)
        let error = errno
        if result == hd_key_code_yes() {
            immediateFailures = 0
            return keyCodeEvent(Int32(bitPattern: code), alt: false)
        }
        if result == hd_ok() {
            immediateFailures = 0
            return characterEvent(UInt32(code))
        }
        // ERR: a timeout, an interrupted read, or a terminal that is gone.
        if error == EINTR { return nil }
        let elapsed = Self.milliseconds() - started
        let returnedEarly = timeoutMilliseconds < 0 || elapsed < max(1, timeoutMilliseconds / 2)
        if error == EIO || (timeoutMilliseconds != 0 && returnedEarly) {
            immediateFailures += 1
            if error == EIO || Self.inputHungUp() || immediateFailures >= 5 {
                return .hangup  // never spin on a dead terminal
            }
        } else {
            immediateFailures = 0
        }
        return nil
    }

    private func characterEvent(_ code: UInt32) -> TerminalEvent? {
        if code == 27 {
            // Alt sends Esc before the key; ncurses has already waited ESCDELAY for a
            // sequence, so a key that belongs to this Esc is here now or never.
            wtimeout(window, 0)
            var next: wint_t = 0
            let result = wget_wch(window, &next)
            if result == hd_ok() {
                guard let key = CursesKeys.key(forCharacter: UInt32(next)) else { return nil }
                return .key(KeyEvent(key, alt: true))
            }
            if result == hd_key_code_yes() {
                return keyCodeEvent(Int32(bitPattern: next), alt: true)
            }
            return .key(KeyEvent(.escape))
        }
        guard let key = CursesKeys.key(forCharacter: code) else { return nil }
        return .key(KeyEvent(key))
    }

    private func keyCodeEvent(_ code: Int32, alt: Bool) -> TerminalEvent? {
        if code == hd_key_mouse() {
            var x: Int32 = 0, y: Int32 = 0
            switch hd_get_mouse(&x, &y) {
            case 1: return .mouse(MouseEvent(.press, x: Int(x), y: Int(y)))
            case 4: return .mouse(MouseEvent(.wheelUp, x: Int(x), y: Int(y)))
            case 5: return .mouse(MouseEvent(.wheelDown, x: Int(x), y: Int(y)))
            default: return nil
            }
        }
        if code == KEY_RESIZE {
            var rows: Int32 = 0, cols: Int32 = 0
            hd_getmaxyx(window, &rows, &cols)
            size = Size(width: Int(cols), height: Int(rows))
            lastFrame = nil
            clearok(hd_curscr(), true)  // the terminal may have reflowed: repaint it all
            return .resize(size)
        }
        guard var event = CursesKeys.event(forKeyCode: code) else { return nil }
        event.alt = event.alt || alt
        return .key(event)
    }

    /// Whether standard input reports a hang-up (the terminal closed).
    private static func inputHungUp() -> Bool {
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return true }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    private static func milliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }

    // MARK: - Output

    public func draw(_ buffer: Buffer, cursor: (x: Int, y: Int)?) {
        guard !isShutDown, !isSuspended else { return }
        if lastFrame == nil || lastFrame?.size != buffer.size {
            lastFrame = nil
            werase(window)  // cells outside a smaller buffer must not keep old text
        }
        for run in buffer.diff(from: lastFrame) where run.y < size.height {
            for (offset, cell) in run.cells.enumerated() where !cell.isContinuation {
                let x = run.x + offset
                guard x < size.width else { break }
                put(cell, x: x, y: run.y)
            }
        }
        lastFrame = buffer

        if let cursor, cursor.x >= 0, cursor.x < size.width, cursor.y >= 0, cursor.y < size.height {
            if cursorVisible != true {
                curs_set(1)
                leaveok(window, false)
                cursorVisible = true
            }
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else if cursorVisible != false {
            curs_set(0)
            leaveok(window, true)
            cursorVisible = false
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// Writes one cell (a glyph, never a continuation) into ncurses' screen.
    private func put(_ cell: Cell, x: Int, y: Int) {
        var count = 0
        for scalar in cell.text.unicodeScalars {
            if count == Int(hd_ccharw_max()) { break }
            wideText[count] = wchar_t(bitPattern: scalar.value)
            count += 1
        }
        // A wide glyph that no longer fits (the terminal shrank under the frame): a space.
        if count == 0 || (x + 1 >= size.width && TextWidth.width(cell.text) > 1) {
            wideText[0] = 0x20
            count = 1
        }
        wideText[count] = 0
        let (attrs, pair) = attributes(for: cell.style)
        var value = cchar_t()
        hd_setcchar(&value, wideText, attrs, pair)
        // At the bottom-right cell the cursor cannot advance and ncurses reports ERR after
        // writing the cell; that is expected.
        _ = mvwadd_wch(window, Int32(y), Int32(x), &value)
    }

    /// ncurses attributes and colour pair for a style, cached.
    private func attributes(for style: Style) -> (attrs: attr_t, pair: Int32) {
        if let last = lastStyle, last.style == style { return (last.attrs, last.pair) }
        if let cached = styleCache[style] {
            lastStyle = (style, cached.attrs, cached.pair)
            return cached
        }
        var attrs = hd_a_normal()
        if style.bold { attrs |= hd_a_bold() }
        if style.dim { attrs |= hd_a_dim() }
        if style.italic { attrs |= hd_a_italic() }
        if style.underline { attrs |= hd_a_underline() }
        if style.reverse { attrs |= hd_a_reverse() }
        var pair: Int32 = 0
        if colorCount > 0 {
            let fg = colorNumber(style.fg, foreground: true)
            let bg = colorNumber(style.bg, foreground: false)
            if !(fg == -1 && bg == -1) {
                if pairCount >= maxPairs - 1 {
                    // All pairs used: alloc_pair would recycle pairs still on screen. Start over
                    // and repaint everything with fresh pairs.
                    reset_color_pairs()
                    styleCache.removeAll()
                    lastStyle = nil
                    pairCount = 0
                    lastFrame = nil
                    clearok(hd_curscr(), true)
                }
                pair = alloc_pair(fg, bg)
                if pair < 0 { pair = 0 } else { pairCount += 1 }
            }
        }
        let result = (attrs: attrs, pair: pair)
        styleCache[style] = result
        lastStyle = (style, attrs, pair)
        return result
    }

    /// The ncurses colour number for a colour (-1 is the terminal's default).
    private func colorNumber(_ color: Color, foreground: Bool) -> Int32 {
        switch color.nearest(in: colorCount) {
        case .default:
            return hasDefaultColors ? -1 : (foreground ? 7 : 0)
        case .indexed(let n):
            guard directColor, n >= 8 else { return Int32(n) }
            let (r, g, b) = Color.xtermRGB(n)
            return Self.directValue(r, g, b)
        case .rgb(let r, let g, let b):
            return Self.directValue(r, g, b)
        }
    }

    /// A direct-colour value; values below 8 would mean the ANSI colours, so near-black is black.
    private static func directValue(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int32 {
        let value = Int32(r) << 16 | Int32(g) << 8 | Int32(b)
        return value < 8 ? 0 : value
    }

    // MARK: - Suspend and shutdown

    public func suspend() {
        guard !isShutDown, !isSuspended else { return }
        isSuspended = true
        endwin()
    }

    public func resume() {
        guard !isShutDown, isSuspended else { return }
        isSuspended = false
        clearok(hd_curscr(), true)
        wrefresh(window)  // back to full-screen mode, repainted from ncurses' copy
        lastFrame = nil
        cursorVisible = nil
        var rows: Int32 = 0, cols: Int32 = 0
        hd_getmaxyx(window, &rows, &cols)
        size = Size(width: Int(cols), height: Int(rows))
    }

    /// Stops the process like Ctrl-Z does in a shell (the terminal is in raw mode, so Ctrl-Z
    /// reaches the program as a key): gives the terminal back, stops the process group, and
    /// after `fg` takes the terminal back. The next ``draw(_:cursor:)`` repaints everything.
    public func suspendToShell() {
        guard !isShutDown else { return }
        suspend()
        var defaultAction = sigaction()
        defaultAction.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&defaultAction.sa_mask)
        var previous = sigaction()
        sigaction(SIGTSTP, &defaultAction, &previous)
        kill(0, SIGTSTP)  // the whole process group, as the terminal would (e.g. under `swift run`)
        sigaction(SIGTSTP, &previous, nil)
        resume()
    }

    public func runOutside(_ body: () -> Int32) -> Int32 {
        suspend()
        defer { resume() }
        return body()
    }

    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        if !isSuspended {
            endwin()
        }
        CursesSignals.restore(originalSignalActions)
    }
}
