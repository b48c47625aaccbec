import Foundation
import GRDB
@testable import HelpdeskCore

/// The full-text term builder: whatever the text, the MATCH expressions made from it are accepted
/// by FTS5 on the real tables (user text is never MATCH syntax); highlights and snippets keep the
/// text; and for plain ASCII, the Swift title matching (`TitleMatch`) agrees with FTS5 itself.
///
/// The first line is the question, the rest the title or ticket text it is searched in.
enum FullTextHarness {
    static func run(_ input: String) throws(FuzzFailure) {
        let (question, text) = split(input)
        var expressions: [String] = []
        for phrase in [false, true] {
            if let quoted = FullTextQuery.quote(question, isPhrase: phrase) { expressions.append(quoted) }
        }
        let terms = ArticleSearchTerms(question: question)
        try FuzzFailure.check(terms.groups.count <= ArticleSearchTerms.maximumWords, "\(terms.groups.count) groups for \(question.debugDescription)")
        try FuzzFailure.check(terms.groups.allSatisfy { !$0.isEmpty }, "an empty group for \(question.debugDescription)")
        expressions += terms.matchExpressions + terms.ownWordExpressions
        if !terms.isEmpty { expressions.append(terms.anyExpression) }

        let suggestion = ArticleSearchTerms(ticketSubject: question, messages: [text])
        try FuzzFailure.check(suggestion.groups.count <= 8, "\(suggestion.groups.count) suggestion groups")
        expressions += suggestion.matchExpressions

        try checkAccepted(expressions, from: input)
        try checkMarks(MatchMarks(terms: terms.groups.flatMap { $0 }), in: text)
        if isPlainASCII(input), !text.trimmingCharacters(in: .whitespaces).isEmpty {
            try checkTitleMatch(terms, title: text)
        }
    }

    /// The question (up to the first newline) and the text after it.
    static func split(_ input: String) -> (String, String) {
        guard let newline = input.firstIndex(of: "\n") else { return (input, input) }
        return (String(input[..<newline]), String(input[input.index(after: newline)...]))
    }

    static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A }
    }

    static var database: DatabaseQueue { SchemaDatabase.shared }

    static func checkAccepted(_ expressions: [String], from input: String) throws(FuzzFailure) {
        for expression in expressions {
            for table in ["ticket_fts", "kb_fts"] {
                do {
                    _ = try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table) WHERE \(table) MATCH ?", arguments: [expression]) }
                } catch {
                    throw FuzzFailure("FTS5 refuses \(expression.debugDescription) (made from \(input.debugDescription)): \(error)")
                }
            }
        }
    }

    /// A highlight is the text with marks around words; a snippet is a piece of the text.
    static func checkMarks(_ marks: MatchMarks, in text: String) throws(FuzzFailure) {
        guard !text.contains(ArticleHit.matchStart), !text.contains(ArticleHit.matchEnd) else { return }
        let highlighted = marks.highlighted(text)
        try FuzzFailure.check(ArticleHit.unmarked(highlighted).unicodeScalars.elementsEqual(text.unicodeScalars),
                              "highlight changed the text: \(highlighted.debugDescription)")
        // As bytes: a snippet may start or end inside a grapheme cluster, also its "…".
        let snippet = ArticleHit.unmarked(marks.snippet(text))
        var piece = Array(snippet.utf8)[...]
        let ellipsis = Array("…".utf8)
        if piece.starts(with: ellipsis) { piece = piece.dropFirst(ellipsis.count) }
        if piece.reversed().starts(with: ellipsis.reversed()) { piece = piece.dropLast(ellipsis.count) }
        try FuzzFailure.check(piece.isEmpty || text.utf8.firstRange(of: piece) != nil,
                              "snippet \(snippet.debugDescription) is not part of \(text.debugDescription)")
    }

    /// Which groups the title matches, by `TitleMatch` and by FTS5 on an article with that title.
    static func checkTitleMatch(_ terms: ArticleSearchTerms, title: String) throws(FuzzFailure) {
        let expressions = terms.matchExpressions
        let swift = TitleMatch(groups: terms.groups).groupsMatched(in: title)
        var fts: UInt64 = 0
        do {
            try database.inTransaction { db in
                try db.execute(sql: "INSERT INTO kb_articles(title, body, created_at, updated_at) VALUES (?, '', 0, 0)", arguments: [title])
                for (index, expression) in expressions.enumerated() {
                    let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM kb_fts WHERE kb_fts MATCH ?", arguments: [expression])
                    if count == 1 { fts |= UInt64(1) << UInt64(index) }
                }
                return .rollback
            }
        } catch {
            throw FuzzFailure("title \(title.debugDescription): \(error)")
        }
        try FuzzFailure.check(swift == fts, "title \(title.debugDescription), groups \(terms.groups): Swift matches \(String(swift, radix: 2)), FTS5 \(String(fts, radix: 2))")
    }
}
