/// A demo text with its placeholders found once, when the corpus is loaded, so that filling it
/// in for a ticket only appends pieces: scanning every template again for each of a million
/// tickets was a third of the text generation.
///
/// `{requester}`, `{agent}` and `{ticket}` are the ticket's; `{device}`, `{room}`, … draw from
/// `DemoCorpus.placeholders`; anything else in braces stays as written.
struct DemoTemplate: Sendable, ExpressibleByStringLiteral {
    enum Piece: Sendable {
        case text(String), requester, agent, ticket
        case oneOf([String])
    }

    let pieces: [Piece]

    init(stringLiteral template: String) {
        var pieces: [Piece] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            let piece: Piece? = switch name {
            case "requester": .requester
            case "agent": .agent
            case "ticket": .ticket
            default: DemoCorpus.placeholders[name].flatMap { $0.isEmpty ? nil : .oneOf($0) }
            }
            guard let piece else {  // not a placeholder: kept as text
                pieces.append(.text(String(rest[...close])))
                rest = rest[rest.index(after: close)...]
                continue
            }
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            pieces.append(piece)
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty || pieces.isEmpty { pieces.append(.text(String(rest))) }
        self.pieces = pieces
    }
}
