/// The values one ticket puts into its demo texts' placeholders (see `DemoTemplate`).
struct Placeholders {
    var requester: String
    var agent: String
    var ticket: Int64

    func fill(_ template: DemoTemplate, random: inout SeededRandom) -> String {
        if template.pieces.count == 1, case .text(let text) = template.pieces[0] { return text }
        var result = ""
        result.reserveCapacity(256)
        for piece in template.pieces {
            switch piece {
            case .text(let text): result += text
            case .requester: result += requester
            case .agent: result += agent
            case .ticket: result += "#\(ticket)"
            case .oneOf(let values): result += random.pick(values)
            }
        }
        return result
    }
}
