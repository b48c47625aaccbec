import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whole-process figures: the release binary on a 120×40 pseudo-terminal, as a user runs it.
struct ProcessBench {
    let helpdesk: String
    let database: String
    let tickets: Int
    let home: String
    let quick: Bool

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

    private func coldStart() throws -> [Figure] {
        var wall = Samples()
        var peak = 0
        var bytes = 0
        let runs = quick ? 10 : 20
        for run in 0..<(runs + 2) {
            let started = nowMilliseconds()
            let terminal = try PseudoTerminal(executable: helpdesk, arguments: ["--db", database, "--exit-after-first-frame"],
                                              environment: environment)
            let (status, maxRSS) = terminal.waitForExit()
            let elapsed = nowMilliseconds() - started
            guard status == 0 else { throw BenchError("helpdesk --exit-after-first-frame failed (status \(status)) on \(database)") }
            // The first two runs warm the page cache and the dynamic loader's files.
            if run >= 2 { wall.add(elapsed) }
            peak = max(peak, maxRSS)
            bytes = terminal.bytesRead
        }
        return [
            Figure(tickets: tickets, group: "cold start", name: "process start → first full frame, exit", unit: "ms", samples: wall.count,
                   value: wall.p50, p50: wall.p50, p95: wall.p95, p99: wall.p99,
                   target: "p50 ≤ \(formatNumber(Targets.coldStartMs)) ms", verdict: Targets.verdict(wall.p50 <= Targets.coldStartMs),
                   note: "min \(formatNumber(wall.minimum)) ms; first frame \(bytes) bytes"),
            Figure(tickets: tickets, group: "memory", name: "peak RSS, first frame", unit: "MB", value: Double(peak) / 1024,
                   target: "≤ \(formatNumber(Targets.peakMemoryMB)) MB", verdict: Targets.verdict(Double(peak) / 1024 <= Targets.peakMemoryMB)),
        ]
    }

    // MARK: - Keystrokes

    struct KeyRun {
        let name: String
        let keys: [String]
        let byteTarget: Double?
    }

    private func keystrokes() throws -> [Figure] {
        let terminal = try PseudoTerminal(executable: helpdesk, arguments: ["--db", database], environment: environment)
        terminal.waitForFrame(quietMs: 400)
        guard terminal.bytesRead > 0 else { throw BenchError("the TUI drew nothing on \(database)") }
        // All open tickets: the same view whoever runs the benchmark.
        terminal.type("6")
        terminal.waitForFrame(quietMs: 300)

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
            let cpu = (cpuAfter - cpuBefore) / Double(run.keys.count)
            let bytes = Double(terminal.bytesRead - bytesBefore) / Double(run.keys.count)
            var targets = ["CPU ≤ \(formatNumber(Targets.keyCPUms)) ms"]
            var ok = cpu <= Targets.keyCPUms
            if let byteTarget = run.byteTarget {
                targets.append("≤ \(Int(byteTarget)) B")
                ok = ok && bytes <= byteTarget
            }
            figures.append(Figure(tickets: tickets, group: "keystroke", name: run.name + " — CPU per key", unit: "ms", samples: run.keys.count,
                                  value: cpu, target: targets[0], verdict: Targets.verdict(cpu <= Targets.keyCPUms),
                                  note: "key → last byte on the pty p50 \(formatNumber(latency.p50)) ms (includes the pty)"))
            figures.append(Figure(tickets: tickets, group: "keystroke", name: run.name + " — bytes per key", unit: "B", samples: run.keys.count,
                                  value: bytes, target: run.byteTarget.map { "≤ \(Int($0)) B" },
                                  verdict: run.byteTarget.map { Targets.verdict(bytes <= $0) }))
        }
        figures += try heldKey(terminal, count: count)
        let peak = terminal.peakMemoryKilobytes() ?? 0
        terminal.type("q")
        _ = terminal.waitForExit()
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

    private func ticketList() throws -> [Figure] {
        var wall = Samples()
        var peak = 0
        for run in 0..<(quick ? 6 : 12) {
            let started = nowMilliseconds()
            let terminal = try PseudoTerminal(executable: helpdesk, arguments: ["ticket", "list", "--db", database, "--query", "status:open tier:1 sort:-priority", "--limit", "50"],
                                              environment: environment)
            let (status, maxRSS) = terminal.waitForExit()
            guard status == 0 else { throw BenchError("helpdesk ticket list failed (status \(status))") }
            if run > 0 { wall.add(nowMilliseconds() - started) }
            peak = max(peak, maxRSS)
        }
        return [
            Figure(tickets: tickets, group: "cli", name: "ticket list --query 'status:open tier:1 sort:-priority' --limit 50", unit: "ms",
                   samples: wall.count, value: wall.p50, p50: wall.p50, p95: wall.p95, p99: wall.p99, note: "whole process, informational"),
            Figure(tickets: tickets, group: "memory", name: "peak RSS, ticket list", unit: "MB", value: Double(peak) / 1024,
                   target: "≤ \(formatNumber(Targets.peakMemoryMB)) MB", verdict: Targets.verdict(Double(peak) / 1024 <= Targets.peakMemoryMB)),
        ]
    }
}
