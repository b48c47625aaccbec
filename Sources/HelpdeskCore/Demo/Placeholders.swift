/// Fills `{requester}`, `{agent}`, `{ticket}` and the corpus placeholders (`{device}`, `{room}`, …) in demo text.
struct Placeholders {
    var requester: String
    var agent: String
    var ticket: Int64

    func fill(_ template: String, random: inout SeededRandom) -> String {
        // Byte scan: String.contains(String) goes through Foundation and dominated demo generation.
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            switch name {
            case "requester": result += requester
            case "agent": result += agent
            case "ticket": result += "#\(ticket)"
            default:
                if let values = DemoCorpus.placeholders[name], !values.isEmpty {
                    result += random.pick(values)
                } else {
                    result += rest[open...close]
                }
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
