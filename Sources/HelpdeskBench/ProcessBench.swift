import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whole-process figures: the release binary on a 120×40 pseudo-terminal, as a user runs it, and
/// beside it the machine's limit — `helpdesk-limit`, the same first frame and moves in C with the
/// same SQL — run interleaved with it, so both see the same machine.
struct ProcessBench {
    let helpdesk: String
    let database: String
    let tickets: Int
    let home: String
    let quick: Bool
    /// The limit program, or nil (then the figures stand alone).
    var limit: String? = nil
    /// helpdesk-peak-rss, which gives a command's own peak memory (see `peakKilobytes`).
    var peakRSS: String? = nil

    var environment: [String: String] {
        [
            "TERM": "xterm-256color",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "HOME": home,
            "XDG_CONFIG_HOME": home + "/.config",
            "XDG_STATE_HOME": home + "/.local/state",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "USER": ProcessInfo.processInfo.environment["USER"] ?? "bench",
        ]
    }

    func run(log: (String) -> Void) throws -> [Figure] {
        var figures: [Figure] = []
        log("  cold start to the first frame")
        figures += try coldStart()
        log("  keystrokes")
        figures += try keystrokes()
        log("  ticket list (memory)")
        figures += try ticketList()
        return figures
    }

    // MARK: - Cold start

    struct FirstFrame {
        var wall = Samples()
        var cpu = Samples()
        var bytes = 0

        mutating func measure(_ executable: String, database: String, environment: [String: String], counted: Bool) throws {
            let started = nowMilliseconds()
            let terminal = try PseudoTerminal(executable: executable, arguments: ["--db", database, "--exit-after-first-frame"],
                                              environment: environment)
            let (status, cpuMilliseconds) = terminal.waitForExit()
            let elapsed = nowMilliseconds() - started
            guard status == 0 else { throw BenchError("\(executable) --exit-after-first-frame failed (status \(status)) on \(database)") }
            if counted {
                wall.add(elapsed)
                cpu.add(cpuMilliseconds)
            }
            bytes = terminal.bytesRead
        }
    }

    private func coldStart() throws -> [Figure] {
        var ours = FirstFrame()
        var limits = FirstFrame()
        let runs = quick ? 10 : 20
        for run in 0..<(runs + 2) {
            // The first two runs warm the page cache and the dynamic loader's files.
            try ours.measure(helpdesk, database: database, environment: environment, counted: run >= 2)
            if let limit { try limits.measure(limit, database: database, environment: environment, counted: run >= 2) }
        }
        let hasLimit = limit != nil
        return [
            Figure.besideLimit(tickets: tickets, group: "cold start", name: "process start → first full frame, exit (wall)", unit: "ms",
                               ours: ours.wall, limit: hasLimit ? limits.wall : nil, absolute: Targets.coldStartMs,
                               ratio: Targets.firstFrameRatio,
                               note: "min \(formatNumber(ours.wall.minimum)) ms; first frame \(ours.bytes) bytes" +
                                   (hasLimit ? " (limit \(limits.bytes))" : "")),
            Figure.besideLimit(tickets: tickets, group: "cold start", name: "process start → first full frame, exit (CPU)", unit: "ms",
                               ours: ours.cpu, limit: hasLimit ? limits.cpu : nil, absolute: nil, ratio: Targets.firstFrameRatio,
                               note: "user + system, all threads"),
            try peakFigure("peak RSS, first frame", ours: peakKilobytes(of: helpdesk, ["--db", database, "--exit-after-first-frame"]),
                           limit: limit.map { try peakKilobytes(of: $0, ["--db", database, "--exit-after-first-frame"]) }),
        ]
    }

    // MARK: - Keystrokes

    struct KeyRun {
        let name: String
        let keys: [String]
        let byteTarget: Double?
    }

    /// A command's peak resident memory in KB, through helpdesk-peak-rss: wait4() on a child of
    /// this process would count this process's own memory, which the child shares until its exec.
    private func peakKilobytes(of executable: String, _ arguments: [String]) throws -> Int {
        guard let peakRSS else { throw BenchError("--peak-rss must name the helpdesk-peak-rss binary") }
        let file = home + "/peak-rss.txt"
        let terminal = try PseudoTerminal(executable: peakRSS, arguments: [file, executable] + arguments, environment: environment)
        let status = terminal.waitForExit().status
        guard status == 0, let text = try? String(contentsOfFile: file, encoding: .utf8),
              let kilobytes = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw BenchError("\(executable) \(arguments.joined(separator: " ")) failed under helpdesk-peak-rss (status \(status))")
        }
        return kilobytes
    }

    private func peakFigure(_ name: String, ours: Int, limit: Int?) -> Figure {
        let megabytes = Double(ours) / 1024
        return Figure(tickets: tickets, group: "memory", name: name, unit: "MB", value: megabytes,
                      rawP50: limit.map { Double($0) / 1024 }, overhead: limit.map { Double(ours) / Double(max(1, $0)) },
                      target: "≤ \(formatNumber(Targets.peakMemoryMB)) MB", verdict: Targets.verdict(megabytes <= Targets.peakMemoryMB))
    }

    /// A TUI (helpdesk or the limit) on its own pseudo-terminal, on the "All open" view.
    private func openTUI(_ executable: String) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(executable: executable, arguments: ["--db", database], environment: environment)
        terminal.waitForFrame(quietMs: 400)
        guard terminal.bytesRead > 0 else { throw BenchError("\(executable) drew nothing on \(database)") }
        // All open tickets: the same view whoever runs the benchmark.
        terminal.type("6")
        terminal.waitForFrame(quietMs: 300)
        return terminal
    }

    struct KeyFigures {
        var cpuPerKey: Double
        var bytesPerKey: Double
        var latency: Samples
    }

    /// Types the run's keys one at a time, each once the previous frame has arrived.
    private func press(_ run: KeyRun, on terminal: PseudoTerminal) throws -> KeyFigures {
        // Back to the top between runs, untimed.
        terminal.type("g")
        terminal.waitForFrame(quietMs: 200, maxMs: 2_000)
        guard let cpuBefore = terminal.preciseCPUMilliseconds() else { throw BenchError("cannot read /proc/\(terminal.pid)") }
        let bytesBefore = terminal.bytesRead
        var latency = Samples()
        for key in run.keys {
            let sent = nowMilliseconds()
            terminal.type(key)
            // Until the frame has arrived and the terminal has been quiet for a moment, and
            // long enough after the key that the next is a single press, not a held key
            // (HeldKeys: whose panes would load only when the keys pause).
            terminal.waitForFrame(quietMs: 15, maxMs: 1_000)
            if terminal.lastOutput >= sent { latency.add(terminal.lastOutput - sent) }
            terminal.read(for: Targets.singlePressGapMs - (nowMilliseconds() - sent))
        }
        guard let cpuAfter = terminal.preciseCPUMilliseconds() else { throw BenchError("the TUI went away during \(run.name)") }
        return KeyFigures(cpuPerKey: (cpuAfter - cpuBefore) / Double(run.keys.count),
                          bytesPerKey: Double(terminal.bytesRead - bytesBefore) / Double(run.keys.count), latency: latency)
    }

    private func keystrokes() throws -> [Figure] {
        let terminal = try openTUI(helpdesk)
        let limitTerminal = try limit.map(openTUI)
        let count = quick ? 150 : 300
        let runs = [
            KeyRun(name: "selection move (j)", keys: Array(repeating: "j", count: count), byteTarget: Targets.moveBytes),
            // Ten pages down, ten back up: every key moves a page even where the view is short (842 open at 10k).
            KeyRun(name: "page down / up (ctrl-f ×10, ctrl-b ×10)", keys: (0..<(count / 3)).map { ($0 / 10) % 2 == 0 ? "\u{06}" : "\u{02}" },
                   byteTarget: nil),
            KeyRun(name: "jump to end / top (G, g alternately)", keys: (0..<(count / 3)).map { $0 % 2 == 0 ? "G" : "g" }, byteTarget: nil),
        ]
        var figures: [Figure] = []
        for run in runs {
            let ours = try press(run, on: terminal)
            let theirs = try limitTerminal.map { try press(run, on: $0) }
            let ratio = theirs.map { ours.cpuPerKey / $0.cpuPerKey }
            var cpuTarget = "CPU ≤ \(formatNumber(Targets.keyCPUms)) ms"
            if theirs != nil { cpuTarget += ", ≤ \(formatNumber(Targets.keyRatio))× the limit" }
            figures.append(Figure(tickets: tickets, group: "keystroke", name: run.name + " — CPU per key", unit: "ms", samples: run.keys.count,
                                  value: ours.cpuPerKey, rawP50: theirs?.cpuPerKey, overhead: ratio,
                                  target: cpuTarget, verdict: Targets.verdict(ours.cpuPerKey <= Targets.keyCPUms),
                                  overheadVerdict: ratio.map { Targets.verdict($0 <= Targets.keyRatio) },
                                  note: "key → last byte on the pty p50 \(formatNumber(ours.latency.p50)) ms" +
                                      (theirs.map { " (limit \(formatNumber($0.latency.p50)) ms)" } ?? "")))
            figures.append(Figure(tickets: tickets, group: "keystroke", name: run.name + " — bytes per key", unit: "B", samples: run.keys.count,
                                  value: ours.bytesPerKey, rawP50: theirs?.bytesPerKey, overhead: theirs.map { ours.bytesPerKey / $0.bytesPerKey },
                                  target: run.byteTarget.map { "≤ \(Int($0)) B" },
                                  verdict: run.byteTarget.map { Targets.verdict(ours.bytesPerKey <= $0) }))
        }
        if let limitTerminal {
            limitTerminal.type("q")
            limitTerminal.waitForExit()
        }
        figures += try heldKey(terminal, count: count)
        let peak = terminal.peakMemoryKilobytes() ?? 0
        terminal.type("q")
        terminal.waitForExit()
        figures.append(Figure(tickets: tickets, group: "memory", name: "peak RSS, TUI after the keystrokes", unit: "MB", value: Double(peak) / 1024,
                              target: "≤ \(formatNumber(Targets.peakMemoryMB)) MB", verdict: Targets.verdict(Double(peak) / 1024 <= Targets.peakMemoryMB),
                              note: "VmHWM"))
        return figures
    }

    /// `j` held down: a key every 30 ms, as a terminal's auto-repeat sends them, without waiting
    /// for frames; the figures include the final frame once the keys stop (the panes catching up).
    private func heldKey(_ terminal: PseudoTerminal, count: Int) throws -> [Figure] {
        terminal.type("g")
        terminal.waitForFrame(quietMs: 200, maxMs: 2_000)
        guard let cpuBefore = terminal.preciseCPUMilliseconds() else { throw BenchError("cannot read /proc/\(terminal.pid)") }
        let bytesBefore = terminal.bytesRead
        for _ in 0..<count {
            terminal.type("j")
            terminal.read(for: Targets.autoRepeatMs)
        }
        terminal.drain(quietMs: 200, maxMs: 2_000)
        guard let cpuAfter = terminal.preciseCPUMilliseconds() else { throw BenchError("the TUI went away while j was held") }
        let cpu = (cpuAfter - cpuBefore) / Double(count)
        let bytes = Double(terminal.bytesRead - bytesBefore) / Double(count)
        let name = "held j (a key every \(Int(Targets.autoRepeatMs)) ms)"
        return [
            Figure(tickets: tickets, group: "keystroke", name: name + " — CPU per key", unit: "ms", samples: count, value: cpu,
                   target: "≤ \(formatNumber(Targets.heldMoveCPUms)) ms", verdict: Targets.verdict(cpu <= Targets.heldMoveCPUms)),
            Figure(tickets: tickets, group: "keystroke", name: name + " — bytes per key", unit: "B", samples: count, value: bytes,
                   target: "≤ \(Int(Targets.heldMoveBytes)) B", verdict: Targets.verdict(bytes <= Targets.heldMoveBytes)),
        ]
    }

    // MARK: - CLI

    /// `ticket list` at its limit: a read command costs at most twice `helpdesk --version` (the
    /// process start alone), run interleaved with it.
    private func ticketList() throws -> [Figure] {
        var wall = Samples()
        var version = Samples()
        let arguments = ["ticket", "list", "--db", database, "--query", "status:open tier:1 sort:-priority", "--limit", "50"]
        for run in 0..<(quick ? 6 : 12) {
            var started = nowMilliseconds()
            let status = try PseudoTerminal(executable: helpdesk, arguments: arguments, environment: environment).waitForExit().status
            guard status == 0 else { throw BenchError("helpdesk ticket list failed (status \(status))") }
            if run > 0 { wall.add(nowMilliseconds() - started) }
            started = nowMilliseconds()
            let versionStatus = try PseudoTerminal(executable: helpdesk, arguments: ["--version"], environment: environment).waitForExit().status
            guard versionStatus == 0 else { throw BenchError("helpdesk --version failed (status \(versionStatus))") }
            if run > 0 { version.add(nowMilliseconds() - started) }
        }
        let ratio = wall.p50 / version.p50
        return [
            Figure(tickets: tickets, group: "cli", name: "ticket list --query 'status:open tier:1 sort:-priority' --limit 50", unit: "ms",
                   samples: wall.count, value: wall.p50, p50: wall.p50, p95: wall.p95, p99: wall.p99,
                   rawP50: version.p50, rawP95: version.p95, rawP99: version.p99, overhead: ratio,
                   target: "≤ \(formatNumber(Targets.cliReadRatio))× helpdesk --version", overheadVerdict: Targets.verdict(ratio <= Targets.cliReadRatio),
                   note: "whole process; the limit is helpdesk --version"),
            try peakFigure("peak RSS, ticket list", ours: peakKilobytes(of: helpdesk, arguments), limit: nil),
        ]
    }
}
