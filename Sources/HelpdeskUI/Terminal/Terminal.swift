/// Something that happened at the terminal.
public enum TerminalEvent: Sendable, Equatable {
    /// A key press.
    case key(KeyEvent)
    /// A click or a wheel turn (when the mouse is on).
    case mouse(MouseEvent)
    /// The terminal has a new size; draw the next frame for it.
    case resize(Size)
    /// The terminal is gone (hung up, or reads keep failing): save what matters and exit.
    case hangup
}

/// A screen to draw cell buffers on and a source of key events: the one interface between the
/// UI and a real terminal. ``CursesTerminal`` implements it with ncurses; tests can implement
/// it with a recorded script of events.
///
/// All calls happen on one thread, the UI loop's.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// How many colours the terminal can show: 0 without colour support, typically 8, 16 or 256;
    /// more than 256 means true colour (see ``Color/nearest(in:)``).
    var colorCount: Int { get }
    /// Whether non-ASCII text (box drawing, `…`, CJK) can be shown: a UTF-8 locale is active.
    var unicode: Bool { get }

    /// Waits up to `timeoutMilliseconds` (0: do not wait, negative: wait forever) for a key or
    /// a resize. Returns nil when the time ran out.
    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent?

    /// Shows `buffer`, writing only what changed since the last frame, with the text cursor at
    /// `cursor` (hidden when nil). (`make bench` counts the bytes on the pseudo-terminal.)
    func draw(_ buffer: Buffer, cursor: (x: Int, y: Int)?)

    /// Gives the terminal back to the shell (e.g. to run `$EDITOR`); ``resume()`` takes it again.
    func suspend()
    /// Takes the terminal back after ``suspend()``; the next ``draw(_:cursor:)`` repaints everything.
    func resume()
    /// Stops the program as Ctrl-Z does in a shell, and takes the terminal back after `fg`.
    func suspendToShell()
    /// Gives the terminal to another program (an editor) while `body` runs, then takes it back.
    func runOutside(_ body: () -> Int32) -> Int32
    /// Restores the terminal for good. Safe to call more than once.
    func shutdown()
}
