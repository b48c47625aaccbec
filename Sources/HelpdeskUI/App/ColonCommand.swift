import Foundation

/// The `:` command line: parsing and Tab completion.
public enum ColonCommand {
    public enum Parsed: Equatable, Sendable {
        case none, quit, help
        case view(String), open(Int64), theme(String), save(String), share(String), filter(String)
        /// `:kb new` writes a new article; `:kb draft` drafts one from the selected solved ticket.
        case newArticle(fromTicket: Bool)
        case team
        case invalid(String)
    }

    /// The commands, with what they take, for completion and the help overlay.
    public static let commands: [(name: String, argument: String?, help: String)] = [
        ("view", "NAME|N", "switch to a view (mine, unassigned, tier2, tier3, sla, open, pending, recent, or a saved one)"),
        ("open", "ID", "open a ticket by number"),
        ("filter", "QUERY", "filter the current view"),
        ("save", "NAME", "save the current view and filter as a view of your own"),
        ("share", "NAME", "save it as a view for the whole team (admins)"),
        ("theme", "NAME", "switch the colour theme"),
        ("kb", "new|draft", "write a new article, or draft one from the selected solved ticket"),
        ("team", nil, "the team's load per agent and tier (supervisors)"),
        ("help", nil, "show the keys"),
        ("quit", nil, "quit (also :q)"),
    ]

    public static func parse(_ text: String) -> Parsed {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .none }
        let parts = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
        let name = parts[0].lowercased()
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        func needs(_ what: String) -> Parsed { .invalid(":\(name) needs \(what)") }
        switch name {
        case "q", "quit", "q!", "wq": return .quit
        case "help", "h": return .help
        case "view", "v": return argument.isEmpty ? needs("a view name") : .view(argument)
        case "open", "o":
            guard let id = Int64(argument.hasPrefix("#") ? String(argument.dropFirst()) : argument), id > 0 else {
                return needs("a ticket number, e.g. :open 1042")
            }
            return .open(id)
        case "theme": return argument.isEmpty ? needs("a theme name") : .theme(argument)
        case "save": return argument.isEmpty ? needs("a name, e.g. :save vpn-urgent") : .save(argument)
        case "share": return argument.isEmpty ? needs("a name, e.g. :share vpn-urgent") : .share(argument)
        case "filter", "f": return .filter(argument)
        case "team": return .team
        case "kb":
            switch argument.lowercased() {
            case "new": return .newArticle(fromTicket: false)
            case "draft": return .newArticle(fromTicket: true)
            default: return needs("new or draft, e.g. :kb draft")
            }
        default:
            if let id = Int64(name) { return .open(id) }
            return .invalid("unknown command ':\(name)' (commands: \(commands.map(\.name).joined(separator: ", ")))")
        }
    }

    /// Completes the command name, or the argument of `view` and `theme`. `alternatives` lists
    /// every candidate when the text is still ambiguous.
    public static func complete(_ text: String, views: [String], themes: [String]) -> (text: String, alternatives: [String]) {
        let parts = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        if parts.count == 1 {
            let matches = commands.map(\.name).filter { $0.hasPrefix(parts[0].lowercased()) }
            return finish(prefix: "", typed: parts[0], matches: matches, addSpace: true)
        }
        let candidates: [String]
        switch parts[0].lowercased() {
        case "view", "v": candidates = views
        case "theme": candidates = themes
        case "kb": candidates = ["new", "draft"]
        default: return (text, [])
        }
        let matches = candidates.filter { $0.lowercased().hasPrefix(parts[1].lowercased()) }
        return finish(prefix: parts[0] + " ", typed: parts[1], matches: matches, addSpace: false)
    }

    private static func finish(prefix: String, typed: String, matches: [String], addSpace: Bool) -> (text: String, alternatives: [String]) {
        guard let first = matches.first else { return (prefix + typed, []) }
        if matches.count == 1 { return (prefix + first + (addSpace ? " " : ""), matches) }
        var common = first
        for match in matches.dropFirst() {
            while !match.lowercased().hasPrefix(common.lowercased()) { common.removeLast() }
        }
        return (prefix + (common.count > typed.count ? common : typed), matches)
    }
}
