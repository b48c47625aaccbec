import Foundation
import GRDBSQLite

/// Where and how the benchmark ran.
struct Machine: Codable {
    var cores: Int
    var memoryGB: Double
    var cpu: String
    var os: String
    var sqlite: String
    /// 1-minute load average at the start and the end: another build on the machine shows here.
    var loadAverageStart: Double
    var loadAverageEnd: Double?

    static func current() -> Machine {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        let os = (try? String(contentsOfFile: "/etc/os-release", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("PRETTY_NAME=") }?
            .dropFirst("PRETTY_NAME=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) ?? "unknown"
        return Machine(cores: ProcessInfo.processInfo.activeProcessorCount,
                       memoryGB: (Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824 * 10).rounded() / 10,
                       cpu: cpu, os: os, sqlite: String(cString: sqlite3_libversion()), loadAverageStart: loadAverage())
    }

    static func loadAverage() -> Double {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return Double(text.split(separator: " ").first ?? "") ?? .nan
    }
}

struct Results: Codable {
    var mode: String
    var started: String
    var seconds: Double
    var helpdesk: String
    var sizes: [Int]
    var articles: Int
    var seed: UInt64
    var machine: Machine
    var figures: [Figure]
}

enum Report {
    /// One line per figure: the measured value, the limit beside it, the target and the verdict.
    static func table(_ figures: [Figure]) -> String {
        var rows: [[String]] = [["tickets", "group", "what", "measured", "limit", "×limit", "target", "verdict"]]
        for figure in figures {
            rows.append([
                String(figure.tickets), figure.group, figure.name, measured(figure), limit(figure),
                figure.overhead.map { String(format: "%.2f", $0) } ?? "",
                figure.target ?? "", verdict(figure),
            ])
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.enumerated().map { index, row in
            let line = row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
            return index == 0 ? line + "\n" + String(repeating: "-", count: line.count) : line
        }.joined(separator: "\n")
    }

    /// The same as a Markdown table (for docs/performance.md).
    static func markdown(_ figures: [Figure]) -> String {
        var lines = ["| tickets | group | what | measured | limit | ×limit | target | verdict | note |", "|---:|---|---|---|---|---:|---|---|---|"]
        for figure in figures {
            let cells = [String(figure.tickets), figure.group, figure.name.replacingOccurrences(of: "|", with: "\\|"), measured(figure), limit(figure),
                         figure.overhead.map { String(format: "%.2f", $0) } ?? "", figure.target ?? "", verdict(figure), figure.note ?? ""]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    static func measured(_ figure: Figure) -> String {
        if let p50 = figure.p50, let p95 = figure.p95, let p99 = figure.p99 {
            return "p50 \(formatNumber(p50)) · p95 \(formatNumber(p95)) · p99 \(formatNumber(p99)) \(figure.unit)"
        }
        guard let value = figure.value else { return figure.note ?? "not measured yet" }
        return "\(formatNumber(value)) \(figure.unit)"
    }

    static func limit(_ figure: Figure) -> String {
        guard let p50 = figure.rawP50 else { return "" }
        guard let p99 = figure.rawP99 else { return "\(formatNumber(p50)) \(figure.unit)" }
        return "p50 \(formatNumber(p50)) · p99 \(formatNumber(p99)) \(figure.unit)"
    }

    static func verdict(_ figure: Figure) -> String {
        var parts: [String] = []
        if let verdict = figure.verdict { parts.append(verdict) }
        if let overhead = figure.overheadVerdict { parts.append("×limit " + overhead) }
        return parts.joined(separator: ", ")
    }

    static func write(_ results: Results, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        try encoder.encode(results).write(to: URL(fileURLWithPath: path))
    }
}
