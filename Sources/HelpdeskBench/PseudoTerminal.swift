import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A pseudo-terminal of a given size with one child process on it (as its controlling terminal):
/// the benchmark reads everything the child writes to the screen and types keys into it.
final class PseudoTerminal {
    let master: Int32
    let pid: pid_t
    /// Bytes read from the terminal so far.
    private(set) var bytesRead = 0
    /// When the last byte arrived (monotonic ms).
    private(set) var lastOutput = 0.0
    private var buffer = [UInt8](repeating: 0, count: 65_536)
    private var reaped = false

    /// glibc's POSIX_SPAWN_SETSID (a GNU extension the Swift module does not always export).
    private static let spawnSetSID: Int16 = 0x80
    /// TIOCSPTLCK and TIOCGPTN (function-like macros Swift cannot import), as on x86-64 and arm64.
    private static let setLock: UInt = 0x4004_5431
    private static let getNumber: UInt = 0x8004_5430

    init(executable: String, arguments: [String], environment: [String: String], columns: UInt16 = 120, rows: UInt16 = 40) throws {
        // posix_openpt/grantpt/unlockpt/ptsname are not exported to Swift: the Linux calls behind them.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, Self.setLock, &unlock) == 0, ioctl(master, Self.getNumber, &number) == 0 else {
            throw BenchError("cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        let slavePath = "/dev/pts/\(number)"
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else {
            throw BenchError("cannot set the terminal size: \(String(cString: strerror(errno)))")
        }
        // The parent holds the slave open until the child has it, so early reads do not see EIO.
        let parentSlave = open(slavePath, O_RDWR | O_NOCTTY | O_CLOEXEC)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // After setsid, opening the slave (without O_NOCTTY) makes it the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Self.spawnSetSID)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let code = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        if parentSlave >= 0 { close(parentSlave) }
        guard code == 0 else { throw BenchError("cannot start \(executable): \(String(cString: strerror(code)))") }
        pid = child
    }

    deinit {
        if !reaped {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Reads whatever arrives within `timeoutMs`; answers how many bytes (0: nothing came, -1: the terminal closed).
    @discardableResult
    func read(timeoutMs: Int32) -> Int {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, timeoutMs)
        guard ready > 0 else { return 0 }
        let count = Glibc.read(master, &buffer, buffer.count)
        guard count > 0 else { return -1 }
        bytesRead += count
        lastOutput = nowMilliseconds()
        return count
    }

    /// Reads until nothing arrives for `quietMs` (or `maxMs` passes, or the terminal closes).
    func drain(quietMs: Int32, maxMs: Double = 10_000) {
        let started = nowMilliseconds()
        while nowMilliseconds() - started < maxMs {
            let count = read(timeoutMs: quietMs)
            if count <= 0 { return }
        }
    }

    /// Reads whatever arrives for `ms` milliseconds (the gap between two auto-repeated keys).
    func read(for ms: Double) {
        let started = nowMilliseconds()
        while true {
            let left = ms - (nowMilliseconds() - started)
            if left <= 0 || read(timeoutMs: Int32(left.rounded(.up))) < 0 { return }
        }
    }

    /// Waits until the first output arrives, then until it has been quiet for `quietMs`.
    func waitForFrame(quietMs: Int32, maxMs: Double = 10_000) {
        let started = nowMilliseconds()
        while nowMilliseconds() - started < maxMs {
            let count = read(timeoutMs: 50)
            if count < 0 { return }
            if count > 0 { break }
        }
        drain(quietMs: quietMs, maxMs: maxMs)
    }

    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(master, $0.baseAddress, $0.count) }
    }

    /// Reads until the child closes the terminal, then reaps it: its exit status and CPU time
    /// (user + system, ms). Not its peak memory: a posix_spawn child counts ours, shared until its
    /// exec, as its own (`helpdesk-peak-rss` measures that).
    @discardableResult
    func waitForExit() -> (status: Int32, cpuMilliseconds: Double) {
        while read(timeoutMs: 10_000) > 0 {}
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        reaped = true
        func milliseconds(_ time: timeval) -> Double { Double(time.tv_sec) * 1000 + Double(time.tv_usec) / 1000 }
        return (status, milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime))
    }

    /// CPU time the child has used so far (user + system, all threads), in milliseconds.
    func cpuMilliseconds() -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        // Fields after the command name: state is field 3; utime and stime are fields 14 and 15.
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) * 1000 / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// CPU time of all the child's threads so far, in milliseconds, from the scheduler's
    /// nanosecond counters (`/proc/PID/task/*/schedstat`); the clock-tick figure of
    /// `/proc/PID/stat` (``cpuMilliseconds()``) when those are missing.
    func preciseCPUMilliseconds() -> Double? {
        guard let tasks = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task") else { return cpuMilliseconds() }
        var total = 0.0
        for task in tasks {
            guard let text = try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/schedstat", encoding: .utf8),
                  let first = text.split(separator: " ").first, let nanoseconds = Double(first) else { return cpuMilliseconds() }
            total += nanoseconds / 1_000_000
        }
        return total
    }

    /// The child's peak resident memory so far (`VmHWM`), in KB.
    func peakMemoryKilobytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "")
        }
        return nil
    }
}
