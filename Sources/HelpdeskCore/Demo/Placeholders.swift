/// Fills `{requester}`, `{agent}`, `{ticket}` and the corpus placeholders (`{device}`, `{room}`, …) in demo text.
struct Placeholders {
    var requester: String
    var agent: String
    var ticket: Int64

    /// Works on UTF-8 bytes: Character-by-Character string indexing was half of the demo's text generation.
    func fill(_ template: String, random: inout SeededRandom) -> String {
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        guard template.utf8.contains(open) else { return template }
        var result: [UInt8] = []
        result.reserveCapacity(template.utf8.count + 48)
        let bytes = Array(template.utf8)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == open, let end = bytes[index...].firstIndex(of: close) else {
                result.append(bytes[index])
                index += 1
                continue
            }
            let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
            switch name {
            case "requester": result.append(contentsOf: requester.utf8)
            case "agent": result.append(contentsOf: agent.utf8)
            case "ticket": result.append(contentsOf: "#\(ticket)".utf8)
            default:
                if let values = DemoCorpus.placeholders[name], !values.isEmpty {
                    result.append(contentsOf: random.pick(values).utf8)
                } else {
                    result.append(contentsOf: bytes[index...end])
                }
            }
            index = end + 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
