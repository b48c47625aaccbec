import Foundation
import HelpdeskCore

/// `helpdesk-bench --helpdesk .build/release/helpdesk --sizes 10000,100000`: generates (or reuses)
/// demo databases, measures each size, prints a table and writes the results as JSON.
/// `make bench` runs it (quick: 10k and 100k tickets); `make bench FULL=1` adds 1M.
@main
struct BenchMain {
    struct Options {
        var helpdesk = ""
        /// helpdesk-limit, the C program the whole-process figures are compared with.
        var limit: String?
        /// helpdesk-peak-rss, for the peak memory of short-lived processes.
        var peakRSS: String?
        var sizes = [10_000, 100_000]
        var articles = 50_000
        var seed: UInt64 = 1
        var folder = ".bench"
        var regenerate = false
        var mode = "quick"
        /// Which parts run: queries (store and SQL), process (cold start, keys, CLI), live.
        var parts: Set<String> = ["queries", "process", "live", "mail"]
    }

    static let usage = """
        usage: helpdesk-bench --helpdesk PATH [--limit PATH] [--peak-rss PATH] [--sizes 10000,100000] [--articles 50000] [--seed 1]
                              [--dir .bench] [--mode quick|full] [--regenerate] [--only queries,process,live,mail]
        """

    static func main() {
        do {
            try run(parse(Array(CommandLine.arguments.dropFirst())))
        } catch {
            FileHandle.standardError.write(Data("helpdesk-bench: \(error)\n".utf8))
            exit(1)
        }
    }

    static func parse(_ arguments: [String]) throws -> Options {
        var options = Options()
        var rest = arguments[...]
        func value(_ name: String) throws -> String {
            guard let next = rest.popFirst() else { throw BenchError("\(name) needs a value\n\(usage)") }
            return next
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--helpdesk": options.helpdesk = try value(argument)
            case "--limit": options.limit = try value(argument)
            case "--peak-rss": options.peakRSS = try value(argument)
            case "--sizes":
                options.sizes = try value(argument).split(separator: ",").map {
                    guard let size = Int($0), size > 0 else { throw BenchError("--sizes takes numbers, e.g. 10000,100000") }
                    return size
                }
            case "--articles": options.articles = Int(try value(argument)) ?? options.articles
            case "--seed": options.seed = UInt64(try value(argument)) ?? options.seed
            case "--dir": options.folder = try value(argument)
            case "--mode": options.mode = try value(argument)
            case "--regenerate": options.regenerate = true
            case "--only":
                options.parts = Set(try value(argument).split(separator: ",").map(String.init))
                guard options.parts.isSubset(of: ["queries", "process", "live", "mail"]) else { throw BenchError("--only takes queries, process, live, mail") }
            default: throw BenchError("unknown argument \(argument)\n\(usage)")
            }
        }
        guard !options.helpdesk.isEmpty, FileManager.default.isExecutableFile(atPath: options.helpdesk) else {
            throw BenchError("--helpdesk must name the release helpdesk binary\n\(usage)")
        }
        options.helpdesk = URL(fileURLWithPath: options.helpdesk).standardizedFileURL.path
        if let peakRSS = options.peakRSS {
            guard FileManager.default.isExecutableFile(atPath: peakRSS) else { throw BenchError("--peak-rss must name the helpdesk-peak-rss binary\n\(usage)") }
            options.peakRSS = URL(fileURLWithPath: peakRSS).standardizedFileURL.path
        }
        if let limit = options.limit {
            guard FileManager.default.isExecutableFile(atPath: limit) else { throw BenchError("--limit must name the helpdesk-limit binary\n\(usage)") }
            options.limit = URL(fileURLWithPath: limit).standardizedFileURL.path
        }
        options.folder = URL(fileURLWithPath: options.folder).standardizedFileURL.path
        return options
    }

    static func run(_ options: Options) throws {
        let started = Date()
        let log: (String) -> Void = { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) }
        var machine = Machine.current()
        log("helpdesk benchmarks (\(options.mode)): \(options.sizes.map(String.init).joined(separator: ", ")) tickets, \(options.articles) articles, seed \(options.seed)")
        log("\(machine.cores) cores, \(machine.memoryGB) GB, \(machine.cpu), SQLite \(machine.sqlite), load \(machine.loadAverageStart)")
        let home = options.folder + "/home"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let databases = DemoDatabases(helpdesk: options.helpdesk, folder: options.folder, articles: options.articles, seed: options.seed)
        let quick = options.mode != "full"
        var figures: [Figure] = []

        for size in options.sizes {
            log("\n\(size) tickets")
            let (path, record, fresh) = try databases.prepare(tickets: size, regenerate: options.regenerate, log: log)
            figures.append(Figure(tickets: size, group: "generation", name: "helpdesk demo (tickets, messages, events, full-text indexes)",
                                  unit: "tickets/s", value: record.ticketsPerSecond,
                                  target: "≥ \(Int(Targets.generationPerSecond)) tickets/s",
                                  verdict: Targets.verdict(record.ticketsPerSecond >= Targets.generationPerSecond),
                                  note: "\(formatNumber(record.seconds)) s, \(record.bytes / 1_048_576) MB" +
                                      (fresh ? "" : "; cached: measured when generated \(record.generatedAt)")))
            if options.parts.contains("queries") {
                figures += try QueryBench(path: path, tickets: size, quick: quick).run(log: log)
            }
            let processes = ProcessBench(helpdesk: options.helpdesk, database: path, tickets: size, home: home, quick: quick, limit: options.limit, peakRSS: options.peakRSS)
            if options.parts.contains("process") { figures += try processes.run(log: log) }
            if options.parts.contains("live") { figures += try LiveBench(process: processes).run(log: log) }
        }
        figures += memoryGrowth(figures, sizes: options.sizes)
        if options.parts.contains("mail") {
            log("\nmail")
            let environment = ProcessBench(helpdesk: options.helpdesk, database: "", tickets: 0, home: home, quick: quick).environment
            figures += try MailBench(helpdesk: options.helpdesk, folder: options.folder, environment: environment, messages: 10_000).run(log: log)
        }

        machine.loadAverageEnd = Machine.loadAverage()
        let results = Results(mode: options.mode, started: ISO8601DateFormatter().string(from: started),
                              seconds: Date().timeIntervalSince(started), helpdesk: options.helpdesk, sizes: options.sizes,
                              articles: options.articles, seed: options.seed, machine: machine, figures: figures)
        let jsonPath = options.folder + "/results.json"
        try Report.write(results, to: jsonPath)
        try Report.markdown(figures).write(toFile: options.folder + "/results.md", atomically: true, encoding: .utf8)
        log("\n" + Report.table(figures))
        let misses = figures.filter { $0.verdict == "MISS" || $0.overheadVerdict == "MISS" }
        log("\n\(figures.count) figures, \(misses.count) miss a target (see docs/performance.md for why); load \(machine.loadAverageStart) → \(machine.loadAverageEnd ?? .nan)")
        log("results: \(jsonPath), \(options.folder)/results.md (\(Int(results.seconds)) s)")
    }

    /// Peak memory must not grow with the number of tickets: the largest size against the smallest.
    static func memoryGrowth(_ figures: [Figure], sizes: [Int]) -> [Figure] {
        guard let smallest = sizes.min(), let largest = sizes.max(), smallest != largest else { return [] }
        var result: [Figure] = []
        let names = Set(figures.filter { $0.group == "memory" }.map(\.name))
        for name in names.sorted() {
            guard let small = figures.first(where: { $0.group == "memory" && $0.name == name && $0.tickets == smallest })?.value,
                  let large = figures.first(where: { $0.group == "memory" && $0.name == name && $0.tickets == largest })?.value else { continue }
            let ratio = large / small
            result.append(Figure(tickets: largest, group: "memory growth", name: "\(name): \(largest) vs \(smallest) tickets", unit: "×",
                                 value: ratio, target: "flat (≤ 1.25×)", verdict: Targets.verdict(ratio <= 1.25),
                                 note: "\(formatNumber(small)) → \(formatNumber(large)) MB"))
        }
        return result
    }
}
