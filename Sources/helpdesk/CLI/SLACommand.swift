import ArgumentParser
import Foundation
import HelpdeskCore

/// `helpdesk sla`: the shared SLA settings (business calendar, a policy per priority, the breach
/// rule; admins change them) and `sla check`, which deals with breaches and reports them through
/// its exit status: 0 nothing breached, 2 breaches found, 1 an error.
struct SLACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sla", abstract: "Show and set SLA policies and the business calendar; check for breaches.",
        subcommands: [Show.self, Calendar.self, Policy.self, BreachAction.self, Check.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "The business calendar, the policy per priority and the breach action.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "JSON output.") var json = false

        func run() throws {
            let settings = try global.openStore(.reading).slaSettings()
            if json {
                try Output.json(SLASettingsJSON(settings))
                return
            }
            print("Calendar       \(Sanitizer.line(settings.calendar.summary))")
            if !settings.calendar.holidays.isEmpty {
                print("Holidays       \(settings.calendar.holidays.joined(separator: ", "))")
            }
            print("Breach action  \(SLAText.breachAction(settings.breachAction))")
            print("")
            Output.table(
                headers: ["PRIORITY", "FIRST RESPONSE", "RESOLUTION", "CLOCK"],
                rows: Priority.allCases.reversed().map { priority in
                    let policy = settings.policy(for: priority)
                    return [priority.name, policy.firstResponseTarget.text, policy.resolutionTarget.text, policy.clock.rawValue]
                })
        }
    }

    struct Calendar: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "calendar", 
            abstract: "Set the desk's working days, hours, time zone and holidays (admins only).",
            discussion: """
                Options left out keep their value. --holiday adds a closed day (repeatable); --clear-holidays \
                removes the listed ones first. New deadlines use the new calendar; open tickets keep theirs until \
                their priority changes or their clock resumes.
                Example: helpdesk sla calendar --days mon-fri --hours 08:00-17:00 --time-zone Europe/Berlin --holiday 2026-12-24
                """)
        @OptionGroup var global: GlobalOptions
        @Option(help: "Working days, e.g. mon-fri, sun-thu or mon,wed,fri.") var days: String?
        @Option(help: "Opening hours, HH:MM-HH:MM (00:00-24:00 for whole days).") var hours: String?
        @Option(help: "An IANA time zone, e.g. Europe/Berlin or UTC.") var timeZone: String?
        @Option(name: .customLong("holiday"), help: "A closed day, YYYY-MM-DD (repeatable).") var holidays: [String] = []
        @Flag(help: "Remove every holiday (before adding those given).") var clearHolidays = false
        @Flag(help: "JSON output (the settings, as sla show --json).") var json = false

        func run() throws {
            guard days != nil || hours != nil || timeZone != nil || !holidays.isEmpty || clearHolidays else {
                throw CLIError("nothing to change: give --days, --hours, --time-zone, --holiday or --clear-holidays")
            }
            // Every value is checked before the store is opened; then applied over the stored calendar.
            _ = try calendar(over: .standard)
            let store = try global.openStore(.creating)
            let actor = try TicketService.forUser(OSUser.current(), store: store).actor
            var settings = try store.slaSettings()
            settings.calendar = try calendar(over: settings.calendar)
            try store.saveSLASettings(settings, actor: actor)
            try SLAText.confirm(settings, json: json, "Business calendar: \(Sanitizer.line(settings.calendar.summary))")
        }

        private func calendar(over base: BusinessCalendar) throws -> BusinessCalendar {
            let keptHolidays = clearHolidays ? [] : base.holidays
            return try BusinessCalendar.parse(days: days, hours: hours, timeZone: timeZone,
                                              holidays: clearHolidays || !holidays.isEmpty ? keptHolidays + holidays : nil, base: base)
        }
    }

    struct Policy: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "policy", 
            abstract: "Set the SLA targets of a priority (admins only).",
            discussion: """
                Targets: 30m, 4h, 1h30m, 3d, 2d4h (a day is one working day of the calendar). Options left out keep \
                their value. A business clock counts only working hours; a continuous one counts every minute.
                Example: helpdesk sla policy urgent --first-response 30m --resolution 4h --clock continuous
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "low, normal, high or urgent.") var priority: String
        @Option(help: "How soon the first answer is due.") var firstResponse: String?
        @Option(help: "How soon the ticket must be solved.") var resolution: String?
        @Option(help: "business or continuous.") var clock: String?
        @Flag(help: "JSON output (the settings, as sla show --json).") var json = false

        func run() throws {
            let priority = try CLIValues.priority(priority)
            guard firstResponse != nil || resolution != nil || clock != nil else {
                throw CLIError("nothing to change: give --first-response, --resolution or --clock")
            }
            let firstResponse = try firstResponse.map(SLATarget.parse)
            let resolution = try resolution.map(SLATarget.parse)
            let clock = try clock.map(CLIValues.clock)
            let store = try global.openStore(.creating)
            let actor = try TicketService.forUser(OSUser.current(), store: store).actor
            var settings = try store.slaSettings()
            var policy = settings.policy(for: priority)
            if let firstResponse { policy.firstResponseTarget = firstResponse }
            if let resolution { policy.resolutionTarget = resolution }
            if let clock { policy.clock = clock }
            settings.policies[priority.name] = policy
            try store.saveSLASettings(settings, actor: actor)
            try SLAText.confirm(settings, json: json, """
                SLA policy \(priority.name): first response \(policy.firstResponseTarget.text), \
                resolution \(policy.resolutionTarget.text), \(policy.clock.rawValue) clock
                """)
        }
    }

    struct BreachAction: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "breach-action",
            abstract: "What sla check does with a newly breached ticket (admins only).",
            discussion: "flag tags it sla-breached; escalate also moves it up a tier (up to 3), with the overdue time as the reason.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "flag or escalate.") var action: String
        @Flag(help: "JSON output (the settings, as sla show --json).") var json = false

        func run() throws {
            let action = try CLIValues.breachAction(action)
            let store = try global.openStore(.creating)
            let actor = try TicketService.forUser(OSUser.current(), store: store).actor
            var settings = try store.slaSettings()
            settings.breachAction = action
            try store.saveSLASettings(settings, actor: actor)
            try SLAText.confirm(settings, json: json, "Breach action: \(SLAText.breachAction(action))")
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "check", 
            abstract: "Find tickets past their SLA deadline and deal with new breaches (supervisors and admins).",
            discussion: """
                Each newly breached ticket is tagged sla-breached (and, with breach-action escalate, moved up a tier); \
                tickets an earlier check flagged are listed again without NEW. Exit status: 0 when nothing is \
                breached, 2 when breaches were found, 1 on errors — so cron or a systemd timer can alert on it.
                """)
        @OptionGroup var global: GlobalOptions
        @Option(help: "Deal with at most this many tickets, most overdue first (1-10000).") var limit = 10_000
        @Flag(help: "JSON output.") var json = false

        func run() throws {
            guard (1...10_000).contains(limit) else { throw CLIError("--limit must be between 1 and 10000") }
            let store = try global.openStore(.writing)
            let report = try TicketService.forUser(OSUser.current(), store: store).checkSLA(limit: limit)
            if json {
                try Output.json(SLACheckJSON(report))
            } else {
                if !report.breaches.isEmpty {
                    Output.table(
                        headers: ["ID", "TIER", "OVERDUE", "NEW", "SUBJECT"],
                        rows: report.breaches.map { breach in
                            [String(breach.ticketId), String(breach.tier) + (report.escalated.contains(breach.ticketId) ? "→\(breach.tier + 1)" : ""),
                             SLACountdown.duration(breach.overdue), breach.isNew ? "NEW" : "", breach.subject]
                        })
                }
                print(SLAText.summary(report))
            }
            if !report.breaches.isEmpty { throw ExitCode(2) }
        }
    }
}

/// The words of `sla` output, shared by the human and the JSON forms.
enum SLAText {
    /// "08:00-17:00", as `--hours` takes it.
    static func hours(_ calendar: BusinessCalendar) -> String {
        func clock(_ minutes: Int) -> String { String(format: "%02d:%02d", minutes / 60, minutes % 60) }
        return "\(clock(calendar.dayStart))-\(clock(calendar.dayEnd))"
    }

    static func breachAction(_ action: SLABreachAction) -> String {
        switch action {
        case .flag: "flag (sla check tags breached tickets \(TicketService.breachTag))"
        case .escalate: "escalate (sla check tags breached tickets \(TicketService.breachTag) and moves them up a tier)"
        }
    }

    /// "No SLA breaches." or "3 tickets past the SLA deadline: 2 new (tagged sla-breached), 1 escalated".
    static func summary(_ report: SLACheckReport) -> String {
        let count = report.breaches.count
        guard count > 0 else { return "No SLA breaches." }
        let new = report.breaches.filter(\.isNew).count
        var text = "\(count) \(count == 1 ? "ticket" : "tickets") past the SLA deadline: \(new) new"
        if new > 0 { text += " (tagged \(TicketService.breachTag))" }
        if !report.escalated.isEmpty { text += ", \(report.escalated.count) escalated" }
        return text
    }

    /// After a change of the settings: the confirmation line, or the whole settings as JSON.
    static func confirm(_ settings: SLASettings, json: Bool, _ line: String) throws {
        if json {
            try Output.json(SLASettingsJSON(settings))
        } else {
            print(line)
        }
    }
}
