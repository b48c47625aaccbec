import CNcursesW
import HelpdeskCore
#if canImport(Glibc)
import Glibc
#endif

/// Restores the terminal when the process is killed by SIGINT, SIGTERM or SIGHUP, then exits
/// with 128 + the signal number.
///
/// ncurses' own `endwin()` is not async-signal-safe (it takes locks, allocates, goes through
/// stdio), so the handler does not call it. Instead ``CursesTerminal`` prepares, while starting,
/// the bytes that undo full-screen mode (attributes off, cursor visible, keypad mode off,
/// leave the alternate screen) and saves the shell's terminal modes; the handler only calls
/// `write`, `tcsetattr` and `_exit`, which POSIX lists as async-signal-safe. Unsaved UI state
/// is lost on these signals, but the store writes in transactions, so no data is.
///
/// SIGTSTP and SIGWINCH are left to ncurses. The terminal runs in raw mode, so Ctrl-C and
/// Ctrl-Z arrive as keys, not signals; ``CursesTerminal/suspendToShell()`` does what Ctrl-Z would.
enum CursesSignals {
    static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    // Written before the handlers are installed, read only by them. Plain memory, so reading
    // it in a handler is safe; `nonisolated(unsafe)` because no Swift actor guards it.
    nonisolated(unsafe) private static let shellModes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    nonisolated(unsafe) private static let haveShellModes = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
    private static let resetCapacity = 512
    nonisolated(unsafe) private static let resetBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: resetCapacity)
    nonisolated(unsafe) private static let resetLength = UnsafeMutablePointer<Int>.allocate(capacity: 1)

    private static let handler: @convention(c) (Int32) -> Void = { signal in
        // An editor running in the foreground goes with us (kill is async-signal-safe).
        ExternalEditor.hangUp()
        if resetLength.pointee > 0 {
            _ = write(1, resetBytes, resetLength.pointee)
        }
        if haveShellModes.pointee != 0 {
            _ = tcsetattr(0, TCSADRAIN, shellModes)
        }
        _exit(128 + signal)
    }

    /// Saves the shell's terminal modes; call before ncurses changes them.
    static func saveShellModes() {
        haveShellModes.pointee = tcgetattr(0, shellModes) == 0 ? 1 : 0
        resetLength.pointee = 0
    }

    /// Stores the bytes that leave full-screen mode (cut to fit the preallocated space).
    static func setResetSequence(_ bytes: [UInt8]) {
        let count = min(bytes.count, resetCapacity)
        for i in 0..<count { resetBytes[i] = bytes[i] }
        resetLength.pointee = count
    }

    /// Installs the handlers; returns the previous dispositions for ``restore(_:)``.
    static func install() -> [sigaction] {
        var previous: [sigaction] = []
        for signal in handled {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handler
            sigfillset(&action.sa_mask)  // nothing else runs while the terminal is restored
            action.sa_flags = 0
            var old = sigaction()
            sigaction(signal, &action, &old)
            previous.append(old)
        }
        return previous
    }

    /// Puts back the dispositions that ``install()`` returned.
    static func restore(_ previous: [sigaction]) {
        for (signal, action) in zip(handled, previous) {
            var action = action
            sigaction(signal, &action, nil)
        }
    }

    /// The dispositions now in force, without changing them.
    static func current() -> [sigaction] {
        handled.map { signal in
            var old = sigaction()
            sigaction(signal, nil, &old)
            return old
        }
    }
}
