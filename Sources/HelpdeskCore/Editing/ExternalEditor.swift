import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The user's editor, as git and mutt find it: `$VISUAL`, else `$EDITOR`; with neither set,
/// helpdesk's own inline editor is used instead of guessing one. Run through `sh -c` so that
/// editors with arguments (`code --wait`, `emacs -nw`) work.
public enum ExternalEditor {
    public static func command(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        // Through the gate the user's editor would run with the team's group (ProcessGate).
        if ProcessGate.isRestricted { return nil }
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return nil
    }

    /// The editor running now (0 when none), for the TUI's signal handler: when helpdesk is
    /// hung up or terminated, the editor is hung up with it instead of running on unseen.
    /// Plain memory, so that an async-signal handler may read it.
    nonisolated(unsafe) public static let runningChild: UnsafeMutablePointer<pid_t> = {
        let pointer = UnsafeMutablePointer<pid_t>.allocate(capacity: 1)
        pointer.pointee = 0
        return pointer
    }()

    /// Runs the editor on `path` in the foreground and returns its exit status (127 when it
    /// cannot start).
    ///
    /// As a shell runs a job: the editor gets a process group of its own, which becomes the
    /// terminal's foreground group before it starts (Foundation's `Process` left it in the
    /// background, where a terminal editor is stopped at its first read and helpdesk waited
    /// forever), so Ctrl-C and Ctrl-Z reach the editor, not helpdesk. helpdesk waits for that
    /// one process only, so an editor that leaves a background process (gvim without -f)
    /// returns at once, then takes the terminal back. Killed or hung up meanwhile, helpdesk
    /// hangs up the editor's group (`hangUp`).
    public static func run(_ editor: String, path: String) -> Int32 {
        if ProcessGate.isRestricted { return 127 }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), empty = sigset_t()
        sigemptyset(&defaults)
        sigemptyset(&empty)
        for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))
        // Only when helpdesk holds the terminal's foreground itself (not under a script).
        let terminal: Int32 = isatty(0) == 1 && tcgetpgrp(0) == getpgrp() ? 0 : -1

        // Taking the terminal back from the editor's group would stop helpdesk with SIGTTOU.
        var ignore = sigaction(), oldTTOU = sigaction()
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        sigaction(SIGTTOU, &ignore, &oldTTOU)
        defer {
            if terminal >= 0 { tcsetpgrp(terminal, getpgrp()) }
            sigaction(SIGTTOU, &oldTTOU, nil)
        }

        let arguments = ["/bin/sh", "-c", editor + " \"$1\"", "sh", path]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", nil, &attributes, &argv, environ) == 0 else { return 127 }
        runningChild.pointee = pid
        defer { runningChild.pointee = 0 }
        if terminal >= 0 { tcsetpgrp(terminal, pid) }
        var status: Int32 = 0
        while true {
            guard waitpid(pid, &status, WUNTRACED) >= 0 else {
                if errno == EINTR { continue }
                return 127
            }
            guard status & 0xFF == 0x7F else { break }
            // Stopped: it read the terminal a moment before it became the foreground (SIGTTIN),
            // or Ctrl-Z — there is no shell here to resume it later, so it goes on at once.
            if terminal >= 0 { tcsetpgrp(terminal, pid) }
            kill(-pid, SIGCONT)
        }
        // Exit status, or 128 + the signal that ended it (as a shell reports it).
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// Hangs up the running editor's process group (and wakes it if it was stopped), from a
    /// signal handler: only async-signal-safe calls.
    public static func hangUp() {
        let pid = runningChild.pointee
        guard pid > 0 else { return }
        _ = kill(-pid, SIGHUP)
        _ = kill(-pid, SIGCONT)
    }
}
