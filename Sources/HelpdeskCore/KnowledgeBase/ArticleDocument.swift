import Foundation

/// An article as a Markdown file with a small front matter — what `kb edit` opens in the editor
/// and what `kb export` / `kb import` write and read:
///
/// ```
/// ---
/// id: 12
/// title: Printer paper jams and offline printers: first aid
/// tags: [hardware, printer]
/// owner: mkeller
/// updated: 2026-11-18T09:00:00Z
/// ---
/// ## Printer shows "Offline"
/// …
/// ```
/// Each front-matter value is the rest of its line, taken as it is (no YAML quoting), and the
/// body is every byte after the closing `---` line, so a file reads back exactly as written.
public struct ArticleDocument: Sendable, Equatable {
    public var id: Int64?
    public var title: String
    public var tags: [String]
    public var owner: String?
    /// When the article was last changed (informational: import ignores it).
    public var updated: Int64?
    public var body: String

    public init(id: Int64? = nil, title: String, tags: [String], owner: String? = nil, updated: Int64? = nil, body: String) {
        self.id = id
        self.title = title
        self.tags = tags
        self.owner = owner
        self.updated = updated
        self.body = body
    }

    /// The export form of an article.
    public init(_ article: Article, owner: String?) {
        self.init(id: article.id, title: article.title, tags: HelpdeskStore.articleTags(article.tagList), owner: owner,
                  updated: article.updatedAt, body: article.body)
    }

    public static let keys = ["id", "title", "tags", "owner", "updated"]

    public func rendered() -> String {
        var lines = ["---"]
        if let id { lines.append("id: \(id)") }
        lines.append("title: \(title)")
        lines.append("tags: [\(tags.joined(separator: ", "))]")
        if let owner { lines.append("owner: \(owner)") }
        if let updated { lines.append("updated: \(Self.iso(updated))") }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n" + body
    }

    /// Reads a document; errors name `source` (a file name) and the line.
    public static func parse(_ text: String, source: String) throws -> ArticleDocument {
        var text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        // Files from Windows editors end lines with CRLF, which Swift sees as one character
        // (never "\n"): the same lines in Markdown, so read as LF throughout.
        if text.contains("\r\n") { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
        guard text.hasPrefix("---\n") else {
            throw HelpdeskError.invalidInput("\(source): no front matter (the first line must be ---, then title: …, then ---)")
        }
        var rest = text.dropFirst(4)
        var fields: [String: String] = [:]
        var lineNumber = 1
        while true {
            lineNumber += 1
            guard !rest.isEmpty else { throw HelpdeskError.invalidInput("\(source): the front matter never ends (no closing --- line)") }
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            let line = String(rest[..<end])
            rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
            if line == "---" { break }
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw HelpdeskError.invalidInput("\(source) line \(lineNumber): expected 'key: value', found '\(line.prefix(60))'")
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            guard keys.contains(key) else {
                throw HelpdeskError.invalidInput("\(source) line \(lineNumber): unknown key '\(key.prefix(40))' (expected \(keys.joined(separator: ", ")))")
            }
            guard fields[key] == nil else { throw HelpdeskError.invalidInput("\(source) line \(lineNumber): '\(key)' is given twice") }
            fields[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var id: Int64?
        if let text = fields["id"], !text.isEmpty {
            guard let value = Int64(text), value > 0 else { throw HelpdeskError.invalidInput("\(source): id '\(text.prefix(40))' is not an article number") }
            id = value
        }
        guard let title = fields["title"], !title.isEmpty else { throw HelpdeskError.invalidInput("\(source): the front matter has no title") }
        let tags = HelpdeskStore.articleTags([fields["tags"] ?? ""])
        let owner = fields["owner"].flatMap { $0.isEmpty ? nil : $0 }
        let updated = fields["updated"].flatMap { ISO8601DateFormatter().date(from: $0) }.map { Int64($0.timeIntervalSince1970) }
        return ArticleDocument(id: id, title: title, tags: tags, owner: owner, updated: updated, body: String(rest))
    }

    /// `0012-printer-paper-jams-and-offline-printers-first-aid.md`: the id first, so files sort
    /// like the articles, then the title in ASCII for humans and file systems.
    public static func fileName(id: Int64, title: String) -> String {
        let number = String(id)
        return String(repeating: "0", count: max(0, 4 - number.count)) + number + "-" + slug(title) + ".md"
    }

    static func slug(_ title: String) -> String {
        var slug = ""
        for scalar in WordStem.fold(title).unicodeScalars {
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        slug = String(slug.prefix(60))
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "article" : slug
    }

    static func iso(_ seconds: Int64) -> String {
        ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
