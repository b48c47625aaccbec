import HelpdeskCore

/// An article cut at its `##` headings, so an agent can send just the part that answers.
enum ArticleSections {
    struct Section: Equatable {
        var heading: String
        var text: String
    }

    static func of(_ article: Article) -> [Section] {
        var sections: [Section] = []
        for line in article.body.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                sections.append(Section(heading: String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces), text: ""))
            } else if !sections.isEmpty {
                sections[sections.count - 1].text += line + "\n"
            }
        }
        return sections.map { Section(heading: $0.heading, text: "\($0.heading)\n\n" + $0.text.trimmingCharacters(in: .whitespacesAndNewlines)) }
            .filter { !$0.heading.isEmpty }
    }

    static func whole(_ article: Article) -> String {
        article.title + "\n\n" + article.body.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
