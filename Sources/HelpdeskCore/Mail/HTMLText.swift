/// HTML mail as readable plain text, in one linear pass over the bytes.
///
/// Not a browser: script, style, head and title are dropped; block elements become line
/// breaks, paragraphs and headings a blank line, `<br>` a line break, list items "- ", links
/// "text (url)" (just the text when the url says the same), images their alt text in brackets;
/// entities are decoded (named ones mail uses, decimal and hex); whitespace collapses as a
/// browser would, except inside `<pre>`. Nothing is fetched, run or interpreted.
public enum HTMLText {
    public static func plainText(_ html: String) -> String {
        var converter = Converter(Array(html.utf8))
        return converter.run()
    }

    fileprivate struct Converter {
        let input: [UInt8]
        var index = 0
        var out: [UInt8] = []
        var pendingSpace = false
        var inHead = false
        var preDepth = 0
        var listDepth = 0
        var quoteDepth = 0
        var links: [(href: String, start: Int)] = []

        init(_ input: [UInt8]) {
            self.input = input
            out.reserveCapacity(input.count / 2)
        }

        mutating func run() -> String {
            while index < input.count {
                let byte = input[index]
                if byte == UInt8(ascii: "<") {
                    tag()
                } else if byte == UInt8(ascii: "&") {
                    index += 1
                    if let scalar = entity() { literal(scalar) } else { text(UInt8(ascii: "&")) }
                } else {
                    text(byte)
                    index += 1
                }
            }
            return tidy(String(decoding: out, as: UTF8.self))
        }

        // MARK: Output

        var atLineStart: Bool { out.isEmpty || out.last == 0x0A }

        /// Inside `<blockquote>` a new line starts with "> " per level, as a plain-text reply
        /// quotes, so `QuotedText` sees an HTML reply's history as quoted too.
        mutating func startLine() {
            guard quoteDepth > 0, atLineStart else { return }
            for _ in 0..<quoteDepth { out.append(UInt8(ascii: ">")) }
            out.append(0x20)
        }

        mutating func text(_ byte: UInt8) {
            if inHead { return }
            let blank = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
            if preDepth > 0 {
                if byte != 0x0D { out.append(byte) }
                return
            }
            if blank { pendingSpace = true; return }
            if pendingSpace && !atLineStart { out.append(0x20) }
            pendingSpace = false
            startLine()
            out.append(byte)
        }

        mutating func literal(_ scalar: Unicode.Scalar) {
            if scalar == "\u{A0}" {  // a no-break space reads as a space, but does not collapse
                if inHead { return }
                if pendingSpace && !atLineStart { out.append(0x20) }
                pendingSpace = false
                startLine()
                out.append(0x20)
                return
            }
            for byte in String(scalar).utf8 { text(byte) }
        }

        mutating func string(_ text: String) {
            for byte in text.utf8 { self.text(byte) }
        }

        /// At least `count` line breaks end the output (2: a blank line), none at its start.
        mutating func breakLines(_ count: Int) {
            if inHead { return }
            pendingSpace = false
            while out.last == 0x20 { out.removeLast() }
            guard !out.isEmpty else { return }
            var trailing = 0
            var position = out.count - 1
            while position >= 0 && out[position] == 0x0A && trailing < count { trailing += 1; position -= 1 }
            for _ in trailing..<max(trailing, count) { out.append(0x0A) }
        }

        // MARK: Tags

        mutating func tag() {
            let start = index
            if starts("<!--") {
                index = find("-->", from: index + 4).map { $0 + 3 } ?? input.count
                return
            }
            guard index + 1 < input.count else { text(UInt8(ascii: "<")); index += 1; return }
            let next = input[index + 1]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                index = (input[index...].firstIndex(of: UInt8(ascii: ">")) ?? input.count - 1) + 1
                return
            }
            let closing = next == UInt8(ascii: "/")
            var position = index + (closing ? 2 : 1)
            guard position < input.count, isLetter(input[position]) else {
                text(UInt8(ascii: "<"))  // "a < b" is text
                index = start + 1
                return
            }
            var name: [UInt8] = []
            while position < input.count, isLetter(input[position]) || isDigit(input[position]) {
                name.append(input[position] | 0x20)
                position += 1
            }
            var attributes: [String: String] = [:]
            position = readAttributes(from: position, into: &attributes)
            index = position
            handle(String(decoding: name, as: UTF8.self), closing: closing, attributes: attributes)
        }

        /// Attributes up to the tag's ">" (quotes honoured); returns the index after it.
        mutating func readAttributes(from start: Int, into attributes: inout [String: String]) -> Int {
            var position = start
            while position < input.count {
                let byte = input[position]
                if byte == UInt8(ascii: ">") { return position + 1 }
                if byte <= 0x20 || byte == UInt8(ascii: "/") { position += 1; continue }
                var name: [UInt8] = []
                while position < input.count, input[position] > 0x20, input[position] != UInt8(ascii: "="),
                      input[position] != UInt8(ascii: ">") {
                    name.append(input[position] | (isLetter(input[position]) ? 0x20 : 0))
                    position += 1
                }
                while position < input.count, input[position] <= 0x20 { position += 1 }
                var value: [UInt8] = []
                if position < input.count, input[position] == UInt8(ascii: "=") {
                    position += 1
                    while position < input.count, input[position] <= 0x20 { position += 1 }
                    if position < input.count, input[position] == UInt8(ascii: "\"") || input[position] == UInt8(ascii: "'") {
                        let quote = input[position]
                        position += 1
                        while position < input.count, input[position] != quote { value.append(input[position]); position += 1 }
                        position += 1
                    } else {
                        while position < input.count, input[position] > 0x20, input[position] != UInt8(ascii: ">") {
                            value.append(input[position])
                            position += 1
                        }
                    }
                }
                let key = String(decoding: name, as: UTF8.self)
                if !key.isEmpty && attributes[key] == nil && (key == "href" || key == "alt") {
                    attributes[key] = HTMLText.decodeEntities(String(decoding: value, as: UTF8.self))
                }
                if name.isEmpty { position += 1 }
            }
            return input.count
        }

        mutating func handle(_ name: String, closing: Bool, attributes: [String: String]) {
            switch name {
            case "script", "style", "title", "noscript", "template":
                if !closing { skipRawText(name) }
            case "head":
                inHead = !closing
            case "body":
                inHead = false
            case "br":
                if !inHead { pendingSpace = false; while out.last == 0x20 { out.removeLast() }; out.append(0x0A) }
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "hr", "figure":
                // A list inside a list item is part of it: one line break, not a paragraph.
                let nestedList = (name == "ul" || name == "ol") && (closing ? listDepth > 1 : listDepth > 0)
                breakLines(nestedList ? 1 : 2)
                if name == "pre" { preDepth = max(0, preDepth + (closing ? -1 : 1)) }
                if name == "ul" || name == "ol" { listDepth = max(0, listDepth + (closing ? -1 : 1)) }
                if name == "blockquote" { quoteDepth = min(32, max(0, quoteDepth + (closing ? -1 : 1))) }
            case "div", "tr", "section", "article", "header", "footer", "nav", "aside", "form", "address",
                 "center", "main", "dt", "dd", "caption", "fieldset", "details", "summary":
                breakLines(1)
            case "li":
                breakLines(1)
                if !closing && !inHead {
                    startLine()
                    out.append(contentsOf: Array(repeating: 0x20, count: 2 * max(0, listDepth - 1)))
                    out.append(contentsOf: Array("- ".utf8))
                }
            case "td", "th":
                if !closing { pendingSpace = true }
            case "a":
                if closing { closeLink() } else { links.append((attributes["href"] ?? "", out.count)) }
            case "img":
                if let alt = attributes["alt"]?.trimmingBlanks, !alt.isEmpty { string("[\(alt)]") }
            default:
                break
            }
        }

        mutating func closeLink() {
            guard let link = links.popLast() else { return }
            let href = link.href.trimmingBlanks
            let lower = href.lowercased()
            guard !href.isEmpty, !href.hasPrefix("#"), !lower.hasPrefix("javascript:"), !lower.hasPrefix("cid:"),
                  !inHead, link.start <= out.count else { return }
            let shown = String(decoding: out[link.start...], as: UTF8.self).trimmingBlanks
            if shown == href || "mailto:" + shown == href { return }
            string(shown.isEmpty ? href : " (\(href))")
        }

        /// Past the end tag of a raw-text element, whose content is never text.
        mutating func skipRawText(_ name: String) {
            let end = Array("</\(name)".utf8)
            var position = index
            while position < input.count {
                guard let open = input[position...].firstIndex(of: UInt8(ascii: "<")) else { break }
                if open + end.count <= input.count,
                   zip(input[open..<(open + end.count)], end).allSatisfy({ ($0 | (isLetter($0) ? 0x20 : 0)) == $1 }) {
                    index = (input[open...].firstIndex(of: UInt8(ascii: ">")) ?? input.count - 1) + 1
                    return
                }
                position = open + 1
            }
            index = input.count
        }

        // MARK: Entities

        /// The character of the entity after "&" (index past it), or nil (index unchanged).
        mutating func entity() -> Unicode.Scalar? {
            var position = index
            var name: [UInt8] = []
            while position < input.count, name.count < 32, isLetter(input[position]) || isDigit(input[position]) || input[position] == UInt8(ascii: "#") {
                name.append(input[position])
                position += 1
            }
            let terminated = position < input.count && input[position] == UInt8(ascii: ";")
            if !terminated, let bare = HTMLText.bareEntities.first(where: { name.starts(with: $0.utf8) }) {
                index += bare.utf8.count  // "&lt3" is "<3", as browsers read it
                return HTMLText.namedEntities[bare]
            }
            guard let scalar = HTMLText.entityScalar(String(decoding: name, as: UTF8.self), terminated: terminated) else { return nil }
            index = terminated ? position + 1 : position
            return scalar
        }

        // MARK: Helpers

        func starts(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return index + bytes.count <= input.count && input[index..<(index + bytes.count)].elementsEqual(bytes)
        }

        func find(_ text: String, from start: Int) -> Int? {
            let bytes = Array(text.utf8)
            var position = start
            while position + bytes.count <= input.count {
                guard let first = input[position...].firstIndex(of: bytes[0]) else { return nil }
                if first + bytes.count <= input.count && input[first..<(first + bytes.count)].elementsEqual(bytes) { return first }
                position = first + 1
            }
            return nil
        }

        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

        /// Blanks at line ends dropped, at most one blank line in a row, none at either end.
        func tidy(_ text: String) -> String {
            var lines: [Substring] = []
            var blank = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                var trimmed = line
                while trimmed.last == " " || trimmed.last == "\t" { trimmed = trimmed.dropLast() }
                if trimmed.isEmpty {
                    blank += 1
                    if blank > 1 || lines.isEmpty { continue }
                } else {
                    blank = 0
                }
                lines.append(trimmed)
            }
            while lines.last?.isEmpty == true { lines.removeLast() }
            return lines.joined(separator: "\n")
        }
    }

    /// Entities in an attribute value.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var converter = Converter(Array(text.utf8))
        return converter.decodingEntitiesOnly()
    }

    /// The character an entity names ("amp", "#228", "#xE4"); numeric references to nothing
    /// (0, surrogates, beyond U+10FFFF) are U+FFFD, 0x80–0x9F read as Windows-1252 as browsers do.
    static func entityScalar(_ name: String, terminated: Bool) -> Unicode.Scalar? {
        if name.hasPrefix("#") {
            var digits = name.dropFirst()
            var radix = 10
            if digits.first == "x" || digits.first == "X" { radix = 16; digits = digits.dropFirst() }
            guard !digits.isEmpty, digits.count <= 8, let value = UInt32(digits, radix: radix) else { return nil }
            if (0x80...0x9F).contains(value) {
                return MailCharset.windows1252([UInt8(value)]).unicodeScalars.first
            }
            if value == 0 { return "\u{FFFD}" }
            return Unicode.Scalar(value) ?? "\u{FFFD}"
        }
        // Without the ";" only the few that browsers also accept bare.
        if !terminated && !bareEntities.contains(name) { return nil }
        return namedEntities[name]
    }

    /// The entities browsers accept without their ";" (the longest first, so "&nbsp" is not "&nb…").
    static let bareEntities = ["nbsp", "quot", "amp", "AMP", "lt", "LT", "gt", "GT"]

    static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "AMP": "&", "LT": "<", "GT": ">",
        "copy": "©", "reg": "®", "trade": "™", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "sect": "§", "para": "¶",
        "deg": "°", "plusmn": "±", "times": "×", "divide": "÷", "micro": "µ", "middot": "·", "bull": "•", "hellip": "…",
        "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„",
        "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "shy": "\u{AD}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "iexcl": "¡", "iquest": "¿", "ordf": "ª", "ordm": "º",
        "auml": "ä", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß",
        "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú", "Aacute": "Á", "Eacute": "É",
        "agrave": "à", "egrave": "è", "igrave": "ì", "ograve": "ò", "ugrave": "ù", "Agrave": "À", "Egrave": "È",
        "acirc": "â", "ecirc": "ê", "icirc": "î", "ocirc": "ô", "ucirc": "û", "ccedil": "ç", "Ccedil": "Ç",
        "ntilde": "ñ", "Ntilde": "Ñ", "atilde": "ã", "otilde": "õ", "aring": "å", "Aring": "Å", "aelig": "æ", "AElig": "Æ",
        "oslash": "ø", "Oslash": "Ø", "euml": "ë", "iuml": "ï", "yuml": "ÿ", "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓",
        "check": "✓", "hearts": "♥", "frac12": "½", "frac14": "¼", "frac34": "¾", "sup2": "²", "sup3": "³",
    ]
}

private extension HTMLText.Converter {
    /// Only entities decoded, everything else kept: for attribute values.
    mutating func decodingEntitiesOnly() -> String {
        var result: [UInt8] = []
        while index < input.count {
            if input[index] == UInt8(ascii: "&") {
                index += 1
                if let scalar = entity() { result.append(contentsOf: String(scalar).utf8) } else { result.append(UInt8(ascii: "&")) }
            } else {
                result.append(input[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
