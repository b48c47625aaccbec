import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// What a finished process left behind: its exit status and everything it wrote.
struct ProcessResult: Sendable {
    /// The exit status, or 128 + the signal that ended the process (as a shell reports it).
    var status: Int32
    var stdout: Data
    var stderr: Data
    /// True when the process ran past its time limit and was killed.
    var timedOut: Bool

    var output: String { String(decoding: stdout, as: UTF8.self) }
    var errorOutput: String { String(decoding: stderr, as: UTF8.self) }

    /// The lines of standard error (a trailing newline does not make an extra empty line).
    var errorLines: [String] {
        var lines = errorOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Everything, for failure messages.
    var summary: String {
        "exit \(status)\(timedOut ? " (timed out)" : "")\n--- stdout ---\n\(output)\n--- stderr ---\n\(errorOutput)"
    }
}

/// Runs a program with exact arguments and environment (no shell), feeds it optional standard
/// input, and collects standard output and standard error completely, with a time limit.
///
/// Built on `posix_spawn` and `waitpid` rather than Foundation's `Process`: on Linux, `Process`
/// notices the end of a child only when every descendant has closed a socket it inherits, and
/// `tmux new-session` leaves a daemon (the tmux server) holding it, so it would never return.
enum ProcessRunner {
    struct LaunchError: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs the program on a Dispatch thread, so the test's cooperative threads are never blocked.
    /// `killAfter` sends SIGKILL at that moment if it still runs (the crash-consistency tests).
    static func run(_ executable: String, _ arguments: [String], environment: [String: String],
                    stdin: Data? = nil, timeout: TimeInterval = 30, killAfter: TimeInterval? = nil) async throws -> ProcessResult {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result {
                    try runBlocking(executable, arguments, environment: environment, stdin: stdin, timeout: timeout, killAfter: killAfter)
                })
            }
        }
    }

    /// The same, blocking the calling thread (for clean-up code that cannot `await`).
    static func runBlocking(_ executable: String, _ arguments: [String], environment: [String: String],
                            stdin: Data? = nil, timeout: TimeInterval = 30, killAfter: TimeInterval? = nil) throws -> ProcessResult {
        _ = ignoreBrokenPipes
        let child = try spawn(executable, arguments, environment: environment, withInput: stdin != nil)

        // Both pipes are drained at the same time: a child that fills one while we wait on the
        // other would otherwise never finish.
        let collected = DispatchGroup()
        let outputData = LockedData()
        let errorData = LockedData()
        for (descriptor, sink) in [(child.output, outputData), (child.errors, errorData)] {
            collected.enter()
            DispatchQueue.global().async {
                sink.set(readAll(descriptor))
                close(descriptor)
                collected.leave()
            }
        }
        if let stdin, let input = child.input {
            DispatchQueue.global().async {
                writeAll(stdin, to: input)
                close(input)
            }
        }

        let exited = DispatchSemaphore(value: 0)
        let status = LockedStatus()
        DispatchQueue.global().async {
            var raw: Int32 = 0
            while waitpid(child.pid, &raw, 0) < 0 && errno == EINTR {}
            status.set(raw)
            exited.signal()
        }
        var timedOut = false
        if let killAfter {
            if exited.wait(timeout: .now() + killAfter) == .timedOut {
                kill(child.pid, SIGKILL)
                exited.wait()
            }
            exited.signal()  // it has exited either way; the wait below returns at once
        }
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(child.pid, SIGTERM)
            if exited.wait(timeout: .now() + 2) == .timedOut {
                kill(child.pid, SIGKILL)
                exited.wait()
            }
        }
        // A grandchild that kept the pipes open (a daemon) must not hang the test.
        _ = collected.wait(timeout: .now() + 5)
        return ProcessResult(status: decode(status.get()), stdout: outputData.get(), stderr: errorData.get(), timedOut: timedOut)
    }

    // MARK: - Spawning

    private struct Child {
        var pid: pid_t
        var output: Int32
        var errors: Int32
        var input: Int32?
    }

    /// Pipes are made close-on-exec under one lock with the spawn, so that no other child
    /// started at the same moment inherits them (and keeps them open).
    private static let spawnLock = NSLock()

    private static func spawn(_ executable: String, _ arguments: [String], environment: [String: String], withInput: Bool) throws -> Child {
        spawnLock.lock()
        defer { spawnLock.unlock() }
        let output = try makePipe()
        let errors = try makePipe()
        let input = withInput ? try makePipe() : nil

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 clears close-on-exec on the copies, so the child keeps exactly 0, 1 and 2.
        if let input {
            posix_spawn_file_actions_adddup2(&actions, input.read, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, output.write, 1)
        posix_spawn_file_actions_adddup2(&actions, errors.write, 2)

        // Children start like children of a shell: no blocked signals (a Dispatch thread blocks
        // them, and a pane shell that cannot get SIGHUP keeps tmux alive), default handlers.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)

        close(output.write)
        close(errors.write)
        if let input { close(input.read) }
        guard result == 0 else {
            close(output.read)
            close(errors.read)
            if let input { close(input.write) }
            throw LaunchError(description: "cannot start \(executable): \(String(cString: strerror(result)))")
        }
        return Child(pid: pid, output: output.read, errors: errors.read, input: input?.write)
    }

    private static func makePipe() throws -> (read: Int32, write: Int32) {
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else { throw LaunchError(description: "pipe failed: \(String(cString: strerror(errno)))") }
        for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        return (descriptors[0], descriptors[1])
    }

    /// The status a shell would report: the exit code, or 128 + the signal.
    private static func decode(_ raw: Int32) -> Int32 {
        let signal = raw & 0x7f
        return signal == 0 ? (raw >> 8) & 0xff : 128 + signal
    }

    // MARK: - Reading and writing

    private static func readAll(_ descriptor: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return data
            }
        }
    }

    /// Writes everything, giving up quietly when the reader has gone (it may exit before reading).
    private static func writeAll(_ data: Data, to descriptor: Int32) {
        data.withUnsafeBytes { buffer in
            guard var pointer = buffer.baseAddress else { return }
            var remaining = buffer.count
            while remaining > 0 {
                let written = write(descriptor, pointer, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                pointer += written
                remaining -= written
            }
        }
    }

    /// A child that exits before reading its input must give us EPIPE, not kill the test runner.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()
}

/// Bytes handed from a reader thread to the waiting one.
private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ value: Data) { lock.withLock { data = value } }
    func get() -> Data { lock.withLock { data } }
}

/// The raw `waitpid` status, handed from the waiting thread.
private final class LockedStatus: @unchecked Sendable {
    private let lock = NSLock()
    private var status: Int32 = 0

    func set(_ value: Int32) { lock.withLock { status = value } }
    func get() -> Int32 { lock.withLock { status } }
}
