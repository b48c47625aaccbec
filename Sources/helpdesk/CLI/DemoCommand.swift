import ArgumentParser
import Foundation
import HelpdeskCore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill an empty database with a realistic demo helpdesk (deterministic for a seed).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "How many tickets.") var tickets = 2_000
    @Option(help: "How many knowledge-base articles (at least the built-in ones).") var articles = 0
    @Option(help: "Seed: the same seed gives the same data.") var seed: UInt64 = 1
    @Option(help: .hidden) var now: Int64?

    /// Built in a folder beside the database and moved into place when complete and checked
    /// (DatabaseBuild): a demo that is killed or fails never leaves a half-built database.
    func run() throws {
        let target = try global.path()
        let build = try DatabaseBuild.begin(target: target)
        let started = Date()
        do {
            let store = try global.openStore(at: build.workPath, .creating, announce: false)
            var generator = DemoGenerator(store: store, options: DemoOptions(tickets: tickets, articles: articles, seed: seed, now: now ?? store.now))
            let progress = ProgressReporter(label: "tickets")
            try generator.run(actor: OSUser.current().login) { done, total in progress.report(done: done, total: total) }
            progress.finish()
            try build.finish(store)
        } catch {
            let explanation = build.explained(error)
            build.abandon()
            throw explanation
        }
        let seconds = Date().timeIntervalSince(started)
        let rate = seconds > 0 ? Int(Double(tickets) / seconds) : 0
        print("Generated \(tickets) demo tickets in \(String(format: "%.1f", seconds)) s (\(rate) tickets/s) into \(target)")
    }
}
