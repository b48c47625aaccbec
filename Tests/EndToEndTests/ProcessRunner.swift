import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// What a finished process left behind: its exit status and everything it wrote.
struct ProcessResult: Sendable {
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
enum ProcessRunner {
    struct LaunchError: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs the program on a Dispatch thread, so the test's cooperative threads are never blocked.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String],
                    stdin: Data? = nil, timeout: TimeInterval = 30) async throws -> ProcessResult {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result {
                    try runBlocking(executable, arguments, environment: environment, stdin: stdin, timeout: timeout)
                })
            }
        }
    }

    /// The same, blocking the calling thread (for clean-up code that cannot `await`).
    static func runBlocking(_ executable: String, _ arguments: [String], environment: [String: String],
                            stdin: Data? = nil, timeout: TimeInterval = 30) throws -> ProcessResult {
        _ = ignoreBrokenPipes
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        let input = stdin == nil ? nil : Pipe()
        process.standardOutput = output
        process.standardError = errors
        // Without input the child gets /dev/null, never the test runner's own standard input.
        process.standardInput = input ?? FileHandle.nullDevice

        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw LaunchError(description: "cannot start \(executable): \(error)")
        }

        // Both pipes are drained at the same time: a child that fills one while we wait on the
        // other would otherwise never finish.
        let collected = DispatchGroup()
        let outputData = LockedData()
        let errorData = LockedData()
        for (pipe, sink) in [(output, outputData), (errors, errorData)] {
            collected.enter()
            DispatchQueue.global().async {
                sink.set(pipe.fileHandleForReading.readDataToEndOfFile())
                collected.leave()
            }
        }
        if let stdin, let input {
            let descriptor = input.fileHandleForWriting.fileDescriptor
            DispatchQueue.global().async {
                writeAll(stdin, to: descriptor)
                try? input.fileHandleForWriting.close()
            }
        }

        var timedOut = false
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            process.terminate()
            if exited.wait(timeout: .now() + 2) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                exited.wait()
            }
        }
        // A grandchild that kept the pipes open (a daemon) must not hang the test.
        _ = collected.wait(timeout: .now() + 5)
        return ProcessResult(status: process.terminationStatus, stdout: outputData.get(), stderr: errorData.get(), timedOut: timedOut)
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
