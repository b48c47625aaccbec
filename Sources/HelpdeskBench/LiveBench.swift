import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Live figures of the TUI on a pseudo-terminal: how soon another process's change is on screen,
/// and what an idle TUI costs while nobody types (it polls `PRAGMA data_version` every 250 ms).
struct LiveBench {
    let process: ProcessBench

    func run(log: (String) -> Void) throws -> [Figure] {
        let ticket = try openTicket()
        let terminal = try PseudoTerminal(executable: process.helpdesk, arguments: ["--db", process.database], environment: process.environment)
        terminal.waitForFrame(quietMs: 400)
        guard terminal.bytesRead > 0 else { throw BenchError("the TUI drew nothing on \(process.database)") }
        terminal.type(":open \(ticket)\r")
        terminal.waitForFrame(quietMs: 300)

        log("  idle")
        let idle = try idleCost(terminal)
        log("  live refresh")
        let refresh = try refreshLatency(terminal, ticket: ticket)
        terminal.type("q")
        _ = terminal.waitForExit()
        return idle + [refresh]
    }

    /// The ticket the TUI shows and the other process changes: an open one (closed tickets cannot
    /// be changed), asked of the CLI so it holds for any demo size or seed.
    private func openTicket() throws -> String {
        let list = Process()
        list.executableURL = URL(fileURLWithPath: process.helpdesk)
        list.arguments = ["ticket", "list", "--query", "is:open", "--limit", "1", "--jsonl", "--db", process.database]
        list.environment = process.environment
        let output = Pipe()
        list.standardOutput = output
        try list.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        list.waitUntilExit()
        guard list.terminationStatus == 0,
              let ticket = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let id = ticket["id"] as? Int else {
            throw BenchError("no open ticket in \(process.database) for the live figures")
        }
        return String(id)
    }

    /// CPU and bytes of a TUI left alone for a few seconds.
    private func idleCost(_ terminal: PseudoTerminal) throws -> [Figure] {
        let seconds = process.quick ? 5.0 : 10.0
        terminal.drain(quietMs: 300)
        guard let before = terminal.preciseCPUMilliseconds() else { throw BenchError("cannot read /proc/\(terminal.pid)") }
        let bytesBefore = terminal.bytesRead
        let started = nowMilliseconds()
        while nowMilliseconds() - started < seconds * 1000 { terminal.read(timeoutMs: 100) }
        guard let after = terminal.preciseCPUMilliseconds() else { throw BenchError("the TUI went away while idle") }
        let cpu = (after - before) / seconds
        return [
            Figure(tickets: process.tickets, group: "live refresh", name: "idle TUI — CPU per second", unit: "ms",
                   value: cpu, target: "≤ \(formatNumber(Targets.idleCPUmsPerSecond)) ms (1 % of a core)",
                   verdict: Targets.verdict(cpu <= Targets.idleCPUmsPerSecond),
                   note: "\(Int(seconds)) s without input, polling data_version every 250 ms"),
            Figure(tickets: process.tickets, group: "live refresh", name: "idle TUI — bytes to the terminal", unit: "B",
                   value: Double(terminal.bytesRead - bytesBefore), note: "over \(Int(seconds)) s"),
        ]
    }

    /// Another process tags the ticket on screen (`helpdesk ticket tag`, alternately adding and
    /// removing a tag); the time from that process's exit — just after its commit — to the first
    /// byte of the TUI's redraw.
    private func refreshLatency(_ terminal: PseudoTerminal, ticket: String) throws -> Figure {
        var latency = Samples()
        let runs = process.quick ? 8 : 20
        for run in 0..<runs {
            let change = run % 2 == 0 ? "+bench-live" : "-bench-live"
            let writer = try PseudoTerminal(executable: process.helpdesk, arguments: ["ticket", "tag", ticket, change, "--db", process.database],
                                            environment: process.environment)
            let status = writer.waitForExit().status
            let committed = nowMilliseconds()
            guard status == 0 else { throw BenchError("helpdesk ticket tag \(ticket) \(change) failed (status \(status))") }
            // The first byte after the commit is the redraw; the changed-row highlight fades 2 s
            // later, so wait that out before the next change.
            while nowMilliseconds() - committed < 2_000 {
                if terminal.read(timeoutMs: 50) > 0 && terminal.lastOutput >= committed { break }
            }
            guard terminal.lastOutput >= committed else { throw BenchError("the TUI did not redraw within 2 s of a change by another process") }
            latency.add(terminal.lastOutput - committed)
            while nowMilliseconds() - committed < 2_300 { terminal.read(timeoutMs: 50) }
            terminal.drain(quietMs: 300, maxMs: 3_000)
        }
        return Figure(tickets: process.tickets, group: "live refresh", name: "another process's commit → redraw", unit: "ms", samples: latency.count,
                      value: latency.p99, p50: latency.p50, p95: latency.p95, p99: latency.p99,
                      target: "p99 ≤ \(formatNumber(Targets.liveRefreshMs)) ms", verdict: Targets.verdict(latency.p99 <= Targets.liveRefreshMs),
                      note: "from the writer's exit; the TUI polls every 250 ms")
    }
}
